using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Tests.History;

/// <summary>
/// Definitions, a run and a synthetic history for trend pictures, built in code (not the worked example, which grows
/// its own past elsewhere): a completeness monitor with fixed thresholds recorded daily from 2026-10-01 for 30 days,
/// except 2026-10-06 (a gap), failing on 2026-10-12 inside a suppressing campaign and on 2026-10-26 outside it,
/// unmeasured (error) on 2026-10-28, under an annotating release with a hostile description on 2026-10-20; a volume
/// monitor judged by a baseline whose band moves with its windows; and a monitor with a hostile id, recorded once.
/// </summary>
internal static class TrendExample
{
    public const string HostileId = "x' OR '1'='1 $__from ${history} <b>|</b> `y`";
    public const string HostileDescription = "<script>alert(1)</script> | *bold* [x](javascript:alert(2)) $__to ' OR 1=1 -- \u001b[2J";
    public static readonly DateTimeOffset Day0 = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public static DefinitionSet Definitions { get; } = new DefinitionSet(
        [new DatasetDefinition("payments", "payments-team", new SnapshotPaths(null, "/defs/payments/data/current.parquet"), [new ColumnDefinition("amount", ColumnType.Double, ColumnRole.Feature)])],
        [
            new MonitorDefinition("amount-nulls", "payments", CheckKind.Completeness) { Columns = ["amount"], Warn = Threshold.AtMost(0.05), Fail = Threshold.AtMost(0.1) },
            new MonitorDefinition("daily-volume", "payments", CheckKind.Volume) { Baseline = new BaselineDefinition(BaselineMethod.MedianMad) { Warn = 3, Fail = 5 } },
            new MonitorDefinition(HostileId, "payments", CheckKind.Completeness) { Columns = ["amount"], Fail = Threshold.AtMost(0.1) },
        ],
        [])
    {
        Events =
        [
            new KnownEventDefinition("campaign-2026-10", Day0.AddDays(10), Day0.AddDays(14), EventKind.Campaign, EventEffect.Suppress) { Datasets = ["payments"], Description = "Autumn cashback" },
            new KnownEventDefinition("release<i>", Day0.AddDays(19).AddHours(6), Day0.AddDays(19).AddHours(8), EventKind.Release, EventEffect.Annotate) { Description = HostileDescription },
            new KnownEventDefinition("elsewhere", Day0.AddDays(2), Day0.AddDays(3), EventKind.Outage, EventEffect.ExcludeFromBaseline) { Datasets = ["orders"] },
        ],
    };

    /// <summary>The history: amount-nulls over 29 days (one missing), daily-volume over 10 days with its band, the hostile monitor once.</summary>
    public static IReadOnlyList<HistoryEntry> Entries()
    {
        var entries = new List<HistoryEntry>();
        for (var day = 0; day < 30; day++)
        {
            if (day == 5)
            {
                continue;
            }

            var (value, status) = day switch
            {
                11 => (0.2, CheckStatus.Fail),
                25 => (0.15, CheckStatus.Fail),
                26 => (0.07, CheckStatus.Warn),
                27 => ((double?)null, CheckStatus.Error),
                _ => (0.01 + (day % 7 * 0.004), CheckStatus.Pass),
            };
            entries.Add(new HistoryEntry("amount-nulls", "payments", "completeness", Window(day), status, value)
            {
                Warn = Threshold.AtMost(0.05),
                Fail = Threshold.AtMost(0.1),
                EvidenceSummary = status == CheckStatus.Error ? "the snapshot could not be read" : "null share " + value?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        for (var day = 20; day < 30; day++)
        {
            var expected = 1.0 + (day % 7 == 3 ? 0.3 : 0);
            var value = day == 29 ? 2.4 : expected + 0.02;
            entries.Add(new HistoryEntry("daily-volume", "payments", "volume", Window(day), day == 29 ? CheckStatus.Fail : CheckStatus.Pass, value)
            {
                Warn = new Threshold(expected - 0.3, expected + 0.3),
                Fail = new Threshold(expected - 0.5, expected + 0.5),
                EvidenceSummary = "volume against its band",
            });
        }

        entries.Add(new HistoryEntry(HostileId, "payments", "completeness", Window(29), CheckStatus.Pass, 0.02) { Fail = Threshold.AtMost(0.1), EvidenceSummary = HostileDescription });
        return entries;
    }

    /// <summary>A store holding <see cref="Entries"/>.</summary>
    public static MemoryHistoryStore Store()
    {
        var store = new MemoryHistoryStore();
        store.Record(Entries());
        return store;
    }

    /// <summary>The last run: amount-nulls passing, daily-volume failing, the hostile monitor passing.</summary>
    public static RunResult Run()
    {
        CheckResult Result(string id, CheckKind check, CheckStatus status, double value, Threshold? warn, Threshold? fail) =>
            new(id, "payments", check, check == CheckKind.Volume ? [] : ["amount"], status, value, warn, fail, Severity.Act, Evidence.Of("the last window"))
            {
                Metric = MetricCatalog.Describe(check),
            };

        return new RunResult(
            [
                Result("amount-nulls", CheckKind.Completeness, CheckStatus.Pass, 0.02, Threshold.AtMost(0.05), Threshold.AtMost(0.1)),
                Result("daily-volume", CheckKind.Volume, CheckStatus.Fail, 2.4, new Threshold(0.7, 1.3), new Threshold(0.5, 1.5)),
                Result(HostileId, CheckKind.Completeness, CheckStatus.Pass, 0.02, null, Threshold.AtMost(0.1)),
            ],
            []);
    }

    public static JudgedWindow Window(int day) => new(Day0.AddDays(day), Day0.AddDays(day + 1), Day0.AddDays(day + 1));
}
