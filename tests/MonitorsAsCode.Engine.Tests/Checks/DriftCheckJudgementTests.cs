using System.Globalization;
using System.Text;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Results;
using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Engine.Tests.Checks;

/// <summary>
/// How a one-column drift monitor is judged: what auto picks and says, p-values as lower limits, the effect
/// size a test also requires, the null share, and the suspected cause.
/// </summary>
[UseCulture("de-DE")]
public sealed class DriftCheckJudgementTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Auto_on_a_small_numeric_sample_runs_ks_with_its_default_thresholds_and_says_why()
    {
        var reference = Numbers(200, i => i);
        var current = Numbers(200, i => i + 60);
        Write(reference, current);

        var result = Run("column: x");

        var ks = KolmogorovSmirnovTest.Between(Parse(reference), Parse(current));
        result.Method.Should().Be(DriftMethod.KolmogorovSmirnov);
        result.MethodReason.Should().Be("numeric column with 200 values on the smaller side (at most 1,000): a p-value test is meaningful at this size");
        result.Value.Should().Be(ks.PValue);
        result.PValue.Should().Be(ks.PValue);
        result.Statistic.Should().Be(ks.Statistic);
        result.Metric.Name.Should().Be("ks p-value");
        result.Warn.Should().Be(Threshold.AtLeast(0.05));
        result.Fail.Should().Be(Threshold.AtLeast(0.01));
        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().StartWith("auto picked ks; D 0.3, p ");
    }

    [Fact]
    public void Auto_on_a_large_numeric_sample_runs_psi_with_practical_thresholds()
    {
        Write(Numbers(3000, i => i % 100), Numbers(3000, i => (i % 100) + 1));

        var result = Run("column: x");

        result.Method.Should().Be(DriftMethod.Psi);
        result.MethodReason.Should().StartWith("numeric column with 3,000 values on the smaller side (over 1,000)");
        result.PValue.Should().BeNull();
        result.Warn.Should().Be(Threshold.AtMost(0.1));
        result.Fail.Should().Be(Threshold.AtMost(0.25));
        result.Status.Should().Be(CheckStatus.Pass, "a shift of 1 in 100 is practically nothing, whatever a test at 3,000 rows would say");
    }

    [Fact]
    public void Auto_on_a_small_binary_column_runs_the_two_proportion_test()
    {
        Write(Column("flag", Repeat("true", 30).Concat(Repeat("false", 70))), Column("flag", Repeat("true", 60).Concat(Repeat("false", 40))));

        var result = Run("column: flag");

        var z = TwoProportionZTest.FromCounts([70, 30], [40, 60]);
        result.Method.Should().Be(DriftMethod.TwoProportionZ);
        result.Value.Should().Be(z.PValue);
        result.Statistic.Should().Be(z.Statistic);
        result.Evidence.Summary.Should().StartWith("auto picked z; share of 'true' 30.0% → 60.0%: z ");
    }

    [Fact]
    public void A_significant_test_with_too_small_an_effect_passes_and_says_so()
    {
        // 20,000 values a side shifted by 8, 0.069 of their spread: ks fires, the normed wasserstein distance is 0.069.
        Write(Numbers(20_000, i => i % 400), Numbers(20_000, i => (i % 400) + 8));

        var gated = Run("column: x\n    method: ks\n    effect: { method: wasserstein, min: 0.1 }\n    warn: 0.05\n    fail: 0.01");
        var ungated = Run("column: x\n    method: ks\n    warn: 0.05\n    fail: 0.01");

        ungated.Status.Should().Be(CheckStatus.Fail);
        gated.Status.Should().Be(CheckStatus.Pass);
        gated.Value.Should().Be(ungated.Value);
        gated.Evidence.Summary.Should().MatchRegex(@"^p \S+ is significant, but wasserstein 0\.06928 is under the effect minimum 0\.1: statistical, not practical drift; D ");
    }

    [Fact]
    public void A_significant_test_with_a_large_effect_still_fails()
    {
        Write(Numbers(400, i => i), Numbers(400, i => i + 200));

        var result = Run("column: x\n    method: ks\n    effect: { method: wasserstein, min: 0.1 }\n    fail: 0.01");

        result.Status.Should().Be(CheckStatus.Fail);
    }

    [Fact]
    public void A_column_whose_only_change_is_its_null_rate_fails_on_null_share_change()
    {
        var values = Numbers(200, i => i % 50);
        var current = values.Select((v, i) => i % 5 == 0 ? string.Empty : v).ToArray();
        Write(values, current);

        var plain = Run("column: x\n    method: psi\n    fail: 0.25");
        var watched = Run("column: x\n    method: psi\n    null_share_change: { warn: 0.01, fail: 0.05 }\n    fail: 0.25");

        plain.Status.Should().Be(CheckStatus.Pass, "nulls are left out of the distribution");
        plain.Evidence.Summary.Should().Contain("null share 0.0% → 20.0% (p ");
        watched.Status.Should().Be(CheckStatus.Fail);
        watched.Evidence.Summary.Should().EndWith("suspected cause: nulls");
        EvidenceText.Rows(watched.Evidence, "null share").Should().ContainSingle().Which.Should().StartWith("x | 0 | 0.2 | 0.2 | ");
    }

    [Fact]
    public void A_column_null_on_one_side_fails_on_its_null_share_when_the_monitor_watches_it()
    {
        Write(Numbers(10, i => i), Enumerable.Repeat(string.Empty, 10).ToArray());

        var result = Run("column: x\n    method: psi\n    null_share_change: { fail: 0.05 }\n    fail: 0.25");

        result.Status.Should().Be(CheckStatus.Fail);
        result.Value.Should().BeNull();
        result.Evidence.Summary.Should().StartWith("null share 0.0% → 100.0% (p ").And.EndWith("; no non-null values in the current snapshot to compare distributions");
    }

    [Theory]
    [InlineData("constant", "constant column")]
    [InlineData("truncated", "range truncation")]
    [InlineData("scaled", "scale change")]
    [InlineData("shifted", "smooth shift")]
    public void A_drifted_numeric_column_names_its_suspected_cause(string change, string cause)
    {
        var reference = Numbers(1000, i => 100 + (i % 200));
        var current = change switch
        {
            "constant" => Numbers(1000, _ => 150),
            "truncated" => Numbers(1000, i => 100 + (i % 120)),
            "scaled" => Numbers(1000, i => (100 + (i % 200)) / 4.0),
            _ => Numbers(1000, i => 140 + (i % 200)),
        };
        Write(reference, current);

        var result = Run("column: x\n    method: psi\n    fail: 0.25");

        result.Status.Should().NotBe(CheckStatus.Pass);
        result.Evidence.Summary.Should().EndWith("suspected cause: " + cause);
    }

    [Fact]
    public void New_and_lost_categories_are_listed_with_the_share_of_their_sample()
    {
        Write(Column("method", Repeat("card", 90).Concat(Repeat("cheque", 10))), Column("method", Repeat("card", 80).Concat(Repeat("bnpl", 20))));

        var result = Run("column: method\n    method: jensen-shannon\n    fail: 0.2");

        EvidenceText.Rows(result.Evidence, "categories gained or lost").Should().Equal("bnpl | new | 0.2", "cheque | gone | 0.1");
        result.Evidence.Summary.Should().EndWith("suspected cause: new or lost categories");
    }

    [Fact]
    public void Prediction_drift_is_measured_on_the_score_and_on_predicted_class_shares()
    {
        Write(
            "score,label\n" + string.Concat(Enumerable.Range(0, 300).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i / 300.0},{(i < 30 ? "fraud" : "ok")}\n"))),
            "score,label\n" + string.Concat(Enumerable.Range(0, 300).Select(i => string.Create(CultureInfo.InvariantCulture, $"{Math.Sqrt(i / 300.0)},{(i < 90 ? "fraud" : "ok")}\n"))));

        var run = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, """
            datasets:
              - id: ds
                snapshots: { reference: reference.csv, current: current.csv }
                columns:
                  score: { type: double, role: prediction }
                  label: { type: string, role: prediction }
            monitors:
              - id: predictions
                dataset: ds
                check: drift
                roles: [prediction]
                fail: 0.5

            """));

        var result = run.Results.Should().ContainSingle().Subject;
        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().StartWith("2 of 2 columns drifted → act: ").And.Contain("score (prediction) ks p ").And.Contain("label (prediction) z p ");
    }

    private static string[] Numbers(int count, Func<int, double> value) =>
        [.. Enumerable.Range(0, count).Select(i => value(i).ToString("R", CultureInfo.InvariantCulture))];

    private static double[] Parse(string[] values) => [.. values.Select(v => double.Parse(v, CultureInfo.InvariantCulture))];

    private static IEnumerable<string> Repeat(string value, int count) => Enumerable.Repeat(value, count);

    private static string Column(string name, IEnumerable<string> values)
    {
        var text = new StringBuilder(name == "flag" ? "x,flag,method\n" : "x,flag,method\n");
        foreach (var value in values)
        {
            text.Append(name == "flag" ? "1," + value + ",a\n" : "1,true," + value + "\n");
        }

        return text.ToString();
    }

    private void Write(string[] reference, string[] current) =>
        Write("x,flag,method\n" + string.Concat(reference.Select(v => v + ",true,a\n")), "x,flag,method\n" + string.Concat(current.Select(v => v + ",true,a\n")));

    private void Write(string reference, string current)
    {
        directory.Write("reference.csv", reference);
        directory.Write("current.csv", current);
    }

    private CheckResult Run(string monitor)
    {
        var yaml = $$"""
            datasets:
              - id: ds
                snapshots: { reference: reference.csv, current: current.csv }
                columns:
                  x: { type: double }
                  flag: { type: bool }
                  method: { type: string }
            monitors:
              - id: drift
                dataset: ds
                check: drift
                {{monitor}}

            """;

        return new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results.Should().ContainSingle().Subject;
    }
}
