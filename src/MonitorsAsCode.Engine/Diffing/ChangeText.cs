using System.Globalization;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Diffing;

/// <summary>How values are written in change summaries: the same formatting as every other output.</summary>
internal static class ChangeText
{
    /// <summary>Written where a value is absent on one side.</summary>
    public const string None = "none";

    /// <summary>
    /// Two thresholds in their metrics' units (<c>0.25</c>, <c>36h</c>, <c>&lt; 0.8 or &gt; 1.25</c>), null
    /// for no threshold. When the usual 4 significant digits would print two different limits alike,
    /// both are written exactly, so a summary never reads <c>0.1 → 0.1</c>.
    /// </summary>
    public static (string? Before, string? After) Thresholds(Threshold? before, MetricUnit beforeUnit, Threshold? after, MetricUnit afterUnit)
    {
        var beforeText = Threshold(before, beforeUnit, exact: false);
        var afterText = Threshold(after, afterUnit, exact: false);
        if (beforeText == afterText)
        {
            beforeText = Threshold(before, beforeUnit, exact: true);
            afterText = Threshold(after, afterUnit, exact: true);
        }

        return (beforeText, afterText);
    }

    /// <summary>A number as outputs print measured values (6 significant digits), or null.</summary>
    public static string? Number(double? value) => value is { } number ? ValueFormat.Number(number) : null;

    /// <summary><c>before → after</c>, with <c>none</c> for a missing side.</summary>
    public static string Arrow(string? before, string? after) => (before ?? None) + " → " + (after ?? None);

    /// <summary>What a monitor checks, as the Markdown report writes it: <c>drift amount (psi)</c>.</summary>
    public static string Check(MonitorDefinition monitor)
    {
        var columns = monitor.AllColumns ? " all" : monitor.Columns.Count == 0 ? string.Empty : " " + string.Join(", ", monitor.Columns);
        if (monitor.Roles.Count > 0)
        {
            columns += " roles " + string.Join(", ", monitor.Roles.Select(r => YamlWords.Of(YamlWords.Roles, r)));
        }

        var method = monitor.EffectiveMethod is { } m ? " (" + YamlWords.Of(m) + ")" : string.Empty;
        return YamlWords.Of(monitor.Check) + columns + method;
    }

    /// <summary>A monitor in one line: <c>drift amount (psi), warn 0.1, fail 0.25, severity act</c>.</summary>
    public static string Monitor(MonitorDefinition monitor)
    {
        var unit = MetricCatalog.Describe(monitor).Unit;
        var text = Check(monitor);
        if (monitor.Warn is not null)
        {
            text += ", warn " + Threshold(monitor.Warn, unit, exact: false);
        }

        if (monitor.Fail is not null)
        {
            text += ", fail " + Threshold(monitor.Fail, unit, exact: false);
        }

        text += ", severity " + YamlWords.Of(monitor.Severity);
        return monitor.Enabled ? text : text + ", disabled";
    }

    /// <summary>
    /// A path with <c>.</c> and <c>..</c> segments folded away, so <c>monitors/a/../data/x.csv</c> and
    /// <c>monitors/data/x.csv</c> compare equal. Only the text is folded; the file system is not asked.
    /// </summary>
    public static string? Path(string? path) => path is null ? null : Definitions.Datasets.SnapshotPath.Fold(path);

    private static string? Threshold(Threshold? threshold, MetricUnit unit, bool exact)
    {
        if (threshold is not { } limits)
        {
            return null;
        }

        if (!exact)
        {
            return ValueFormat.Threshold(limits, unit);
        }

        return (limits.Below, limits.Above) switch
        {
            (null, { } above) => Exact(above, unit),
            ({ } below, null) => "< " + Exact(below, unit),
            ({ } below, { } above) => "< " + Exact(below, unit) + " or > " + Exact(above, unit),
            _ => "-",
        };
    }

    private static string Exact(double value, MetricUnit unit) =>
        unit == MetricUnit.Duration && value == Math.Round(value)
            ? DurationText.Format(value)
            : value.ToString("R", CultureInfo.InvariantCulture);
}
