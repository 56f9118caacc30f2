using System.Text.RegularExpressions;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Rendering.Tests.Results;

/// <summary>Results as Prometheus text, rendered directly.</summary>
public sealed partial class PrometheusReportTests
{
    [Fact]
    public void Label_values_escape_backslash_quote_and_newline()
    {
        var result = new CheckResult("a\"b\\c\nd", "<script>", CheckKind.Completeness, ["x|y"], CheckStatus.Pass, 0.5, null, Threshold.AtMost(0.75), Severity.Info, Evidence.Of("ok"))
        {
            Metric = MetricCatalog.Describe(CheckKind.Completeness),
        };

        var text = PrometheusReport.Render(new RunResult([result], []));

        text.Should().Contain("monitors_completeness_null_ratio{dataset=\"<script>\",monitor=\"a\\\"b\\\\c\\nd\",column=\"x|y\",severity=\"info\"} 0.5\n");
        text.Split('\n').Should().OnlyContain(l => l.Length == 0 || Line().IsMatch(l));
    }

    [GeneratedRegex("""^(# (HELP|TYPE) [a-z_]+ .+|[a-z_]+\{([a-z_]+="([^"\\\n]|\\[\\"n])*",?)+\} (-?[0-9.]+(E[-+]?[0-9]+)?|NaN|[+-]Inf))$""")]
    private static partial Regex Line();

    [Fact]
    public void Known_events_over_a_monitor_are_exported_with_whether_they_suppressed_it_and_the_id_escaped()
    {
        var text = PrometheusReport.Render(EventRun.Create());

        text.Should().Contain("monitors_check_event{dataset=\"payments\",monitor=\"amount-nulls\",event=\"campaign-2026-10\",suppressed=\"true\"} 1\n");
        text.Should().Contain("monitors_check_event{dataset=\"payments\",monitor=\"amount-nulls\",event=\"deploy-v2\",suppressed=\"false\"} 1\n");
        text.Split('\n').Should().NotContain(l => l.StartsWith("# forged", StringComparison.Ordinal), "a newline in an event id is escaped in the label value");
        PrometheusReport.Render(EventRun.Create() with { Results = [] }).Should().NotContain("monitors_check_event");
    }
}
