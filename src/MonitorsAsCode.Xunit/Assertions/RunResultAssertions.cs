using System.Diagnostics.CodeAnalysis;
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
        if (HasSubject(because, becauseArgs, out var run))
        {
            var failing = run.Results.Where(r => r.CountedStatus is CheckStatus.Fail or CheckStatus.Error).ToList();
            var gates = run.Gates.Where(g => g.Status is CheckStatus.Fail or CheckStatus.Error).Select(g => g.Id).ToList();
            var text = $"{failing.Count} monitor(s) failed or errored" + (gates.Count > 0 ? $" and gate(s) {string.Join(", ", gates)} failed" : string.Empty);
            foreach (var result in failing)
            {
                text += "\n\n" + MonitorReport.Describe(result);
            }

            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(!run.HasFailures)
                .FailWith("Expected {context:run} to pass{reason}, but {0}", ReportText.Of(text));
        }

        return new AndConstraint<RunResultAssertions>(this);
    }

    /// <summary>Asserts that the gate <paramref name="gateId"/> was judged and passed.</summary>
    [CustomAssertion]
    public AndConstraint<RunResultAssertions> PassGate(string gateId, string because = "", params object[] becauseArgs)
    {
        if (HasSubject(because, becauseArgs, out var run))
        {
            var gate = run.Gates.FirstOrDefault(g => string.Equals(g.Id, gateId, StringComparison.Ordinal));
            var judged = Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(gate is not null)
                .FailWith("Expected gate {0} to pass{reason}, but the run judged no such gate.", gateId);
            if (judged)
            {
                new GateResultAssertions(gate, run).Pass(because, becauseArgs);
            }
        }

        return new AndConstraint<RunResultAssertions>(this);
    }

    /// <summary>Asserts that the run has a result for <paramref name="monitorId"/>, and gives it for further assertions.</summary>
    [CustomAssertion]
    public AndWhichConstraint<RunResultAssertions, CheckResult> HaveResult(string monitorId, string because = "", params object[] becauseArgs)
    {
        CheckResult? found = null;
        if (HasSubject(because, becauseArgs, out var run))
        {
            found = run.Results.FirstOrDefault(r => string.Equals(r.MonitorId, monitorId, StringComparison.Ordinal));
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(found is not null)
                .FailWith("Expected {context:run} to have a result for monitor {0}{reason}, but it has results for {1}.", monitorId, run.Results.Select(r => r.MonitorId).ToList());
        }

        // Null only when the assertion above failed inside an AssertionScope, which reports it; Which is then unusable, as in FluentAssertions.
        return new AndWhichConstraint<RunResultAssertions, CheckResult>(this, found!);
    }

    private bool HasSubject(string because, object[] becauseArgs, [NotNullWhen(true)] out RunResult? subject)
    {
        subject = Subject;
        return Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(subject is not null)
            .FailWith("Expected {context:run} to be a run's result{reason}, but found <null>.");
    }
}
