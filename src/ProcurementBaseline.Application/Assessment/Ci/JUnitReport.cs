using System.Globalization;
using System.Text;
using System.Xml;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Application.Assessment.Ci;

/// <summary>
/// The assessments as JUnit XML, which CI systems (GitLab, Jenkins, Azure DevOps, GitHub through actions) show as test
/// results: a test suite per submission and baseline, a test case per required control. A must control that is not
/// met is a failure whose type is its finding; an accepted N/A is skipped; a should control not met passes with the
/// gap in its output, since it lowers the score but not the verdict. JUnit XML has no normative schema: this follows
/// the one Jenkins and GitLab read (testsuites, testsuite, testcase, failure, skipped, system-out).
/// </summary>
public static class JUnitReport
{
    public static string Write(IReadOnlyList<SubmissionAssessment> assessments)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            var suites = assessments.SelectMany(a => a.Evaluations.Select(e => (Assessment: a, Evaluation: e))).ToList();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "procbase assess");
            xml.WriteAttributeString("tests", Count(suites.Sum(s => s.Evaluation.Findings.Length)));
            xml.WriteAttributeString("failures", Count(suites.Sum(s => Failures(s.Evaluation))));
            xml.WriteAttributeString("errors", "0");
            foreach (var (assessment, evaluation) in suites)
            {
                WriteSuite(xml, assessment, evaluation);
            }

            xml.WriteEndElement();
        }

        return text.Append('\n').ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void WriteSuite(XmlWriter xml, SubmissionAssessment assessment, BaselineEvaluation evaluation)
    {
        var attestation = assessment.Submission.Attestation!;
        var suite = $"{evaluation.Baseline.Baseline.Id}: {attestation.Vendor.Name}, {attestation.Product.Name} {attestation.Product.Version}";
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", Visible(suite));
        xml.WriteAttributeString("tests", Count(evaluation.Findings.Length));
        xml.WriteAttributeString("failures", Count(Failures(evaluation)));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Count(evaluation.Count(FindingKind.NotApplicable)));
        xml.WriteAttributeString("timestamp", assessment.Json.AsOf + "T00:00:00");
        xml.WriteAttributeString("file", Visible(assessment.Submission.Shown));
        xml.WriteStartElement("properties");
        Property(xml, "verdict", AssessmentMapper.Word(evaluation.Verdict));
        Property(xml, "score", evaluation.Overall.Share.ToString("0.####", CultureInfo.InvariantCulture));
        Property(xml, "as-of", assessment.Json.AsOf);
        xml.WriteEndElement();
        foreach (var finding in evaluation.Findings)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", Visible(evaluation.Baseline.Baseline.Id));
            xml.WriteAttributeString("name", Visible($"{finding.Control} {finding.Required.Control.Control.Title.Default}"));
            xml.WriteAttributeString("time", "0");
            var word = Verdicts.Word(finding.Kind);
            if (finding.Kind == FindingKind.NotApplicable)
            {
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", Visible(finding.Reason));
                xml.WriteEndElement();
            }
            else if (!finding.IsMet && finding.Priority == Baselines.Priority.Must)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("type", word);
                xml.WriteAttributeString("message", Visible(finding.Reason));
                xml.WriteString(Visible($"{finding.Control} ({word}): {finding.Reason}"));
                xml.WriteEndElement();
            }
            else
            {
                xml.WriteElementString("system-out", Visible($"{word}: {finding.Reason}"));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static int Failures(BaselineEvaluation evaluation) =>
        evaluation.Findings.Count(f => !f.IsMet && f.Kind != FindingKind.NotApplicable && f.Priority == Baselines.Priority.Must);

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", Visible(value));
        xml.WriteEndElement();
    }

    /// <summary>XML cannot hold most control characters at all; they are written visibly, as everywhere else.</summary>
    private static string Visible(string text) => VisibleText.Escape(text);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
