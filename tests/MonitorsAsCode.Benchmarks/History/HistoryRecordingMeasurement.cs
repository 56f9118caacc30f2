using System.Diagnostics;
using System.Globalization;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using Npgsql;

namespace MonitorsAsCode.Benchmarks.History;

/// <summary>
/// Records <c>rows</c> history entries (100 monitors × rows/100 daily windows, each window one <c>Record</c> call, as a
/// backfill does) into a fresh SQLite file and, when a PostgreSQL server is given, a fresh database on it; prints the
/// time, rows per second, the process's peak working set and the store's size. A stopwatch measurement, run once:
/// <c>dotnet run -c Release --project tests/MonitorsAsCode.Benchmarks -- history-record 1000000 [CONNECTION]</c>.
/// </summary>
internal static class HistoryRecordingMeasurement
{
    private const int Monitors = 100;

    public static int Run(int rows, string? postgresServer, TextWriter output)
    {
        var windows = Math.Max(1, rows / Monitors);
        output.WriteLine($"history-record: {(windows * Monitors).ToString("N0", CultureInfo.InvariantCulture)} rows = {Monitors} monitors x {windows} windows, one transaction per window");
        var folder = Directory.CreateTempSubdirectory("mac-history-bench-").FullName;
        try
        {
            var file = Path.Combine(folder, "history.db");
            Measure("sqlite", () => SqliteHistoryStore.Open(file), windows, output);
            output.WriteLine($"  sqlite file: {(new FileInfo(file).Length / 1048576.0).ToString("F1", CultureInfo.InvariantCulture)} MiB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        if (postgresServer is null)
        {
            output.WriteLine("postgresql: not measured (give a connection string to a server where the role may create databases)");
            return 0;
        }

        var database = "monitors_bench_" + Guid.NewGuid().ToString("N");
        using (var admin = new NpgsqlConnection(postgresServer))
        {
            admin.Open();
            using var create = new NpgsqlCommand("CREATE DATABASE " + database, admin);
            create.ExecuteNonQuery();
        }

        try
        {
            var connection = new NpgsqlConnectionStringBuilder(postgresServer) { Database = database }.ConnectionString;
            Measure("postgresql", () => PostgresHistoryStore.Open(connection, "benchmark"), windows, output);
        }
        finally
        {
            using var admin = new NpgsqlConnection(postgresServer);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE {database} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }

        return 0;
    }

    private static void Measure(string name, Func<SqlHistoryStore> open, int windows, TextWriter output)
    {
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        using (var store = open())
        {
            var day = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            for (var w = 0; w < windows; w++)
            {
                store.Record(Window(day.AddDays(w), w));
            }

            // Read one monitor's whole history back, as a baseline would.
            var read = store.Read("monitor-042", DateTimeOffset.MaxValue);
            if (read.Count != windows)
            {
                throw new InvalidOperationException($"{name}: read {read.Count} windows back, recorded {windows}");
            }
        }

        clock.Stop();
        process.Refresh();
        var rows = (double)windows * Monitors;
        output.WriteLine(
            $"{name}: {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s, "
            + $"{(rows / clock.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)} rows/s, "
            + $"peak working set {(process.PeakWorkingSet64 / 1048576.0).ToString("F0", CultureInfo.InvariantCulture)} MiB");
    }

    private static HistoryEntry[] Window(DateTimeOffset start, int index)
    {
        var entries = new HistoryEntry[Monitors];
        var window = new JudgedWindow(start, start.AddDays(1), start.AddDays(1));
        for (var m = 0; m < Monitors; m++)
        {
            var value = ((index * 31 + m * 17) % 1000) / 4000.0;
            entries[m] = new HistoryEntry("monitor-" + m.ToString("D3", CultureInfo.InvariantCulture), "fraud-scoring", "drift", window, value > 0.2 ? CheckStatus.Fail : CheckStatus.Pass, value)
            {
                Warn = Threshold.AtMost(0.1),
                Fail = Threshold.AtMost(0.2),
                EvidenceSummary = "distance 0.0412 over reference std 1865; median 1079 → 1073",
                Revision = "4b4cc6f0123456789abcdef0123456789abcdef0",
                Snapshots = [new SnapshotFingerprint("reference", "data/reference.parquet", "xxh128:ee91f33aeaa2a8f2455091c76db07f35"), new SnapshotFingerprint("current", "data/day=" + start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/", "xxh128:929d350eb84efe742d252d3536db5b32")],
                ModelVersions = ["fraud-v3.2.0", "fraud-v3.2.1"],
                Rows = 12349,
            };
        }

        return entries;
    }
}
