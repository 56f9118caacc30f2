using System.Globalization;
using System.Text;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Metrics;

namespace MonitorsAsCode.Rendering.Results;

/// <summary>
/// Results as metrics in the Prometheus text exposition format (version 0.0.4), for a Pushgateway or a
/// node-exporter textfile collector: the families of <see cref="ExportedMetrics"/>, each written once
/// with its HELP and TYPE lines, samples in result order, no timestamps (the collector stamps them).
/// </summary>
public static class PrometheusReport
{
    /// <summary>Renders <paramref name="run"/>.</summary>
    public static string Render(RunResult run)
    {
        var samples = new Dictionary<MetricFamily, List<string>>();
        foreach (var family in ExportedMetrics.All)
        {
            samples[family] = [];
        }

        foreach (var result in run.Results)
        {
            var column = string.Join(",", result.Columns);
            var severity = YamlWords.Of(result.Severity);
            var check = YamlWords.Of(result.Check);
            if (result.Value is { } value)
            {
                var family = ExportedMetrics.ValueOf(result.Check);
                var labels = new List<string> { result.DatasetId, result.MonitorId, column, severity };
                if (result.Check == CheckKind.Drift)
                {
                    labels.Add(result.Method is { } method ? YamlWords.Of(method) : YamlWords.Of(DriftMethod.Psi));
                }

                if (result.Check == CheckKind.Performance)
                {
                    labels.Add(result.PerformanceMetric is { } metric ? YamlWords.Of(metric) + (result.Relative ? "-drop" : string.Empty) : result.Metric.Name);
                }

                samples[family].Add(Sample(family, labels, value));
            }

            if (result.Interval is { } interval)
            {
                samples[ExportedMetrics.ValueInterval].Add(Sample(ExportedMetrics.ValueInterval, [result.DatasetId, result.MonitorId, "lower"], interval.Lower));
                samples[ExportedMetrics.ValueInterval].Add(Sample(ExportedMetrics.ValueInterval, [result.DatasetId, result.MonitorId, "upper"], interval.Upper));
            }

            foreach (var (level, threshold) in new[] { ("warn", result.Warn), ("fail", result.Fail) })
            {
                if (threshold?.Below is { } below)
                {
                    samples[ExportedMetrics.Threshold].Add(Sample(ExportedMetrics.Threshold, [result.DatasetId, result.MonitorId, check, level, "below"], below));
                }

                if (threshold?.Above is { } above)
                {
                    samples[ExportedMetrics.Threshold].Add(Sample(ExportedMetrics.Threshold, [result.DatasetId, result.MonitorId, check, level, "above"], above));
                }
            }

            foreach (var status in Enum.GetValues<CheckStatus>())
            {
                samples[ExportedMetrics.CheckStatus].Add(Sample(ExportedMetrics.CheckStatus, [result.DatasetId, result.MonitorId, check, severity, StatusWords.Of(status)], status == result.Status ? 1 : 0));
            }

            foreach (var known in result.Events)
            {
                var suppressed = result.SuppressedBy.Contains(known, StringComparer.Ordinal) ? "true" : "false";
                samples[ExportedMetrics.CheckEvent].Add(Sample(ExportedMetrics.CheckEvent, [result.DatasetId, result.MonitorId, known, suppressed], 1));
            }
        }

        foreach (var gate in run.Gates)
        {
            foreach (var status in Enum.GetValues<CheckStatus>())
            {
                samples[ExportedMetrics.GateStatus].Add(Sample(ExportedMetrics.GateStatus, [gate.Id, StatusWords.Of(status)], status == gate.Status ? 1 : 0));
            }
        }

        foreach (var status in Enum.GetValues<CheckStatus>())
        {
            samples[ExportedMetrics.RunResults].Add(Sample(ExportedMetrics.RunResults, [StatusWords.Of(status)], run.Count(status)));
        }

        var text = new StringBuilder();
        foreach (var family in ExportedMetrics.All)
        {
            if (samples[family].Count == 0)
            {
                continue;
            }

            text.Append("# HELP ").Append(family.Name).Append(' ').Append(EscapeHelp(family.Help)).Append('\n');
            text.Append("# TYPE ").Append(family.Name).Append(" gauge\n");
            foreach (var sample in samples[family])
            {
                text.Append(sample).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Sample(MetricFamily family, IReadOnlyList<string> values, double value)
    {
        var text = new StringBuilder(family.Name);
        text.Append('{');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(family.Labels[i]).Append("=\"");
            foreach (var c in values[i])
            {
                text.Append(c switch
                {
                    '\\' => "\\\\",
                    '"' => "\\\"",
                    '\n' => "\\n",
                    _ => c.ToString(),
                });
            }

            text.Append('"');
        }

        return text.Append("} ").Append(Number(value)).ToString();
    }

    private static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string EscapeHelp(string help) => help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
