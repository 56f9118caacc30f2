using System.Diagnostics.CodeAnalysis;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Reporting;

namespace MonitorsAsCode.Xunit.Assertions;

/// <summary>
/// Assertions on one monitor's result. A failure message carries the monitor's report: its headline
/// (status, value, thresholds, evidence summary) and every evidence table.
/// </summary>
public sealed class CheckResultAssertions(CheckResult? subject) : ReferenceTypeAssertions<CheckResult?, CheckResultAssertions>(subject)
{
    /// <inheritdoc/>
    protected override string Identifier => "result";

    /// <summary>Asserts that the monitor passed (not warned, failed, errored or skipped).</summary>
    [CustomAssertion]
    public AndConstraint<CheckResultAssertions> Pass(string because = "", params object[] becauseArgs) =>
        HaveStatus(CheckStatus.Pass, because, becauseArgs);

    /// <summary>Asserts that the monitor reached <paramref name="expected"/>.</summary>
    [CustomAssertion]
    public AndConstraint<CheckResultAssertions> HaveStatus(CheckStatus expected, string because = "", params object[] becauseArgs)
    {
        if (HasSubject(because, becauseArgs, out var result))
        {
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(result.Status == expected)
                .FailWith(
                    $"Expected monitor {{0}} to {Verb(expected)}{{reason}}, but it reported {CheckStatusWords.Of(result.Status)}:\n{{1}}",
                    result.MonitorId,
                    ReportText.Of(MonitorReport.Describe(result)));
        }

        return new AndConstraint<CheckResultAssertions>(this);
    }

    /// <summary>
    /// Asserts that the monitor measured a value strictly below <paramref name="limit"/>, in the
    /// metric's own unit (a share, a ratio, seconds for freshness).
    /// </summary>
    [CustomAssertion]
    public AndConstraint<CheckResultAssertions> HaveValueBelow(double limit, string because = "", params object[] becauseArgs)
    {
        if (HasSubject(because, becauseArgs, out var result))
        {
            var value = result.Value;
            var actual = value is { } measured ? $"it measured {ValueFormat.Number(measured)}" : "it measured nothing";
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(value is { } v && v < limit)
                .FailWith(
                    $"Expected monitor {{0}} to measure a {result.Metric.Name} below {ValueFormat.Number(limit)}{{reason}}, but {actual}:\n{{1}}",
                    result.MonitorId,
                    ReportText.Of(MonitorReport.Describe(result)));
        }

        return new AndConstraint<CheckResultAssertions>(this);
    }

    private bool HasSubject(string because, object[] becauseArgs, [NotNullWhen(true)] out CheckResult? subject)
    {
        subject = Subject;
        return Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(subject is not null)
            .FailWith("Expected {context:result} to be a monitor's result{reason}, but found <null>.");
    }

    private static string Verb(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warn",
        CheckStatus.Fail => "fail",
        CheckStatus.Error => "error",
        _ => "be skipped",
    };
}
