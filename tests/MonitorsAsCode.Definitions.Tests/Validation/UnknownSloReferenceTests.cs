using MonitorsAsCode.Definitions.Tests.Slos;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class UnknownSloReferenceTests
{
    private const string Latency = """
        slos:
          - id: scoring-latency
            dataset: fraud-serving
            indicator: { good: "latency_ms <= 120" }
            objective: 0.99
            window: 28d
        """;

    [Fact]
    public void A_gate_naming_an_undeclared_slo_is_reported_at_the_name_with_a_suggestion()
    {
        SloFiles.Diagnose(Latency + "\ngates:\n  - id: deploy\n    monitors: []\n    slos: [scoring-latency, scoring-latncy]\n").Should().Equal(
            "slos.yaml(10,29): error MAC0021: gate 'deploy' names SLO 'scoring-latncy', which is not declared (did you mean 'scoring-latency'?)");
    }

    [Fact]
    public void An_slo_judged_by_an_undeclared_monitor_is_reported_at_the_monitor()
    {
        SloFiles.Diagnose("""
            slos:
              - id: stable
                indicator: { monitor: score-drift }
                time_slice: 1d
                objective: 0.9
                window: 28d
            """).Should().Equal(
            "slos.yaml(3,27): error MAC0021: SLO 'stable' is judged by monitor 'score-drift', which is not declared");
    }

    [Fact]
    public void A_gate_naming_declared_slos_is_fine()
    {
        SloFiles.Diagnose(Latency + "\ngates:\n  - id: deploy\n    monitors: []\n    slos: [scoring-latency]\n").Should().BeEmpty();
    }

    [Fact]
    public void A_gate_naming_an_undeclared_slo_with_a_budget_is_reported_at_the_id()
    {
        SloFiles.Diagnose(Latency + "\ngates:\n  - id: deploy\n    monitors: []\n    slos:\n      - { id: scoring-latncy, budget_remaining: 0.25 }\n").Should().Equal(
            "slos.yaml(11,15): error MAC0021: gate 'deploy' names SLO 'scoring-latncy', which is not declared (did you mean 'scoring-latency'?)");
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.UnknownSloReference);
    }
}
