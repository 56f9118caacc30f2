using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Reporting;

namespace MonitorsAsCode.Xunit.Assertions;

/// <summary>
/// Assertions on a gate's verdict. A failure message names the blocking monitors and, when the run
/// is known (<c>gate.Should(run)</c> or <c>run.Should().PassGate(id)</c>), carries each one's report.
/// </summary>
public sealed class GateResultAssertions(GateResult? subject, RunResult? run = null) : ReferenceTypeAssertions<GateResult?, GateResultAssertions>(subject)
{
    /// <inheritdoc/>
    protected override string Identifier => "gate";

    /// <summary>Asserts that the gate passed: none of its monitors failed, errored or warned.</summary>
    [CustomAssertion]
    public AndConstraint<GateResultAssertions> Pass(string because = "", params object[] becauseArgs) =>
        HaveStatus(CheckStatus.Pass, because, becauseArgs);

    /// <summary>Asserts that the gate reached <paramref name="expected"/>.</summary>
    [CustomAssertion]
    public AndConstraint<GateResultAssertions> HaveStatus(CheckStatus expected, string because = "", params object[] becauseArgs)
    {
        var gate = Subject;
        var present = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(gate is not null)
            .FailWith("Expected {context:gate} to be a gate's result{reason}, but found <null>.");
        if (present && gate is not null)
        {
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(gate.Status == expected)
                .FailWith(
                    $"Expected gate {{0}} to {(expected == CheckStatus.Pass ? "pass" : "report " + CheckStatusWords.Of(expected))}{{reason}}, but it reported {CheckStatusWords.Of(gate.Status)}{{1}}",
                    gate.Id,
                    ReportText.Of(Explain(gate, run)));
        }

        return new AndConstraint<GateResultAssertions>(this);
    }

    /// <summary>Which members held the gate back, with each one's report when the run is known.</summary>
    internal static string Explain(GateResult gate, RunResult? run)
    {
        var members = new List<CheckResult>();
        foreach (var id in gate.Monitors)
        {
            var result = run?.Results.FirstOrDefault(r => string.Equals(r.MonitorId, id, StringComparison.Ordinal));
            if (result is { Status: not CheckStatus.Pass and not CheckStatus.Skipped })
            {
                members.Add(result);
            }
        }

        if (members.Count == 0)
        {
            return gate.Blocking.Count == 0 ? "." : $", blocked by {string.Join(", ", gate.Blocking)}.";
        }

        var text = $", held back by {string.Join(", ", members.Select(m => $"{m.MonitorId} ({CheckStatusWords.Of(m.Status)})"))}:";
        foreach (var member in members)
        {
            text += "\n\n" + MonitorReport.Describe(member);
        }

        return text;
    }
}
