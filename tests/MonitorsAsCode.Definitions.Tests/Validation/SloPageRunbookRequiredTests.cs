using MonitorsAsCode.Definitions.Tests.Slos;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class SloPageRunbookRequiredTests
{
    [Theory]
    [InlineData("page: { summary: slow }")]
    [InlineData("page: { runbook: \"  \" }")]
    public void A_page_alert_without_a_runbook_is_reported_at_the_page(string page)
    {
        SloFiles.Diagnose(Slo(page)).Should().Equal(
            "slos.yaml(9,13): error MAC0019: SLO 'latency' pages but its page alert has no runbook: whoever is woken needs to know what to do");
    }

    [Fact]
    public void A_page_alert_written_empty_is_reported_too()
    {
        SloFiles.Diagnose(Slo("page:")).Should().Equal(
            "slos.yaml(9,12): error MAC0019: SLO 'latency' pages but its page alert has no runbook: whoever is woken needs to know what to do");
    }

    [Fact]
    public void Ticket_alerts_need_no_runbook_and_a_page_with_one_is_fine()
    {
        SloFiles.Diagnose(Slo("ticket: {}")).Should().BeEmpty();
        SloFiles.Diagnose(Slo("page: { runbook: runbooks/slo-burn.md }")).Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.SloPageRunbookRequired);
    }

    private static string Slo(string alert) => $"""
        slos:
          - id: latency
            dataset: fraud-serving
            indicator:
              good: "latency_ms <= 120"
            objective: 0.99
            window: 28d
            alerting:
              {alert}
        """;
}
