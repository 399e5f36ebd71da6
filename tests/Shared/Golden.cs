namespace ProcurementBaseline.Tests;

/// <summary>
/// Golden files: a test's expected output kept in the repository. Run the tests with PROCBASE_UPDATE_GOLDEN=1 to
/// rewrite them from what the code now produces, then review the diff before committing it.
/// </summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("PROCBASE_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string path, string actual)
    {
        if (Updating)
        {
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            writer.Write(actual.ReplaceLineEndings("\n"));
            return;
        }

        Assert.AreEqual(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"), $"{Path.GetFileName(path)} differs; if the change is intended, run the tests with PROCBASE_UPDATE_GOLDEN=1 and review the diff");
    }
}
