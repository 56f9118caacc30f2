using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Rendering.Tests.Results;

/// <summary>A performance result's value shows with its confidence interval in every rendering, and JSON reads back.</summary>
[UseCulture("de-DE")]
public sealed class PerformanceResultsTests
{
    private static readonly CheckResult Auc = new("fraud-auc", "fraud", CheckKind.Performance, [], CheckStatus.Fail, 0.7693452380952381, Threshold.AtLeast(0.85), Threshold.AtLeast(0.8), Severity.Act, Evidence.Of("roc-auc 0.769345 (95% CI 0.72 to 0.81 (DeLong)) over 562 labelled mature predictions"))
    {
        Metric = MetricCatalog.DescribePerformance(PerformanceMetric.RocAuc, relative: false),
        PerformanceMetric = PerformanceMetric.RocAuc,
        Interval = new ValueInterval(0.7251, 0.8135, 0.95, "delong"),
    };

    private static readonly CheckResult Drop = Auc with
    {
        MonitorId = "fraud-auc-drop",
        Status = CheckStatus.Warn,
        Value = 0.0244,
        Warn = Threshold.AtMost(0.01),
        Fail = Threshold.AtMost(0.2),
        Metric = MetricCatalog.DescribePerformance(PerformanceMetric.RocAuc, relative: true),
        Relative = true,
        Interval = new ValueInterval(-0.04, 0.09, 0.95, "mover"),
    };

    [Fact]
    public void Json_writes_the_interval_and_the_metric_and_reads_them_back()
    {
        var run = new RunResult([Auc, Drop], []);

        var json = JsonReport.Render(run);
        var back = RunResultJson.Parse(json, "results.json");

        json.Should().Contain("\"interval\": {").And.Contain("\"method\": \"delong\"").And.Contain("\"performance_metric\": \"roc-auc\"");
        back.Results[0].Interval.Should().Be(Auc.Interval);
        back.Results[0].Metric.Should().Be(Auc.Metric);
        back.Results[0].Metric.SmallerIsWorse.Should().BeTrue("an AUC floor is a lower limit");
        back.Results[1].Relative.Should().BeTrue();
        back.Results[1].Metric.Name.Should().Be("roc-auc drop from the reference");
        JsonReport.Render(back).Should().Be(json, "what is read back renders to the same bytes");
    }

    [Fact]
    public void Markdown_and_junit_show_the_value_with_its_interval_in_invariant_culture()
    {
        var run = new RunResult([Auc], []);

        MarkdownReport.Render(run).Should().Contain(@"0.7693 \[0.7251, 0.8135\]", "brackets are escaped in Markdown");
        JUnitReport.Render(run).Should().Contain("roc-auc 0.7693 [0.7251, 0.8135]").And.Contain("95% CI 0.72 to 0.81 (DeLong)");
    }

    [Fact]
    public void Prometheus_exposes_the_value_by_metric_and_the_bounds_of_its_interval()
    {
        var text = PrometheusReport.Render(new RunResult([Auc, Drop], []));

        text.Should().Contain("monitors_performance_value{dataset=\"fraud\",monitor=\"fraud-auc\",column=\"\",severity=\"act\",metric=\"roc-auc\"} 0.7693452380952381")
            .And.Contain("metric=\"roc-auc-drop\"} 0.0244")
            .And.Contain("monitors_value_interval{dataset=\"fraud\",monitor=\"fraud-auc\",bound=\"lower\"} 0.7251");
    }
}
