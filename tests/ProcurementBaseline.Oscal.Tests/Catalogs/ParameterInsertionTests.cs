using ProcurementBaseline.Oscal.Catalogs;

namespace ProcurementBaseline.Tests.Catalogs;

[TestClass]
public sealed class ParameterInsertionTests
{
    [TestMethod]
    [DataRow("Review {{ insert: param, ac-1_prm_1 }} yearly.", "Review <ac-1_prm_1> yearly.")]
    [DataRow("{{insert:param,a}}{{ insert: param, b }}", "<a><b>")]
    [DataRow("A {{ insert:  param,\tx_y.z  }} B", "A <x_y.z> B")]
    [DataRow("no insertions", "no insertions")]
    [DataRow("{{ not an insertion }} and {{ insert: param, p }}", "{{ not an insertion }} and <p>")]
    [DataRow("unterminated {{ insert: param, p", "unterminated {{ insert: param, p")]
    [DataRow("{{ insert: param, }}", "{{ insert: param, }}")]
    [DataRow("{{{ insert: param, p }}", "{<p>")]
    public void Insertions_AreReplacedAndEverythingElseKept(string prose, string expected) =>
        Assert.AreEqual(expected, OscalParameters.ReplaceInsertions(prose, id => $"<{id}>"));
}
