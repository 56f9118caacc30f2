using System.Diagnostics;
using System.Globalization;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Windows;
using MonitorsAsCode.Testing;

namespace MonitorsAsCode.Benchmarks.Windows;

/// <summary>
/// A backfill as <c>monitors run --window 1d</c> runs it: <c>rows</c> events split evenly into <c>days</c> daily Hive
/// partitions (<c>date=2026-08-01/part-0.parquet</c>, one row group each, written by Parquet.Net), judged one window
/// per day by four monitors (completeness, validity, PSI drift against a fixed reference, volume), with every
/// window's results recorded in an in-memory history. Prints the time to write the data, the backfill's time in
/// total and per window, and the process's peak resident set.
/// </summary>
internal static class BackfillMeasurement
{
    private const double Megabyte = 1024 * 1024;

    public static int Run(int rows, int days, string? folder, TextWriter output)
    {
        var root = folder ?? Path.Combine(Path.GetTempPath(), "mac-backfill-" + Guid.NewGuid().ToString("N"));
        var start = new DateTime(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc);
        var write = Stopwatch.StartNew();
        var perDay = rows / days;
        if (!Directory.Exists(Path.Combine(root, "events")))
        {
            for (var day = 0; day < days; day++)
            {
                var date = start.AddDays(day);
                EventParquet.Write(Path.Combine(root, "events", $"date={date:yyyy-MM-dd}", "part-0.parquet"), columnOrders: false, EventParquet.Day(date, perDay, firstAmount: day % 7, country: day % 2 == 0 ? "NL" : "DE"));
            }

            EventParquet.Write(Path.Combine(root, "reference.parquet"), columnOrders: false, EventParquet.Day(start, perDay));
        }

        write.Stop();
        var yaml = $$"""
            datasets:
              - id: events
                snapshots: { current: {{root}}/events, reference: {{root}}/reference.parquet }
                columns:
                  event_time: { type: timestamp, role: event_time }
                  amount: { type: double }
                  country: { type: string }
            monitors:
              - { id: country-nulls, dataset: events, check: completeness, column: country, fail: 0.01 }
              - { id: amount-valid, dataset: events, check: validity, column: amount, min: 0, max: 1000000, fail: 0.01 }
              - { id: amount-drift, dataset: events, check: drift, column: amount, method: psi, warn: 0.1, fail: 0.25 }
              - { id: rows, dataset: events, check: volume, warn: { below: 0.8, above: 1.25 } }
            """;
        var loaded = YamlDefinitionLoader.Load([new KeyValuePair<string, string>(Path.Combine(root, "monitors.yaml"), yaml)]);
        if (loaded.Diagnostics.Count > 0)
        {
            output.WriteLine(string.Join('\n', loaded.Diagnostics));
            return 2;
        }

        var windows = WindowedRun.Windows(new DateTimeOffset(start), new DateTimeOffset(start.AddDays(days)), TimeSpan.FromDays(1));
        using var history = new MemoryHistoryStore();
        var backfill = Stopwatch.StartNew();
        var judged = 0;
        var statuses = new Dictionary<CheckStatus, int>();
        foreach (var (_, result) in new WindowedRun().Run(loaded.Definitions, windows, history: history))
        {
            judged++;
            foreach (var monitor in result.Results)
            {
                statuses[monitor.Status] = statuses.GetValueOrDefault(monitor.Status) + 1;
            }
        }

        backfill.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows in {days} daily partitions under {root} ({(folder is null || write.Elapsed.TotalSeconds > 1 ? $"written in {write.Elapsed.TotalSeconds:0.0} s" : "reused")})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"backfill of {judged} windows × 4 monitors: {backfill.Elapsed.TotalSeconds:0.00} s, {backfill.Elapsed.TotalMilliseconds / judged:0} ms per window; {history.All().Count} history entries; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key.ToString().ToLowerInvariant()} {s.Value}"))}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak resident set of the process (writing the data included): {process.PeakWorkingSet64 / Megabyte:0} MB"));
        if (folder is null)
        {
            Directory.Delete(root, recursive: true);
        }

        return 0;
    }
}
