using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Assertions;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit.Tests.Assertions;

public sealed class GateResultAssertionsTests
{
    private static readonly RunResult Run = new(
        [SampleResults.Drift(CheckStatus.Fail, 2.436), SampleResults.Completeness("amount-completeness", CheckStatus.Pass, 0)],
        [new GateResult("deploy", CheckStatus.Fail, ["txn-sum-30d-drift", "amount-completeness"]) { Blocking = ["txn-sum-30d-drift"] }]);

    [Fact]
    public void Pass_accepts_a_passing_gate()
    {
        new GateResult("deploy", CheckStatus.Pass, ["amount-completeness"]).Should().Pass();
    }

    [Fact]
    public void Pass_on_a_failing_gate_names_the_blocking_monitors()
    {
        var act = () => Run.Gates[0].Should().Pass();

        act.Should().Throw<XunitException>().WithMessage("Expected gate \"deploy\" to pass, but it reported fail, blocked by txn-sum-30d-drift.");
    }

    [Fact]
    public void Pass_with_the_run_carries_each_blocking_monitors_evidence()
    {
        var act = () => Run.Gates[0].Should(Run).Pass("we deploy on {0}", "Friday");

        var message = act.Should().Throw<XunitException>().Which.Message;
        message.Should().StartWith("Expected gate \"deploy\" to pass because we deploy on Friday, but it reported fail, held back by txn-sum-30d-drift (fail):\n\n");
        message.Should().Contain("fail: psi 2.436 (warn 0.1, fail 0.25)").And.Contain("bins that moved most:").And.Contain("(-inf, 583.871] | 0.1             | 0.688801");
        message.Should().NotContain("monitor amount-completeness");
    }

    [Fact]
    public void A_warning_gate_is_not_a_pass_but_has_status_warn()
    {
        var gate = new GateResult("retrain", CheckStatus.Warn, ["txn-sum-30d-drift"]);
        var run = new RunResult([SampleResults.Drift(CheckStatus.Warn, 0.15)], [gate]);

        gate.Should().HaveStatus(CheckStatus.Warn);
        var act = () => gate.Should(run).Pass();
        act.Should().Throw<XunitException>().WithMessage("*reported warn, held back by txn-sum-30d-drift (warn):*warn: psi 0.15*");
    }
}
