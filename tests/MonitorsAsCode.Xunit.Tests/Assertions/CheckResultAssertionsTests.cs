using FluentAssertions.Execution;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Assertions;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit.Tests.Assertions;

public sealed class CheckResultAssertionsTests
{
    [Fact]
    public void Pass_accepts_a_passing_result()
    {
        var result = SampleResults.Drift(CheckStatus.Pass, 0.002);

        result.Should().Pass().And.HaveValueBelow(0.1);
    }

    [Fact]
    public void Pass_on_a_failing_result_fails_with_its_headline_and_evidence_table()
    {
        var result = SampleResults.Drift(CheckStatus.Fail, 2.436);

        var act = () => result.Should().Pass("the {0} gate needs it", "deploy");

        var message = act.Should().Throw<XunitException>().Which.Message;
        message.Should().StartWith("Expected monitor \"txn-sum-30d-drift\" to pass because the deploy gate needs it, but it reported fail:\n");
        message.Should().Contain("fail: psi 2.436 (warn 0.1, fail 0.25); largest moves: (-inf, 583.871] 10.0% → 68.9%");
        message.Should().Contain("owner risk-ml-oncall; runbook runbooks/feature-drift.md");
        message.Should().Contain("bins that moved most:\n  bin             | reference share | current share\n");
        message.Should().Contain("  (3521.6, +inf)  | 0.1             | 0.00299619");
    }

    [Fact]
    public void A_warning_is_not_a_pass()
    {
        var act = () => SampleResults.Drift(CheckStatus.Warn, 0.15).Should().Pass();

        act.Should().Throw<XunitException>().WithMessage("*to pass, but it reported warn:*warn: psi 0.15 (warn 0.1, fail 0.25)*");
    }

    [Theory]
    [InlineData(CheckStatus.Fail)]
    [InlineData(CheckStatus.Error)]
    [InlineData(CheckStatus.Skipped)]
    public void HaveStatus_accepts_the_status_it_names(CheckStatus status)
    {
        SampleResults.Drift(status, 0.3).Should().HaveStatus(status);
    }

    [Fact]
    public void HaveStatus_names_the_expected_and_actual_status()
    {
        var act = () => SampleResults.Drift(CheckStatus.Pass, 0.01).Should().HaveStatus(CheckStatus.Fail);

        act.Should().Throw<XunitException>().WithMessage("Expected monitor \"txn-sum-30d-drift\" to fail, but it reported pass:\npass: psi 0.01 *");
    }

    [Fact]
    public void HaveValueBelow_fails_at_the_limit_because_below_is_strict()
    {
        var act = () => SampleResults.Drift(CheckStatus.Fail, 0.25).Should().HaveValueBelow(0.25);

        act.Should().Throw<XunitException>()
            .WithMessage("Expected monitor \"txn-sum-30d-drift\" to measure a psi below 0.25, but it measured 0.25:\nfail: psi 0.25 *bins that moved most:*");
    }

    [Fact]
    public void HaveValueBelow_on_a_result_without_a_value_says_it_measured_nothing()
    {
        var act = () => SampleResults.Completeness("amount-completeness", CheckStatus.Error, null).Should().HaveValueBelow(0.5);

        act.Should().Throw<XunitException>()
            .WithMessage("*below 0.5, but it measured nothing:\nerror: null share - (warn 0.01, fail 0.1); column 'amount' is missing from current.csv*");
    }

    [Fact]
    [UseCulture("de-DE")]
    public void Numbers_in_the_message_are_invariant_under_a_german_culture()
    {
        var act = () => SampleResults.Drift(CheckStatus.Fail, 2.436).Should().HaveValueBelow(0.125);

        var message = act.Should().Throw<XunitException>().Which.Message;
        message.Should().Contain("below 0.125, but it measured 2.436").And.Contain("| 0.688801").And.NotContain("0,");
    }

    [Fact]
    public void Braces_in_the_evidence_reach_the_message_as_written()
    {
        var act = () => SampleResults.Drift(CheckStatus.Fail, 1, summary: "value {0} and {reason} and {context:result}").Should().Pass();

        act.Should().Throw<XunitException>().Which.Message.Should().Contain("; value {0} and {reason} and {context:result}\n");
    }

    [Fact]
    public void Failures_inside_an_assertion_scope_are_reported_together()
    {
        var act = () =>
        {
            using var scope = new AssertionScope();
            SampleResults.Drift(CheckStatus.Fail, 2.4).Should().Pass();
            SampleResults.Completeness("amount-completeness", CheckStatus.Fail, 0.2).Should().Pass();
        };

        act.Should().Throw<XunitException>().WithMessage("*txn-sum-30d-drift*amount-completeness*");
    }

    [Fact]
    public void A_null_result_fails_instead_of_throwing_null_reference()
    {
        CheckResult? result = null;

        var act = () => result.Should().Pass();

        act.Should().Throw<XunitException>().WithMessage("Expected result to be a monitor's result, but found <null>.");
    }
}
