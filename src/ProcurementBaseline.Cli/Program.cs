using ProcurementBaseline.Cli.CommandLine;

// No generic host: it cost every run start-up time for nothing a command used.
return new ProcbaseCommandLine(CliContext.FromConsole(TimeProvider.System)).Invoke(args);
