using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Running;

[UseCulture("de-DE")]
public sealed class MonitorRunnerTests : IDisposable
{
    // One monitor per verdict: pass, fail, warn, skipped (disabled) and error (its column is not in the file).
    private const string Definitions = $$"""
        datasets:
          - id: payments
            snapshots: { reference: payments-reference.csv, current: payments-current.csv }
            columns:
              id: { type: string, role: id }
              amount: { type: double }
              hour: { type: int64 }
              country: { type: string, role: other }
              missing: { type: double }
          - id: clicks
            snapshots: { current: clicks.csv }
            columns:
              user: { type: string, role: id }
        monitors:
          - id: user-unique
            dataset: clicks
            check: uniqueness
            column: user
            fail: 0
        {{PaymentsExample.Monitors}}    enabled: false
          - id: missing-nulls
            dataset: payments
            check: completeness
            column: missing
            fail: 0.5
        gates:
          - id: deploy
            monitors: [amount-drift, amount-nulls]
          - id: train
            monitors: [hour-valid, amount-nulls, amount-drift]
          - id: broken
            monitors: [missing-nulls, amount-nulls]
          - id: quiet
            monitors: [country-nulls, user-unique]
          - id: empty
            monitors: []
        """;

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();
    private readonly RecordingSnapshotOpener opener = new();

    public MonitorRunnerTests()
    {
        directory.Write("payments-reference.csv", "id,amount,hour,country,missing\na,1,1,de,1\nb,2,2,de,1\nc,3,3,de,1\nd,4,4,de,1\n");
        directory.Write("payments-current.csv", PaymentsExample.CurrentCsv);
        directory.Write("clicks.csv", "user\nu1\nu2\nu3\n");
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Every_monitor_gets_its_verdict()
    {
        var run = Run();

        run.Results.Select(r => (r.MonitorId, r.Status)).Should().Equal(
            ("user-unique", CheckStatus.Pass),
            ("amount-nulls", CheckStatus.Pass),
            ("hour-valid", CheckStatus.Fail),
            ("amount-drift", CheckStatus.Warn),
            ("country-nulls", CheckStatus.Skipped),
            ("missing-nulls", CheckStatus.Error));
        run.HasFailures.Should().BeTrue();
        run.Count(CheckStatus.Pass).Should().Be(2);
    }

    [Fact]
    public void Results_come_in_definition_order_across_datasets()
    {
        var run = Run();

        run.Results.Select(r => r.MonitorId).Should().Equal("user-unique", "amount-nulls", "hour-valid", "amount-drift", "country-nulls", "missing-nulls");
        run.Results.Select(r => r.DatasetId).Should().Equal("clicks", "payments", "payments", "payments", "payments", "payments");
    }

    [Fact]
    public void A_result_carries_its_monitors_thresholds_and_description()
    {
        var drift = Run().Results.Single(r => r.MonitorId == "amount-drift");

        drift.Columns.Should().Equal("amount");
        drift.Warn.Should().Be(MonitorsAsCode.Definitions.Monitors.Threshold.AtMost(0.1));
        drift.Fail.Should().Be(MonitorsAsCode.Definitions.Monitors.Threshold.AtMost(100));
        drift.Method.Should().Be(MonitorsAsCode.Definitions.Monitors.DriftMethod.Psi);
        drift.Metric.Name.Should().Be("psi");
        Run().Results.Single(r => r.MonitorId == "hour-valid").Method.Should().BeNull();
    }

    [Fact]
    public void A_disabled_monitor_is_skipped_without_a_value_and_its_column_is_not_read()
    {
        var run = Run();

        var skipped = run.Results.Single(r => r.MonitorId == "country-nulls");
        skipped.Status.Should().Be(CheckStatus.Skipped);
        skipped.Value.Should().BeNull();
        skipped.Evidence.Summary.Should().Be("disabled in its definition");
        opener.Scans.SelectMany(s => s.Columns).Select(c => c.Name).Should().NotContain("country");
    }

    [Fact]
    public void A_gate_fails_when_a_member_fails_or_errors_warns_when_one_warns_and_passes_otherwise()
    {
        var gates = Run().Gates.ToDictionary(g => g.Id);

        gates["deploy"].Status.Should().Be(CheckStatus.Warn);
        gates["deploy"].Blocking.Should().BeEmpty();
        gates["train"].Status.Should().Be(CheckStatus.Fail);
        gates["train"].Blocking.Should().Equal("hour-valid");
        gates["broken"].Status.Should().Be(CheckStatus.Fail);
        gates["broken"].Blocking.Should().Equal("missing-nulls");
        gates["quiet"].Status.Should().Be(CheckStatus.Pass, "a skipped member neither blocks nor warns");
        gates["empty"].Status.Should().Be(CheckStatus.Pass);
        gates["train"].Monitors.Should().Equal("hour-valid", "amount-nulls", "amount-drift");
    }

    [Fact]
    public void Gates_are_reported_in_definition_order()
    {
        Run().Gates.Select(g => g.Id).Should().Equal("deploy", "train", "broken", "quiet", "empty");
    }

    [Fact]
    public void Selecting_a_gate_runs_only_its_monitors_in_definition_order_and_reports_only_that_gate()
    {
        var run = Run(new RunOptions { Gate = "deploy" });

        run.Results.Select(r => r.MonitorId).Should().Equal("amount-nulls", "amount-drift");
        run.Gates.Should().ContainSingle().Which.Should().Match<GateResult>(g => g.Id == "deploy" && g.Status == CheckStatus.Warn);
        run.HasFailures.Should().BeFalse();
        opener.Opened.Should().NotContain(directory.PathOf("clicks.csv"), "no monitor of the selected gate is on the clicks dataset");
        opener.Scans.SelectMany(s => s.Columns).Select(c => c.Name).Should().NotContain("hour");
    }

    [Fact]
    public void Selecting_a_gate_of_monitors_that_need_no_reference_does_not_read_it()
    {
        var run = Run(new RunOptions { Gate = "quiet" });

        run.Results.Select(r => (r.MonitorId, r.Status)).Should().Equal(("user-unique", CheckStatus.Pass), ("country-nulls", CheckStatus.Skipped));
        opener.Opened.Should().NotContain(directory.PathOf("payments-reference.csv"));
    }

    [Fact]
    public void Selecting_an_undeclared_gate_is_an_argument_error()
    {
        var act = () => Run(new RunOptions { Gate = "nope" });

        act.Should().Throw<ArgumentException>().WithMessage("gate 'nope' is not declared*");
        opener.Opened.Should().BeEmpty();
    }

    [Fact]
    public void Running_twice_gives_equal_results()
    {
        var first = Run();
        var second = Run();

        second.Should().BeEquivalentTo(first, options => options.WithStrictOrdering());
        second.Results.Select(r => r.Value).Should().Equal(first.Results.Select(r => r.Value));
        second.Results.Select(r => r.Evidence.Summary).Should().Equal(first.Results.Select(r => r.Evidence.Summary));
    }

    [Fact]
    public void A_run_of_no_monitors_reads_nothing()
    {
        var definitions = ValidDefinitions.Load(directory.Root, Definitions) with { Monitors = [], Gates = [] };

        var run = new MonitorRunner(opener.Open).Run(definitions);

        run.Results.Should().BeEmpty();
        run.HasFailures.Should().BeFalse();
        opener.Opened.Should().BeEmpty();
    }

    private RunResult Run(RunOptions? options = null) =>
        new MonitorRunner(opener.Open).Run(ValidDefinitions.Load(directory.Root, Definitions), options);
}
