using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Tests.Baselines;

/// <summary>Daily windows of one monitor in a <see cref="MemoryHistoryStore"/>, and results to judge against them.</summary>
internal sealed class SyntheticHistory
{
    public static readonly DateTimeOffset Day0 = new(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);

    public MemoryHistoryStore Store { get; } = new();

    public static JudgedWindow Day(int day) => new(Day0.AddDays(day), Day0.AddDays(day + 1), Day0.AddDays(day + 1));

    /// <summary>Records <paramref name="value"/> for day <paramref name="day"/>, judged against the given limits.</summary>
    public void Record(MonitorDefinition monitor, int day, double? value, Threshold? warn, Threshold? fail, CheckStatus? status = null, long? rows = null)
    {
        var judged = status ?? (value is { } v ? StatusPolicy.Judge(v, warn, fail) : CheckStatus.Error);
        Store.Record([new HistoryEntry(monitor.Id, monitor.DatasetId, "completeness", Day(day), judged, value) { Warn = warn, Fail = fail, Rows = rows }]);
    }

    /// <summary>A measured result for <paramref name="monitor"/> as the check gives it, before history is applied.</summary>
    public static CheckResult Measured(MonitorDefinition monitor, double value) =>
        new(monitor.Id, monitor.DatasetId, monitor.Check, monitor.Columns, StatusPolicy.Judge(value, monitor.Warn, monitor.Fail), value, monitor.Warn, monitor.Fail, monitor.Severity, Evidence.Of("measured"))
        {
            Metric = MetricCatalog.Describe(monitor),
        };

    public CheckResult Judge(MonitorDefinition monitor, int day, double value, long? rows = 10_000, Func<HistoryEntry, bool>? exclude = null) =>
        MonitorsAsCode.Engine.Baselines.HistoryJudgement.Apply(
            monitor,
            Measured(monitor, value),
            new RunOptions { Window = Day(day), History = Store, BaselineExclusion = exclude },
            Day0.AddDays(day + 1),
            rows);
}
