using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Reporting;

namespace MonitorsAsCode.Xunit.Assertions;

/// <summary>Assertions on a whole run: every monitor and gate, or one gate, with the failing monitors' reports in the message.</summary>
public sealed class RunResultAssertions(RunResult? subject) : ReferenceTypeAssertions<RunResult?, RunResultAssertions>(subject)
{
    /// <inheritdoc/>
    protected override string Identifier => "run";

    /// <summary>Asserts that no monitor failed or errored and no gate failed, as <c>monitors run</c> exiting 0 (warnings allowed).</summary>
    [CustomAssertion]
    public AndConstraint<RunResultAssertions> Pass(string because = "", params object[] becauseArgs)
    {
        if (HasSubject(because, becauseArgs))
        {
            var failing = Subject!.Results.Where(r => r.Status is CheckStatus.Fail or CheckStatus.Error).ToList();
            var gates = Subject.Gates.Where(g => g.Status is CheckStatus.Fail or CheckStatus.Error).Select(g => g.Id).ToList();
            var text = $"{failing.Count} monitor(s) failed or errored" + (gates.Count > 0 ? $" and gate(s) {string.Join(", ", gates)} failed" : string.Empty);
            foreach (var result in failing)
            {
                text += "\n\n" + MonitorReport.Describe(result);
            }

            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(!Subject.HasFailures)
                .FailWith("Expected {context:run} to pass{reason}, but {0}", ReportText.Of(text));
        }

        return new AndConstraint<RunResultAssertions>(this);
    }

    /// <summary>Asserts that the gate <paramref name="gateId"/> was judged and passed.</summary>
    [CustomAssertion]
    public AndConstraint<RunResultAssertions> PassGate(string gateId, string because = "", params object[] becauseArgs)
    {
        if (HasSubject(because, becauseArgs))
        {
            var gate = Subject!.Gates.FirstOrDefault(g => string.Equals(g.Id, gateId, StringComparison.Ordinal));
            var judged = Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(gate is not null)
                .FailWith("Expected gate {0} to pass{reason}, but the run judged no such gate.", gateId);
            if (judged)
            {
                new GateResultAssertions(gate, Subject).Pass(because, becauseArgs);
            }
        }

        return new AndConstraint<RunResultAssertions>(this);
    }

    /// <summary>Asserts that the run has a result for <paramref name="monitorId"/>, and gives it for further assertions.</summary>
    [CustomAssertion]
    public AndWhichConstraint<RunResultAssertions, CheckResult> HaveResult(string monitorId, string because = "", params object[] becauseArgs)
    {
        CheckResult? found = null;
        if (HasSubject(because, becauseArgs))
        {
            found = Subject!.Results.FirstOrDefault(r => string.Equals(r.MonitorId, monitorId, StringComparison.Ordinal));
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(found is not null)
                .FailWith("Expected {context:run} to have a result for monitor {0}{reason}, but it has results for {1}.", monitorId, Subject.Results.Select(r => r.MonitorId).ToList());
        }

        return new AndWhichConstraint<RunResultAssertions, CheckResult>(this, found!);
    }

    private bool HasSubject(string because, object[] becauseArgs) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:run} to be a run's result{reason}, but found <null>.");
}
