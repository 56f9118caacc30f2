using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

/// <summary>Reference windows declared in C# are checked by the analyzer like the YAML ones (MAC0028, MAC0029, through FurtherDefinitionRulesAnalyzer).</summary>
public sealed class ReferenceWindowAnalyzerTests
{
    [Fact]
    public void A_window_on_a_dataset_without_event_time_is_reported_at_the_call()
    {
        var diagnostics = Diagnose(WithBody("""
            var events = m.Dataset("events").Snapshots(reference: null, current: "events/").Column("amount", ColumnType.Double).ReferenceWindow(TimeSpan.FromDays(28), TimeSpan.FromDays(7));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,125): error MAC0028: dataset 'events' has a reference relative to the judged window (the 28d ending 7d before the window), but declares no column with role event_time to place its rows in time");
    }

    [Fact]
    public void A_window_of_no_time_is_reported_at_its_argument_and_a_valid_one_not_at_all()
    {
        var diagnostics = Diagnose(WithBody("""
            var events = m.Dataset("events").Snapshots(reference: null, current: "events/").Column("t", ColumnType.Timestamp, ColumnRole.EventTime).ReferenceWindow(TimeSpan.Zero);
            var weekly = m.Dataset("weekly").Snapshots(reference: null, current: "weekly/").Column("t", ColumnType.Timestamp, ColumnRole.EventTime).SameWeekdayReference(weeks: 4);
            m.Drift("weekly-drift", weekly, "t").Warn(0.1);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,161): error MAC0029: dataset 'events' has a reference window of 0s: it must be longer than 0s, or it holds no rows");
    }
}
