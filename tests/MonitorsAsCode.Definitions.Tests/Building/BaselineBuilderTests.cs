using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Tests.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Building;

public sealed class BaselineBuilderTests
{
    private const string Yaml = """
        datasets:
          - id: fraud-scoring
            snapshots: { current: data/current.csv }
            columns:
              event_time: { type: timestamp, role: event_time }
              amount:     { type: double }
        monitors:
          - id: amount-nulls
            dataset: fraud-scoring
            check: completeness
            column: amount
            baseline: { method: holt-winters, window: 42d, seasonality: 7d, k: 3.5, min_history: 21, min_volume: 1000 }
            warn: 3
            fail: 5
            for: 3d
            recover: 1.5
          - id: amount-change
            dataset: fraud-scoring
            check: completeness
            column: amount
            baseline: { method: same-period-last-week }
            change: { warn: 10%, fail: 25% }
            for: 3 windows
          - id: amount-fixed
            dataset: fraud-scoring
            check: completeness
            column: amount
            fail: 0.25
            recover: 0.15
        """;

    [Fact]
    public void Baselines_for_and_recover_in_csharp_produce_the_records_yaml_reads()
    {
        var m = new MonitorBuilder("defs");
        var data = m.Dataset("fraud-scoring")
            .Snapshots(reference: null, current: "data/current.csv")
            .Column("event_time", ColumnType.Timestamp, ColumnRole.EventTime)
            .Column("amount", ColumnType.Double);
        m.Completeness("amount-nulls", data, "amount")
            .Baseline(BaselineMethod.HoltWinters, k: 3.5, minHistory: 21, minVolume: 1000)
            .BaselineWindow(TimeSpan.FromDays(42)).Seasonality(TimeSpan.FromDays(7))
            .Deviations(warn: 3, fail: 5).For(TimeSpan.FromDays(3)).Recover(1.5);
        m.Completeness("amount-change", data, "amount")
            .Baseline(BaselineMethod.SamePeriodLastWeek).Change(warn: 0.1, fail: 0.25).ForWindows(3);
        m.Completeness("amount-fixed", data, "amount").Fail(0.25).Recover(0.15);

        var csharp = m.ToDefinitionSet();
        var yaml = YamlDefinitionLoaderTests.Load(("defs/definitions.yaml", Yaml));

        yaml.Diagnostics.Should().BeEmpty();
        csharp.Monitors.Should().BeEquivalentTo(yaml.Definitions.Monitors, options => options.Excluding(member => member.Name == "Source"));
        var first = yaml.Definitions.Monitors[0];
        first.Baseline.Should().Be(new BaselineDefinition(BaselineMethod.HoltWinters)
        {
            Window = TimeSpan.FromDays(42), Seasonality = TimeSpan.FromDays(7), K = 3.5, MinHistory = 21, MinVolume = 1000, Warn = 3, Fail = 5,
        });
        first.Warn.Should().BeNull("with a baseline, warn and fail are deviations, kept in the baseline");
        first.For.Should().Be(SustainPeriod.For(TimeSpan.FromDays(3)));
        yaml.Definitions.Monitors[1].Baseline!.ChangeWarn.Should().BeApproximately(0.1, 1e-15); // the YAML above has a baseline
        yaml.Definitions.Monitors[1].For.Should().Be(SustainPeriod.ForWindows(3));
    }

    [Fact]
    public void Deviations_before_a_baseline_is_a_mistake_in_the_calls()
    {
        var m = new MonitorBuilder();
        var data = m.Dataset("d").Snapshots(reference: null, current: "c.csv").Column("a", ColumnType.Double);

        var act = () => m.Completeness("a-nulls", data, "a").Deviations(fail: 3);

        act.Should().Throw<InvalidOperationException>().WithMessage("monitor 'a-nulls': call Baseline(...) before Deviations(...)");
    }

    [Theory]
    [InlineData("3d", 259200.0, null)]
    [InlineData("36h", 129600.0, null)]
    [InlineData("3 windows", null, 3)]
    [InlineData("1 window", null, 1)]
    public void For_reads_a_duration_or_a_window_count(string text, double? seconds, int? windows)
    {
        SustainPeriod.TryParse(text, out var period).Should().BeTrue();

        period.Duration?.TotalSeconds.Should().Be(seconds);
        period.Windows.Should().Be(windows);
    }

    [Theory]
    [InlineData("three days")]
    [InlineData("3")]
    [InlineData("3 days")]
    [InlineData("-1 windows")]
    public void For_refuses_anything_else(string text)
    {
        SustainPeriod.TryParse(text, out _).Should().BeFalse();
    }
}
