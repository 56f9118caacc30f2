using System.Globalization;
using System.Text;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Drift;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Checks;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Results;

namespace MonitorsAsCode.Engine.Tests.Drift;

/// <summary>
/// A dataset drift monitor end to end, against the decision table, corrections and weights written out in
/// numpy/scipy (<c>Checks/reference/make_engine_drift_method_cases.py</c>, the <c>dataset</c> case).
/// </summary>
[UseCulture("de-DE")]
public sealed class DatasetDriftTests
{
    private static MethodCaseFile.DatasetCase Case => MethodCaseFile.Instance.Dataset;

    [Fact]
    public void Auto_picks_per_column_as_the_documented_table_says_and_corrects_p_values_as_numpy()
    {
        var result = Run("roles: [feature]\n    fail: 0.9");

        var rows = EvidenceText.Table(result.Evidence, "drifting columns").Rows.ToDictionary(r => r[0].Text!);
        foreach (var expected in Case.Columns)
        {
            var row = rows[expected.Column];
            row[3].Text.Should().Be(expected.Method, "auto's pick for '{0}'", expected.Column);
            NumericAssert.Measured(row[4].Number, expected.Value, expected.Column + " value");
            if (expected.AdjustedPvalue is { } adjusted)
            {
                NumericAssert.Measured(row[6].Number, expected.Value, expected.Column + " p-value");
                NumericAssert.Measured(row[7].Number, adjusted, expected.Column + " benjamini-hochberg p-value");
            }

            (row[8].Text != "pass").Should().Be(expected.Drifted, "whether '{0}' drifted", expected.Column);
        }
    }

    [Fact]
    public void The_value_is_the_importance_weighted_share_of_drifted_columns()
    {
        var result = Run("roles: [feature]\n    warn: 0.3\n    fail: 0.6");

        NumericAssert.Measured(result.Value, Case.WeightedDriftedShare, "weighted drifted share");
        result.Status.Should().Be(CheckStatus.Warn);
        result.Metric.Should().Be(MetricCatalog.DriftedColumnShare);
        result.Columns.Should().Equal("shifted", "stable", "channel", "tier", "flag", "nullable");
        result.Evidence.Summary.Should().StartWith(string.Create(
            CultureInfo.InvariantCulture,
            $"{Case.DriftedCount} of 6 columns drifted ({Case.WeightedDriftedShare * 100:0.0}% of the importance) → investigate: "));
    }

    [Fact]
    public void Without_importances_the_value_is_the_plain_share()
    {
        var result = Run("columns: all\n    fail: 0.9", importance: false);

        NumericAssert.Measured(result.Value, Case.DriftedCount / 6.0, "share of drifted columns");
        result.Evidence.Summary.Should().StartWith($"{Case.DriftedCount} of 6 columns drifted → info: ");
    }

    [Fact]
    public void A_column_whose_only_change_is_its_null_rate_drifts_when_the_monitor_asks()
    {
        var nullable = Case.Columns.Single(c => c.Column == "nullable");
        nullable.Drifted.Should().BeFalse("its values alone did not drift");

        var result = Run("roles: [feature]\n    null_share_change: { fail: 0.05 }\n    fail: 0.9");

        NumericAssert.Measured(result.Value, Case.WeightedDriftedShare + Case.Importance["nullable"], "weighted share with the null-share change");
        var row = EvidenceText.Table(result.Evidence, "drifting columns").Rows.Single(r => r[0].Text == "nullable");
        row[8].Text.Should().Be("fail");
        row[10].Text.Should().Be("nulls");
        var nulls = EvidenceText.Table(result.Evidence, "null share").Rows.Single(r => r[0].Text == "nullable");
        NumericAssert.Measured(nulls[1].Number, nullable.Nulls.Reference, "reference null share");
        NumericAssert.Measured(nulls[2].Number, nullable.Nulls.Current, "current null share");
        NumericAssert.Measured(nulls[4].Number, nullable.Nulls.Pvalue, "null share p-value");
    }

    [Fact]
    public void Correction_none_judges_raw_p_values_and_bonferroni_multiplies_them()
    {
        var none = Run("roles: [feature]\n    correction: none\n    fail: 0.9");
        var bonferroni = Run("roles: [feature]\n    correction: bonferroni\n    fail: 0.9");

        EvidenceText.Table(none.Evidence, "drifting columns").Rows.Should().OnlyContain(r => r[7].Text == "-");
        var tested = Case.Columns.Count(c => c.AdjustedPvalue is not null);
        var shifted = Case.Columns.Single(c => c.Column == "shifted");
        var row = EvidenceText.Table(bonferroni.Evidence, "drifting columns").Rows.Single(r => r[0].Text == "shifted");
        NumericAssert.Measured(row[7].Number, Math.Min(1, shifted.Value * tested), "bonferroni p-value of 'shifted'");
    }

    [Fact]
    public void Columns_are_ranked_worst_first_with_how_they_moved_and_why_auto_picked_their_method()
    {
        var result = Run("roles: [feature]\n    fail: 0.9");

        var ranking = EvidenceText.Table(result.Evidence, "drifting columns");
        ranking.Columns.Should().Equal("column", "role", "importance", "method", "value", "fail", "p-value", "adjusted p-value", "status", "moved", "suspected cause");
        var severities = ranking.Rows.Select(r => r[8].Text == "fail" ? 2 : r[8].Text == "warn" ? 1 : 0).ToList();
        severities.Should().BeInDescendingOrder();
        var channel = ranking.Rows.Single(r => r[0].Text == "channel");
        channel[9].Text.Should().Contain("'kiosk' (new) 0.0% → ");
        channel[10].Text.Should().Be("new or lost categories");
        ranking.Rows.Single(r => r[0].Text == "shifted")[9].Text.Should().StartWith("p5 ").And.Contain(", p50 ").And.Contain(", p95 ");
        var methods = EvidenceText.Table(result.Evidence, "methods").Rows.ToDictionary(r => r[0].Text!, r => r[2].Text);
        methods["shifted"].Should().Be("numeric column with 400 values on the smaller side (at most 1,000): a p-value test is meaningful at this size");
        methods["flag"].Should().StartWith("binary column (2 values)");
    }

    [Fact]
    public void An_explicit_method_judges_every_column_by_its_default_thresholds()
    {
        var result = Run("columns: [shifted, stable]\n    method: wasserstein\n    fail: 0.9");

        var rows = EvidenceText.Table(result.Evidence, "drifting columns").Rows;
        rows.Should().OnlyContain(r => r[3].Text == "wasserstein" && r[5].Number == 0.2);
        EvidenceText.Table(result.Evidence, "methods").Rows.Should().OnlyContain(r => r[2].Text == "written in the monitor");
    }

    private static CheckResult Run(string selection, bool importance = true)
    {
        var columns = new StringBuilder();
        foreach (var (name, type) in Case.Types)
        {
            var weight = importance ? string.Create(CultureInfo.InvariantCulture, $", importance: {Case.Importance[name]}") : string.Empty;
            columns.Append(CultureInfo.InvariantCulture, $"      {name}: {{ type: {type}{weight} }}\n");
        }

        var yaml = $$"""
            datasets:
              - id: dataset
                snapshots: { reference: {{Case.Reference}}, current: {{Case.Current}} }
                columns:
                  row: { type: int64, role: id }
            {{columns}}monitors:
              - id: features
                dataset: dataset
                check: drift
                {{selection}}

            """;
        return new MonitorRunner().Run(ValidDefinitions.Load(ReferenceCaseFile.Folder, yaml)).Results.Should().ContainSingle().Subject;
    }

    [Fact]
    public void No_correction_returns_the_p_values_unchanged()
    {
        DatasetDrift.AdjustPValues([0.2, 0.01], PValueCorrection.None).Should().Equal(0.2, 0.01);
    }

    [Fact]
    public void Each_correction_is_the_statistics_kernel_of_its_name()
    {
        double[] pValues = [0.5, 0.01, 0.03, 0.02];

        DatasetDrift.AdjustPValues(pValues, PValueCorrection.BenjaminiHochberg).Should().Equal(MonitorsAsCode.Statistics.Drift.PValueAdjustment.BenjaminiHochberg(pValues));
        DatasetDrift.AdjustPValues(pValues, PValueCorrection.Bonferroni).Should().Equal(MonitorsAsCode.Statistics.Drift.PValueAdjustment.Bonferroni(pValues));
    }
}
