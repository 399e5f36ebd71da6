using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ProcurementBaseline.Benchmarks.CatalogLoadBenchmarks).Assembly).Run(args);
