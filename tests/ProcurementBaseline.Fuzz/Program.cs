using ProcurementBaseline.Fuzz;
using SharpFuzz;

// procbase-fuzz <target>            under afl-fuzz: feed each input to the target (see scripts/fuzz.sh)
// procbase-fuzz <target> <folder>   replay every file of a folder through the target, without afl-fuzz
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: ProcurementBaseline.Fuzz <target> [folder to replay]; targets: {string.Join(", ", FuzzTargets.All.Keys.Order(StringComparer.Ordinal))}");
    return 2;
}

if (args.Length == 2)
{
    var failures = 0;
    foreach (var file in Directory.EnumerateFiles(args[1]).Order(StringComparer.Ordinal))
    {
        try
        {
            target(File.ReadAllBytes(file));
        }
        catch (Exception ex)
        {
            failures++;
            Console.Error.WriteLine($"{file}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
        }
    }

    return failures == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
