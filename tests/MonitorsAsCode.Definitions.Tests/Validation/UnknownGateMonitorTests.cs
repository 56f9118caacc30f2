using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class UnknownGateMonitorTests
{
    private const string DriftMonitors = """
        monitors:
          - id: amount-drift
            dataset: fraud-scoring
            check: drift
            column: amount
            fail: 0.25
          - id: score-drift
            dataset: fraud-scoring
            check: drift
            column: score
            fail: 0.25
        """;

    [Fact]
    public void Misspelt_gate_member_is_reported_at_that_item_with_the_nearest_monitor()
    {
        var diagnostics = DiagnoseMonitors(DriftMonitors + """

            gates:
              - id: deploy
                monitors: [amount-drift, score-drfit]
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(14,30): error MAC0011: gate 'deploy' names monitor 'score-drfit', which is not declared (did you mean 'score-drift'?)");
    }

    [Fact]
    public void Gate_member_that_only_shares_a_suffix_with_a_monitor_gets_no_suggestion()
    {
        var diagnostics = DiagnoseMonitors(DriftMonitors + """

            gates:
              - id: deploy
                monitors: [amount-drift, country-drift]
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(14,30): error MAC0011: gate 'deploy' names monitor 'country-drift', which is not declared");
    }

    [Fact]
    public void Gate_in_its_own_file_naming_an_undeclared_monitor_is_reported_at_the_list_item()
    {
        var diagnostics = Diagnose(
            ("datasets.yaml", FraudScoring),
            ("monitors.yaml", DriftMonitors),
            ("gates.yaml", """
                gates:
                  - id: retrain
                    monitors:
                      - amount-drift
                      - label-delay
                """));

        diagnostics.Should().Equal(
            "gates.yaml(5,9): error MAC0011: gate 'retrain' names monitor 'label-delay', which is not declared");
    }

    [Fact]
    public void Gate_with_a_single_member_written_as_text_is_checked_too()
    {
        var diagnostics = Diagnose(
            ("datasets.yaml", FraudScoring),
            ("monitors.yaml", DriftMonitors),
            ("gates.yaml", """
                gates:
                  - id: retrain
                    monitors: label-delay
                """));

        diagnostics.Should().Equal(
            "gates.yaml(3,15): error MAC0011: gate 'retrain' names monitor 'label-delay', which is not declared");
    }

    [Fact]
    public void Gate_naming_monitors_declared_in_another_file_has_no_unknown_monitor_diagnostic()
    {
        var diagnostics = Diagnose(
            ("datasets.yaml", FraudScoring),
            ("monitors.yaml", DriftMonitors),
            ("gates.yaml", """
                gates:
                  - id: deploy
                    monitors: [amount-drift, score-drift]
                """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.UnknownGateMonitor);
    }
}
