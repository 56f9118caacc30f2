using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Rendering.Tests.Results;

public sealed class StatusWordsTests
{
    [Fact]
    public void A_suppressed_failure_says_which_event_suppressed_it_and_other_events_are_listed_apart()
    {
        var results = EventRun.Create().Results;

        StatusWords.WithEvents(results[0]).Should().Be("fail (suppressed: campaign-2026-10; event: deploy-v2)");
        StatusWords.WithEvents(results[1]).Should().Be("pass (event: deploy-v2)");
        StatusWords.WithEvents(results[1] with { Events = [] }).Should().Be("pass");
    }

    [Fact]
    public void The_summary_counts_suppressed_results_only_when_there_are_some()
    {
        var run = EventRun.Create();

        StatusWords.Summary(run).Should().Be("3 monitors: 1 pass, 1 warn, 1 fail, 0 error, 0 skipped, 2 suppressed");
        StatusWords.Summary(run with { Results = [run.Results[1]] }).Should().Be("1 monitor: 1 pass, 0 warn, 0 fail, 0 error, 0 skipped");
    }
}
