using System.Text.Json;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary><c>monitors run --memory-limit</c>: a plan that does not fit errors the monitors that need more, by name, and never crashes.</summary>
public sealed class RunMemoryLimitTests
{
    [Fact]
    public void A_limit_too_small_for_the_plan_errors_the_monitors_that_need_more_and_says_why()
    {
        var outcome = FraudScoringExample.Run("--format", "json", "--memory-limit", "16KB");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        var results = outcome.Json().GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("monitor").GetString()!);
        var uniqueness = results["transaction-id-uniqueness"];
        uniqueness.GetProperty("status").GetString().Should().Be("error");
        Summary(uniqueness).Should().Contain("monitor 'transaction-id-uniqueness'").And.Contain("memory limit of 16 KB");
        var drift = results["txn-sum-30d-drift"];
        drift.GetProperty("status").GetString().Should().Be("error");
        Summary(drift).Should().Contain("column 'txn_sum_30d'").And.Contain("would pass the memory limit of 16 KB");
        results["schema"].GetProperty("status").GetString().Should().Be("pass", "monitors that hold nothing still run");
        results["device-type-completeness"].GetProperty("status").GetString().Should().Be("fail");
    }

    [Fact]
    public void A_limit_the_plan_fits_in_changes_no_result()
    {
        var limited = FraudScoringExample.Run("--format", "json", "--memory-limit", "64MB");
        var unlimited = FraudScoringExample.Run("--format", "json");

        limited.ExitCode.Should().Be(unlimited.ExitCode);
        limited.Out.Should().Be(unlimited.Out);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("12XB")]
    [InlineData("-5MB")]
    public void A_limit_that_is_not_a_size_is_refused(string limit)
    {
        var outcome = FraudScoringExample.Run("--memory-limit", limit);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain($"--memory-limit '{limit}' is not a size").And.NotContain("   at ");
    }

    private static string Summary(JsonElement result) => result.GetProperty("evidence").GetString()!;
}
