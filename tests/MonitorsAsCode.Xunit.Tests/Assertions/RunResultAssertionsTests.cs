using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Assertions;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit.Tests.Assertions;

public sealed class RunResultAssertionsTests
{
    private static readonly RunResult Failing = new(
        [SampleResults.Drift(CheckStatus.Fail, 2.436), SampleResults.Completeness("amount-completeness", CheckStatus.Warn, 0.05)],
        [new GateResult("deploy", CheckStatus.Fail, ["txn-sum-30d-drift"]) { Blocking = ["txn-sum-30d-drift"] }, new GateResult("report", CheckStatus.Warn, ["amount-completeness"])]);

    [Fact]
    public void Pass_allows_warnings_as_the_cli_exit_code_does()
    {
        var run = new RunResult([SampleResults.Completeness("amount-completeness", CheckStatus.Warn, 0.05)], []);

        run.Should().Pass();
    }

    [Fact]
    public void Pass_lists_each_failing_monitor_with_its_report_and_the_failing_gates()
    {
        var act = () => Failing.Should().Pass();

        var message = act.Should().Throw<XunitException>().Which.Message;
        // FluentAssertions names the subject from the caller's source when it can read it ("Failing"),
        // and falls back to the assertion's own word ("run") in builds whose source paths are mapped (CI=true).
        message.Should().MatchRegex(@"^Expected (Failing|run) to pass, but 1 monitor\(s\) failed or errored and gate\(s\) deploy failed\n\nfail: psi 2\.436");
        message.Should().Contain("bins that moved most:").And.NotContain("amount-completeness");
    }

    [Fact]
    public void PassGate_carries_the_blocking_monitors_evidence()
    {
        var act = () => Failing.Should().PassGate("deploy");

        act.Should().Throw<XunitException>().WithMessage("Expected gate \"deploy\" to pass, but it reported fail, held back by txn-sum-30d-drift (fail):*(3521.6, +inf)*");
    }

    [Fact]
    public void PassGate_of_a_gate_the_run_did_not_judge_fails_saying_so()
    {
        var act = () => Failing.Should().PassGate("retrain");

        act.Should().Throw<XunitException>().WithMessage("Expected gate \"retrain\" to pass, but the run judged no such gate.");
    }

    [Fact]
    public void HaveResult_gives_the_monitor_for_further_assertions()
    {
        Failing.Should().HaveResult("amount-completeness").Which.Should().HaveStatus(CheckStatus.Warn);

        var act = () => Failing.Should().HaveResult("txn-sum-30d-drift").Which.Should().Pass();
        act.Should().Throw<XunitException>().WithMessage("*txn-sum-30d-drift*bins that moved most:*");
    }
}
