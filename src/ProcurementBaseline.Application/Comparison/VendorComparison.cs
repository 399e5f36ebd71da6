using System.Collections.Immutable;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Application.Comparison;

/// <summary>One submission in a comparison: who, and either its evaluation per baseline or why it was not assessed.</summary>
/// <param name="File">The file as given.</param>
/// <param name="Vendor">The vendor, when the attestation could be read that far.</param>
/// <param name="Product">The product and its version, likewise.</param>
/// <param name="NotAssessed">Why it was not assessed, in short; null when it was.</param>
/// <param name="Problem">The first error in full, when it was not assessed.</param>
/// <param name="Evaluations">One per baseline of the comparison, when assessed.</param>
public sealed record ComparedSubmission(string File, string? Vendor, string? Product, string? NotAssessed, string? Problem, ImmutableArray<BaselineEvaluation> Evaluations)
{
    /// <summary>The column heading: the vendor (made unique by the comparison), or the file.</summary>
    public string Label { get; init; } = Vendor ?? File;
}

/// <summary>
/// Vendors side by side for procurement teams: every submission evaluated against the same baselines at one as-of
/// date, the bad ones kept with the reason they were not assessed, so the table always has one column per file given.
/// </summary>
public sealed record VendorComparison(DateOnly AsOf, ImmutableArray<ResolvedBaseline> Baselines, ImmutableArray<ComparedSubmission> Submissions, ImmutableArray<Diagnostic> Diagnostics)
{
    public static VendorComparison Run(Assessor assessor, IReadOnlyList<ResolvedBaseline> baselines, IReadOnlyList<SubmissionInput> inputs, DateOnly asOf, string workingDirectory, InputLimits limits)
    {
        var standards = assessor.Loaded.Standards;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var loaded = inputs.AsParallel().AsOrdered()
            .Select(input => (Input: input, Submission: LoadedAttestation.Load(input.Path, standards, baselines, workingDirectory, new LoadedAttestation.Options(asOf, limits))))
            .ToList();
        var chosen = baselines.Count > 0
            ? [.. baselines]
            : loaded.Where(l => l.Submission.Attestation is not null).SelectMany(l => LoadedAttestation.Named(l.Submission.Attestation!, standards))
                .DistinctBy(b => b.Baseline.Id).ToImmutableArray();
        var submissions = ImmutableArray.CreateBuilder<ComparedSubmission>();
        foreach (var (input, submission) in loaded)
        {
            diagnostics.AddRange(submission.Diagnostics.Where(d => d.IsError));
            var attestation = submission.Attestation;
            var product = attestation is null ? null : $"{attestation.Product.Name} {attestation.Product.Version}";
            if (submission.HasErrors || attestation is null)
            {
                var errors = submission.Diagnostics.Where(d => d.IsError).ToList();
                var first = errors[0];
                submissions.Add(new ComparedSubmission(input.Given, attestation?.Vendor.Name, product,
                    $"{errors.Count} error{(errors.Count == 1 ? "" : "s")}, first {first.Code} at line {first.Location.Line}",
                    $"{first.Location.File}({first.Location.Line},{first.Location.Column}): {first.Code}: {first.Message}", []));
                continue;
            }

            submissions.Add(new ComparedSubmission(input.Given, attestation.Vendor.Name, product, null, null,
                [.. chosen.Select(b => Evaluator.Evaluate(assessor.Plan(b), attestation, asOf, submission.Evidence))]));
        }

        return new VendorComparison(asOf, chosen, [.. Labelled(submissions)], diagnostics.ToImmutable());
    }

    /// <summary>Each submission's column heading: the vendor's name; with the product where two vendors share a name; numbered where that is not enough.</summary>
    private static IEnumerable<ComparedSubmission> Labelled(IReadOnlyList<ComparedSubmission> submissions)
    {
        var vendors = submissions.CountBy(s => s.Vendor ?? s.File, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var products = submissions.CountBy(s => $"{s.Vendor ?? s.File} ({s.Product})", StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in submissions)
        {
            var name = s.Vendor ?? s.File;
            var withProduct = $"{name} ({s.Product})";
            var label = vendors[name] == 1 ? name
                : products[withProduct] == 1 ? withProduct
                : $"{name} #{numbers[name] = numbers.GetValueOrDefault(name) + 1}";
            yield return s with { Label = label };
        }
    }
}
