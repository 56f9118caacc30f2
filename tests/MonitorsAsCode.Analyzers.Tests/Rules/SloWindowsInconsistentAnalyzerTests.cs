using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class SloWindowsInconsistentAnalyzerTests
{
    [Fact]
    public void Window_that_is_not_whole_minutes_is_reported_at_the_window_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromSeconds(90));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,55): error MAC0018: SLO 'amount-slo': window 1m30s must be a positive whole number of minutes");
    }

    [Fact]
    public void Time_slice_that_does_not_divide_the_window_is_reported_at_the_slice()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).TimeSlices(TimeSpan.FromMinutes(11));
            m.Slo("week-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).Calendar(MonitorsAsCode.Definitions.Slos.CalendarPeriod.Week).TimeSlices(TimeSpan.FromDays(3));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,89): error MAC0018: SLO 'amount-slo': time_slice 11m does not divide the 28d window into whole slices",
            "Monitors.cs(18,149): error MAC0018: SLO 'week-slo': time_slice 3d does not divide the calendar week window into whole slices");
    }

    [Fact]
    public void Burn_rate_window_with_the_short_window_longer_is_reported_at_its_windows_and_a_share_above_one_at_the_share()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).Ticket().BurnRate(MonitorsAsCode.Definitions.Slos.AlertSeverity.Ticket, TimeSpan.FromHours(1), TimeSpan.FromHours(2), 1.5);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,150): error MAC0018: SLO 'amount-slo': the ticket window 1h/2h needs a short window shorter than its long window",
            "Monitors.cs(17,196): error MAC0008: SLO 'amount-slo': the ticket window 1h/2h has budget_consumed 1.5, outside what a share of the budget can take (above 0, up to 1)");
    }

    [Fact]
    public void Default_burn_rate_windows_longer_than_the_objective_window_are_reported_at_the_alert()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromHours(12)).Ticket();
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,79): error MAC0018: SLO 'amount-slo': the ticket window 1d/2h is not shorter than the 12h window of the objective; declare 'alerting.windows' that fit it",
            "Monitors.cs(17,79): error MAC0018: SLO 'amount-slo': the ticket window 3d/6h is not shorter than the 12h window of the objective; declare 'alerting.windows' that fit it");
    }

    [Fact]
    public void Maintenance_window_ending_before_it_starts_is_reported_at_its_end()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).Ticket().Maintenance("release", new TimeSpan(6, 0, 0), new TimeSpan(5, 0, 0));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,133): error MAC0018: SLO 'amount-slo': maintenance window 'release' ends before it starts; split a window that crosses midnight in two");
    }

    [Fact]
    public void Windows_that_fit_or_are_not_constants_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).TimeSlices(TimeSpan.FromMinutes(5)).Page("runbooks/slo.md").Ticket();
            m.Slo("score-slo", data, "score < 0.9", 0.99, TimeSpan.FromDays(Environment.ProcessorCount)).TimeSlices(TimeSpan.FromMinutes(11));
            m.Slo("slice-slo", data, "score < 0.9", 0.99, TimeSpan.FromDays(28)).TimeSlices(TimeSpan.FromMinutes(Environment.ProcessorCount)).Ticket();
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new SloWindowsInconsistentAnalyzer(), DefinitionRules.SloWindowsInconsistent);
    }
}
