using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Results;

/// <summary>The texts that the table, Markdown and JUnit renderings share for one result.</summary>
public static class ResultText
{
    /// <summary>The measured value in its unit, or <c>-</c>; with its confidence interval when it has one: <c>0.8123 [0.79, 0.83]</c>.</summary>
    public static string Value(CheckResult result)
    {
        if (result.Value is not { } value)
        {
            return "-";
        }

        var text = ValueFormat.Metric(value, result.Metric.Unit);
        return result.Interval is { } interval
            ? $"{text} [{ValueFormat.Metric(interval.Lower, result.Metric.Unit)}, {ValueFormat.Metric(interval.Upper, result.Metric.Unit)}]"
            : text;
    }

    /// <summary>The warn threshold in the metric's unit, or <c>-</c>.</summary>
    public static string Warn(CheckResult result) => ValueFormat.Threshold(result.Warn, result.Metric.Unit);

    /// <summary>The fail threshold in the metric's unit, or <c>-</c>.</summary>
    public static string Fail(CheckResult result) => ValueFormat.Threshold(result.Fail, result.Metric.Unit);

    /// <summary>What was measured, e.g. <c>psi</c> or <c>null share</c>, with the method for drift.</summary>
    public static string Metric(CheckResult result) => result.Metric.Name;

    /// <summary>One line: <c>fail: psi 2.44 (warn 0.1, fail 0.25); largest moves: …</c>.</summary>
    public static string Headline(CheckResult result) =>
        $"{StatusWords.Of(result.Status)}: {Metric(result)} {Value(result)} (warn {Warn(result)}, fail {Fail(result)}); {result.Evidence.Summary}";
}
