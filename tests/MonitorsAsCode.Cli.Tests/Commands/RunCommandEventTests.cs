namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// Known events through the command: a freshness failure during a suppressing event is reported with its measured
/// status but does not fail the run; an event with its dates reversed is a definitions error at its line.
/// The newest order in <see cref="DefinitionsFolder.Snapshot"/> was placed at 2026-01-01T12:00:00Z; freshness fails past 36h.
/// </summary>
public sealed class RunCommandEventTests
{
    private const string Outage = """
        events:
          - id: upstream-outage
            from: 2026-01-03
            to: 2026-01-03
            kind: outage
            datasets: [orders]
            effect: suppress
            description: the order feed was down
        """;

    [Fact]
    public void A_failure_during_a_suppressing_event_is_reported_but_the_run_passes()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("events.yaml", Outage);

        var outcome = CommandLine.Run("run", folder.FullPath, "--as-of", "2026-01-03T12:00:00Z");
        var json = CommandLine.Run("run", folder.FullPath, "--format", "json", "--as-of", "2026-01-03T12:00:00Z");

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Out + outcome.Error);
        outcome.Out.Should().Contain("FAIL (suppressed: upstream-outage)").And.Contain("1 suppressed");
        var freshness = json.Json().GetProperty("results").EnumerateArray().Single(r => r.GetProperty("monitor").GetString() == "orders-freshness");
        freshness.GetProperty("status").GetString().Should().Be("fail");
        freshness.GetProperty("suppressed_by")[0].GetString().Should().Be("upstream-outage");
    }

    [Fact]
    public void After_the_event_the_same_failure_fails_the_run()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("events.yaml", Outage);

        var outcome = CommandLine.Run("run", folder.FullPath, "--as-of", "2026-01-04T00:00:00Z");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        outcome.Out.Should().NotContain("suppressed");
    }

    [Fact]
    public void An_event_ending_before_it_starts_is_reported_at_its_line_and_nothing_runs()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("events.yaml", Outage.Replace("from: 2026-01-03", "from: 2026-01-05", StringComparison.Ordinal));

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        (outcome.Out + outcome.Error).Should().Contain("events.yaml(4,9): error MAC0033: event 'upstream-outage' ends at 2026-01-04T00:00:00Z, not after it starts at 2026-01-05T00:00:00Z");
    }
}
