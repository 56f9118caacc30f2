using MonitorsAsCode.Definitions.Tests.Slos;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class SloObjectiveOutOfRangeTests
{
    [Theory]
    [InlineData("99.5", "objective 99.5 is outside (0, 1); it is a share, so write 99.5% as 0.995")]
    [InlineData("1", "objective 1 is outside (0, 1); it is a share, so write 1% as 0.01")]
    [InlineData("0", "objective 0 is outside (0, 1)")]
    [InlineData("-0.5", "objective -0.5 is outside (0, 1)")]
    [InlineData("250", "objective 250 is outside (0, 1): an objective of 1 leaves no error budget, so any bad event would break it")]
    public void An_objective_that_is_not_a_share_strictly_between_0_and_1_is_reported_at_its_value(string objective, string message)
    {
        SloFiles.Diagnose(Slo("objective: " + objective)).Should().Equal($"slos.yaml(6,16): error MAC0016: SLO 'latency': {message}");
    }

    [Fact]
    public void A_time_slice_target_outside_0_to_1_is_reported_too()
    {
        SloFiles.Diagnose(Slo("objective: 0.99\n    budgeting: timeslices\n    time_slice: 5m\n    time_slice_target: 95")).Should().Equal(
            "slos.yaml(9,24): error MAC0016: SLO 'latency': time_slice_target 95 is outside (0, 1); it is a share, so write 95% as 0.95");
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("0.999")]
    [InlineData("0.99999")]
    public void Objectives_strictly_between_0_and_1_are_accepted(string objective)
    {
        SloFiles.Diagnose(Slo("objective: " + objective)).Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.SloObjectiveOutOfRange);
    }

    private static string Slo(string objective) => $"""
        slos:
          - id: latency
            dataset: fraud-serving
            indicator:
              good: "latency_ms <= 120"
            {objective}
            window: 28d
        """;
}
