using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class SloPageRunbookRequiredAnalyzerTests
{
    [Fact]
    public void Csharp_slo_paging_without_a_runbook_is_reported_at_the_runbook_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).Page(null);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,83): error MAC0019: SLO 'amount-slo' pages but its page alert has no runbook: whoever is woken needs to know what to do");
    }

    [Fact]
    public void Blank_page_runbook_is_reported_even_when_the_ticket_has_one()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).Page("  ").Ticket("runbooks/slo.md");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,83): error MAC0019: SLO 'amount-slo' pages but its page alert has no runbook: whoever is woken needs to know what to do");
    }

    [Fact]
    public void Page_on_a_local_is_followed()
    {
        var diagnostics = Diagnose(WithBody("""
            var slo = m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28));
            slo.Page("");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(18,18): error MAC0019: SLO 'amount-slo' pages but its page alert has no runbook: whoever is woken needs to know what to do");
    }

    [Fact]
    public void Pages_with_a_runbook_constant_or_not_tickets_without_one_and_slos_that_escape_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).Page("runbooks/slo.md");
            m.Slo("score-slo", data, "score < 0.9", 0.99, TimeSpan.FromDays(28)).Page(Environment.CurrentDirectory).Ticket();
            var kept = new System.Collections.Generic.List<object> { m.Slo("kept-slo", data, "score < 0.9", 0.99, TimeSpan.FromDays(28)).Page(null) };
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new SloPageRunbookRequiredAnalyzer(), DefinitionRules.SloPageRunbookRequired);
    }
}
