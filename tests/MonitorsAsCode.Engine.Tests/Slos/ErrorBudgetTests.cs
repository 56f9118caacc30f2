using MonitorsAsCode.Engine.Slos;

namespace MonitorsAsCode.Engine.Tests.Slos;

public sealed class ErrorBudgetTests
{
    [Fact]
    public void The_budget_is_the_share_of_events_allowed_to_be_bad()
    {
        new ErrorBudget(0.995).Allowed.Should().BeApproximately(0.005, 1e-15);
    }

    [Theory]
    // 0.5% errors against a 99.5% objective spend the budget exactly as fast as it accrues.
    [InlineData(0.995, 0.005, 1.0)]
    // 1.44% errors against 99.9%: the SRE workbook's fast-burn page threshold, 14.4.
    [InlineData(0.999, 0.0144, 14.4)]
    [InlineData(0.99, 0.0, 0.0)]
    [InlineData(0.99, 1.0, 100.0)]
    public void The_burn_rate_is_the_error_ratio_over_the_budget(double objective, double errorRatio, double burn)
    {
        new ErrorBudget(objective).BurnRate(errorRatio).Should().BeApproximately(burn, 1e-9);
    }

    [Theory]
    // 31 bad of 10,000 against 99.5%: 0.31% of 0.5%, 62% spent, 38% left.
    [InlineData(0.995, 31.0 / 10_000, 0.38)]
    [InlineData(0.995, 0.0, 1.0)]
    // 1% errors against 99.5% spend the budget twice: 100% over.
    [InlineData(0.995, 0.01, -1.0)]
    public void The_budget_remaining_is_one_minus_the_share_spent_and_negative_when_the_objective_is_missed(double objective, double errorRatio, double remaining)
    {
        new ErrorBudget(objective).Remaining(errorRatio).Should().BeApproximately(remaining, 1e-9);
    }
}
