using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using MonitorsAsCode.Benchmarks.Analyzers;
using MonitorsAsCode.Benchmarks.Drift;
using MonitorsAsCode.Benchmarks.History;
using MonitorsAsCode.Benchmarks.ParquetScan;

// dataset-drift [rows] [repeats]: the end-to-end stopwatch measurement the README reports;
// analyzer [monitors] [runs] [analyzer-folder]: what the Roslyn analyzer adds to compiling that many monitors;
// anything else goes to BenchmarkDotNet (for example --filter '*DatasetDrift*').
if (args.Length > 0 && args[0] == "analyzer")
{
    var monitors = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
    var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15;
    return AnalyzerMeasurement.Run(monitors, Math.Max(1, runs), args.Length > 3 ? args[3] : null, Console.Out);
}

if (args.Length > 0 && args[0] == "dataset-drift")
{
    var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    return DatasetDriftMeasurement.Run(rows, Math.Max(1, repeats), Console.Out);
}

// parquet-scan FILE [repeats] [--duckdb=medians.json] [--only=a,b,d]: the Parquet scan the README reports (ParquetScan/run.sh runs it).
if (args.Length > 1 && args[0] == "parquet-scan")
{
    var repeats = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    var duckDb = args.FirstOrDefault(a => a.StartsWith("--duckdb=", StringComparison.Ordinal))?["--duckdb=".Length..];
    var only = args.FirstOrDefault(a => a.StartsWith("--only=", StringComparison.Ordinal))?["--only=".Length..];
    return ParquetScanMeasurement.Run(args[1], Math.Max(1, repeats), duckDb, only, Console.Out);
}

// parquet-net FILE [repeats]: our reader against Parquet.Net 6.1.0 on the same file, then our Snappy/LZ4 decoders against Snappier/K4os.
if (args.Length > 1 && args[0] == "parquet-net")
{
    var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
    return ParquetNetComparison.Run(args[1], Math.Max(1, repeats), Console.Out);
}

// history-record [rows] [postgres-connection]: recording a history into SQLite (and PostgreSQL when a server is given).
if (args.Length > 0 && args[0] == "history-record")
{
    var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    return HistoryRecordingMeasurement.Run(rows, args.Length > 2 ? args[2] : null, Console.Out);
}

// backfill [rows] [days] [folder]: a window-by-window backfill over daily Hive partitions (Windows/BackfillMeasurement.cs).
if (args.Length > 0 && args[0] == "backfill")
{
    var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
    var days = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 90;
    return MonitorsAsCode.Benchmarks.Windows.BackfillMeasurement.Run(rows, days, args.Length > 3 ? args[3] : null, Console.Out);
}

// Artifacts go next to the binaries (ignored by git), not into the folder the command was run from.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(DatasetDriftBenchmarks).Assembly).Run(args, config);
return 0;
