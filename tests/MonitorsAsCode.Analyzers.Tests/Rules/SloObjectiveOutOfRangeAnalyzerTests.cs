using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class SloObjectiveOutOfRangeAnalyzerTests
{
    [Fact]
    public void Csharp_slo_objective_above_one_is_reported_at_the_objective_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", objective: 1.5, window: TimeSpan.FromDays(28)).Ticket();
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,60): error MAC0016: SLO 'amount-slo': objective 1.5 is outside (0, 1); it is a share, so write 1.5% as 0.015");
    }

    [Fact]
    public void Objective_written_as_a_percentage_and_a_time_slice_target_of_zero_are_each_reported_at_their_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", objective: 99.5, window: TimeSpan.FromDays(28)).TimeSlices(TimeSpan.FromMinutes(5), target: 0);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,60): error MAC0016: SLO 'amount-slo': objective 99.5 is outside (0, 1); it is a share, so write 99.5% as 0.995",
            "Monitors.cs(17,141): error MAC0016: SLO 'amount-slo': time_slice_target 0 is outside (0, 1)");
    }

    [Fact]
    public void Monitor_slo_objective_of_one_is_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Completeness("amount-nulls", data, "amount").Fail(0.01);
            m.MonitorSlo("nulls-slo", "amount-nulls", TimeSpan.FromDays(1), 1, TimeSpan.FromDays(28));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(18,73): error MAC0016: SLO 'nulls-slo': objective 1 is outside (0, 1); it is a share, so write 1% as 0.01");
    }

    [Fact]
    public void Objectives_in_range_or_not_constant_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", objective: 0.995, window: TimeSpan.FromDays(28)).Ticket();
            m.Slo("score-slo", data, "score < 0.9", objective: Environment.ProcessorCount * 2.0, window: TimeSpan.FromDays(28));
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new SloObjectiveOutOfRangeAnalyzer(), DefinitionRules.SloObjectiveOutOfRange);
    }
}
