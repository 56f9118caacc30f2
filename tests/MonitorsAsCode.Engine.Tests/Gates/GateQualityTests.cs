using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Running;

namespace MonitorsAsCode.Engine.Tests.Gates;

[UseCulture("de-DE")]
public sealed class GateQualityTests : IDisposable
{
    // user-unique passes, amount-nulls passes, hour-valid fails (hour 25), amount-drift warns, country-nulls fails (one empty country).
    private const string Definitions = $$"""
        datasets:
          - id: payments
            snapshots: { reference: payments-reference.csv, current: payments-current.csv }
            columns:
              id: { type: string, role: id }
              amount: { type: double }
              hour: { type: int64 }
              country: { type: string, role: other }
        monitors:
          - id: id-unique
            dataset: payments
            check: uniqueness
            column: id
            fail: 0
        {{PaymentsExample.Monitors}}
        gates:
          - id: enough
            monitors: [id-unique, amount-nulls, hour-valid]
            quality: { min: 0.6 }
          - id: too-low
            monitors: [id-unique, amount-nulls, hour-valid]
            quality: { min: 0.7 }
          - id: weighted
            monitors: [amount-nulls, hour-valid]
            quality: { min: 0.75, weights: { completeness: 3, validity: 1 } }
          - id: hard
            monitors: [id-unique, amount-nulls, hour-valid]
            quality: { min: 0.5 }
            hard: [hour-valid]
          - id: unscored
            monitors: [amount-drift, amount-nulls]
            quality: { min: 0.9 }
          - id: plain
            monitors: [amount-drift, amount-nulls]
          - id: advisory
            mode: advisory
            monitors: [hour-valid]
        """;

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();
    private readonly RecordingSnapshotOpener opener = new();

    public GateQualityTests()
    {
        directory.Write("payments-reference.csv", "id,amount,hour,country\na,1,1,de\nb,2,2,de\nc,3,3,de\nd,4,4,de\n");
        directory.Write("payments-current.csv", PaymentsExample.CurrentCsv);
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public void The_score_is_the_weighted_mean_of_pass_one_warn_half_and_fail_or_error_zero()
    {
        var quality = new GateQuality(0.9) { Completeness = 2, Validity = 1, Uniqueness = 0, Freshness = 1 };
        var members = new[]
        {
            (CheckKind.Completeness, CheckStatus.Pass),   // 2 × 1
            (CheckKind.Completeness, CheckStatus.Warn),   // 2 × 0.5
            (CheckKind.Validity, CheckStatus.Fail),       // 1 × 0
            (CheckKind.Freshness, CheckStatus.Error),     // 1 × 0
            (CheckKind.Uniqueness, CheckStatus.Fail),     // weight 0: not counted
            (CheckKind.Drift, CheckStatus.Fail),          // not a quality kind
            (CheckKind.Completeness, CheckStatus.Skipped), // skipped: not counted
        };

        StatusPolicy.QualityScore(members, quality).Should().Be(3.0 / 6.0);
    }

    [Fact]
    public void Without_scored_members_there_is_no_score()
    {
        StatusPolicy.QualityScore([(CheckKind.Drift, CheckStatus.Pass), (CheckKind.Validity, CheckStatus.Skipped)], new GateQuality(0.5)).Should().BeNull();
    }

    [Fact]
    public void A_failing_scored_member_only_warns_the_gate_while_the_score_reaches_the_minimum()
    {
        var gate = Gate("enough");

        gate.Quality.Should().BeApproximately(2.0 / 3.0, 1e-12);
        gate.QualityMin.Should().Be(0.6);
        gate.Status.Should().Be(CheckStatus.Warn);
        gate.Blocking.Should().BeEmpty();
    }

    [Fact]
    public void A_score_below_the_minimum_fails_the_gate_blocked_by_the_failing_scored_members()
    {
        var gate = Gate("too-low");

        gate.Quality.Should().BeApproximately(2.0 / 3.0, 1e-12);
        gate.Status.Should().Be(CheckStatus.Fail);
        gate.Blocking.Should().Equal("hour-valid");
    }

    [Fact]
    public void Weights_come_from_the_definition_and_a_score_equal_to_the_minimum_passes_it()
    {
        var gate = Gate("weighted");

        gate.Quality.Should().Be(0.75);
        gate.Status.Should().Be(CheckStatus.Warn);
    }

    [Fact]
    public void A_failing_hard_member_blocks_whatever_the_score()
    {
        var gate = Gate("hard");

        gate.Quality.Should().BeApproximately(2.0 / 3.0, 1e-12);
        gate.Status.Should().Be(CheckStatus.Fail);
        gate.Blocking.Should().Equal("hour-valid");
    }

    [Fact]
    public void Members_of_unscored_kinds_are_judged_as_usual()
    {
        var gate = Gate("unscored");

        gate.Quality.Should().Be(1);
        gate.Status.Should().Be(CheckStatus.Warn);
    }

    [Fact]
    public void A_gate_without_quality_has_no_score_and_is_blocking()
    {
        var gate = Gate("plain");

        gate.Quality.Should().BeNull();
        gate.QualityMin.Should().BeNull();
        gate.Mode.Should().Be(GateMode.Blocking);
    }

    [Fact]
    public void A_selected_advisory_gate_reports_its_failure_but_does_not_fail_the_run()
    {
        var run = Run(new RunOptions { Gate = "advisory" });

        var gate = run.Gates.Should().ContainSingle().Subject;
        gate.Mode.Should().Be(GateMode.Advisory);
        gate.Status.Should().Be(CheckStatus.Fail);
        run.SelectedGate.Should().Be("advisory");
        run.Fails(FailOn.Fail).Should().BeFalse();
        run.Fails(FailOn.Warn).Should().BeFalse();
        run.HasFailures.Should().BeTrue();
    }

    [Fact]
    public void A_selected_blocking_gate_decides_the_run_and_fail_on_warn_counts_its_warning()
    {
        var run = Run(new RunOptions { Gate = "plain" });

        run.Gates.Single().Status.Should().Be(CheckStatus.Warn);
        run.Fails(FailOn.Fail).Should().BeFalse();
        run.Fails(FailOn.Warn).Should().BeTrue();
    }

    [Fact]
    public void A_selected_quality_gate_that_reaches_its_minimum_passes_the_run_despite_a_failing_member()
    {
        var run = Run(new RunOptions { Gate = "enough" });

        run.Results.Should().Contain(r => r.Status == CheckStatus.Fail);
        run.Fails(FailOn.Fail).Should().BeFalse();
        run.Fails(FailOn.Warn).Should().BeTrue();
        Run(new RunOptions { Gate = "too-low" }).Fails(FailOn.Fail).Should().BeTrue();
    }

    [Fact]
    public void Without_a_selected_gate_any_failing_monitor_still_fails_the_run()
    {
        var run = Run();

        run.SelectedGate.Should().BeNull();
        run.Fails(FailOn.Fail).Should().BeTrue();
    }

    [Fact]
    public void An_advisory_gates_own_verdict_does_not_fail_a_run_whose_monitors_only_warn()
    {
        var result = new RunResult(
            [],
            [new GateResult("g", CheckStatus.Fail, []) { Mode = GateMode.Advisory }, new GateResult("h", CheckStatus.Warn, [])]);

        result.Fails(FailOn.Fail).Should().BeFalse();
        result.Fails(FailOn.Warn).Should().BeTrue();
        (result with { Gates = [result.Gates[0]] }).Fails(FailOn.Warn).Should().BeFalse();
    }

    private GateResult Gate(string id) => Run().Gates.Single(g => g.Id == id);

    private RunResult Run(RunOptions? options = null) =>
        new MonitorRunner(opener.Open).Run(ValidDefinitions.Load(directory.Root, Definitions), options);
}
