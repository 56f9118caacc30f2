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
}
