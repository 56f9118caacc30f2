using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Benchmarks.ParquetScan;

/// <summary>
/// The end-to-end scan the README's Speed section reports: a Parquet snapshot opened the way the
/// <c>monitors</c> command opens it (<see cref="SnapshotReaders.Open"/>) and aggregated by the engine's
/// <see cref="SnapshotAggregation"/>: (a) null counts of every column, from decoded definition levels and,
/// separately, from the file's stored statistics; (b) min/max/mean/stddev of the numeric columns;
/// (c) value counts of the text and bool columns. Each task runs once untimed, then <c>repeats</c> times;
/// the median wall-clock time is reported with the median processor time the process used (on a shared
/// machine the second is the steadier), beside DuckDB's medians on the same file when a JSON of them is given.
/// </summary>
internal static class ParquetScanMeasurement
{
    public static int Run(string path, int repeats, string? duckDbJson, string? only, TextWriter output)
    {
        var reader = SnapshotReaders.Open(path);
        var schema = reader.ReadSchema();
        var all = new List<AggregateRequest>();
        var numeric = new List<AggregateRequest>();
        var categorical = new List<AggregateRequest>();
        foreach (var field in schema.Fields)
        {
            var kind = field.Kind ?? ColumnKind.String;
            all.Add(new AggregateRequest(field.Name, kind, ColumnAggregates.NullCount));

            // The same column sets as the DuckDB script: DOUBLE and BIGINT columns but the id; VARCHAR and BOOLEAN columns.
            if (kind is ColumnKind.Double or ColumnKind.Int64 && field.Name != "id")
            {
                numeric.Add(new AggregateRequest(field.Name, kind, ColumnAggregates.NullCount | ColumnAggregates.Summary));
            }
            else if (kind is ColumnKind.String or ColumnKind.Bool)
            {
                categorical.Add(new AggregateRequest(field.Name, kind, ColumnAggregates.NullCount | ColumnAggregates.ValueCounts));
            }
        }

        var duckDb = ReadDuckDb(duckDbJson);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {new FileInfo(path).Length / 1048576.0:0.0} MiB, {schema.Fields.Count} columns ({numeric.Count} numeric, {categorical.Count} categorical); {Environment.ProcessorCount} cores; load average {MeasurementFigures.LoadAverage()}"));
        var tasks = new (string Key, string Label, IReadOnlyList<AggregateRequest> Requests, bool Statistics)[]
        {
            ("a", $"a) null counts of {all.Count} columns, decoded", all, false),
            ("a", $"a) null counts of {all.Count} columns, stored statistics", all, true),
            ("b", $"b) min/max/mean/stddev of {numeric.Count} numeric", numeric, true),
            ("d", $"c) value counts of {categorical.Count} categorical", categorical, true),
        };

        foreach (var (key, label, requests, statistics) in tasks)
        {
            if (only is not null && !only.Split(',').Contains(key))
            {
                continue;
            }

            var result = SnapshotAggregation.Run(reader, requests, statistics); // warm-up, untimed
            var seconds = new List<double>();
            var processorSeconds = new List<double>();
            var process = Process.GetCurrentProcess();
            long allocated = 0;
            for (var i = 0; i < repeats; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                process.Refresh();
                var processorBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                result = SnapshotAggregation.Run(reader, requests, statistics);
                watch.Stop();
                process.Refresh();
                processorSeconds.Add((process.TotalProcessorTime - processorBefore).TotalSeconds);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                seconds.Add(watch.Elapsed.TotalSeconds);
            }

            var median = MeasurementFigures.Median(seconds);
            var rows = result[0].Rows;
            var line = string.Create(CultureInfo.InvariantCulture, $"{label,-52} median {median,6:0.000} s [min {seconds.Min():0.000}, max {seconds.Max():0.000}, n={repeats}]  {rows / median / 1e6,6:0.0} M rows/s  {allocated / 1e6,5:0} MB allocated  CPU {MeasurementFigures.Median(processorSeconds):0.00} s");
            if (duckDb.TryGetValue(key, out var peer))
            {
                line += string.Create(CultureInfo.InvariantCulture, $"  | DuckDB {peer.Seconds:0.000} s, CPU {peer.ProcessorSeconds:0.00} s; ratio {median / peer.Seconds:0.00}x wall, {MeasurementFigures.Median(processorSeconds) / peer.ProcessorSeconds:0.00}x CPU");
            }

            output.WriteLine(line);
            output.WriteLine("    " + Describe(result));
        }

        return 0;
    }

    /// <summary>A few values to check against DuckDB's answer by eye: proof the work was done.</summary>
    private static string Describe(IReadOnlyList<ColumnAggregate> result)
    {
        long nulls = 0;
        foreach (var column in result)
        {
            nulls += column.Nulls;
        }

        var first = result[0];
        var text = string.Create(CultureInfo.InvariantCulture, $"{first.Rows:#,0} rows, {nulls:#,0} nulls in all; {first.Name}");
        if (first.Summary is { } summary)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" min {summary.Minimum:G6} max {summary.Maximum:G6} mean {summary.Mean:G8} sd {summary.StandardDeviation:G8}");
        }

        if (first.ValueCounts is { } counts)
        {
            text += ": " + string.Join(", ", counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));
        }

        text += first.FromStoredStatistics ? " (from stored statistics)" : string.Empty;
        return text;
    }

    /// <summary>DuckDB's medians by task from <c>duckdb-scan.mjs --json</c>: <c>[{"task":"a","median_s":0.5,"cpu_s":0.9}, …]</c>.</summary>
    private static Dictionary<string, (double Seconds, double ProcessorSeconds)> ReadDuckDb(string? path)
    {
        var medians = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        if (path is null)
        {
            return medians;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            medians[entry.GetProperty("task").GetString()!] = (entry.GetProperty("median_s").GetDouble(), entry.GetProperty("cpu_s").GetDouble());
        }

        return medians;
    }
}
