using System.Security.Cryptography;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// <c>monitors render --history</c>: trends on the monitor pages and history panels on the dashboards, read from a store
/// that is never created or changed; a store the definitions name but no run has created yet leaves the pages as they
/// were, with a note; history show marks the definitions' events.
/// </summary>
[UseCulture("de-DE")]
public sealed class RenderCommandHistoryTests : IDisposable
{
    private readonly DefinitionsFolder folder = DefinitionsFolder.Orders();

    // Outside the definitions folder, whose every YAML file is read as definitions.
    private readonly TemporaryDirectory output = TemporaryDirectory.Create();

    private string Store => folder.PathOf("monitors-history.db");

    private string Out => output.PathOf("out");

    public void Dispose()
    {
        folder.Dispose();
        output.Dispose();
    }

    [Fact]
    public void Render_with_a_history_adds_trends_and_history_panels_and_leaves_the_store_untouched()
    {
        CommandLine.Run("run", folder.FullPath, "--history", Store, "--as-of", "2026-01-02").ExitCode.Should().Be(0);
        CommandLine.Run("run", folder.FullPath, "--history", Store, "--as-of", "2026-01-03").ExitCode.Should().Be(0);
        var bytes = SHA256.HashData(File.ReadAllBytes(Store));

        var outcome = CommandLine.Run("render", folder.FullPath, "--out", Out, "--history", Store, "--trend-windows", "5");

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        var page = File.ReadAllText(Path.Combine(Out, "wiki", "monitor-amount-completeness.md"));
        page.Should().Contain("\n## Trend\n\namount-completeness: null share over the last 2 of 2 recorded windows, as of 2026-01-02T00:00:00Z to as of 2026-01-03T00:00:00Z");
        page.Should().Contain("| as of 2026-01-03T00:00:00Z | pass | 0 | 0.1 | 0.5 |  |");
        File.ReadAllText(Path.Combine(Out, "grafana", "orders.json")).Should().Contain("\"query\": \"frser-sqlite-datasource\"").And.Contain("FROM history_entry");
        SHA256.HashData(File.ReadAllBytes(Store)).Should().Equal(bytes, "rendering only reads the store");
    }

    [Fact]
    public void A_missing_store_given_with_history_is_an_error_and_nothing_is_created()
    {
        var outcome = CommandLine.Run("render", folder.FullPath, "--out", Out, "--history", Store);

        outcome.ShouldBeUserError(ExitCodes.HistoryUnreadable);
        outcome.Error.Should().Contain("does not exist");
        File.Exists(Store).Should().BeFalse("rendering never creates a store");
        Directory.Exists(Out).Should().BeFalse("nothing is written");
    }

    [Fact]
    public void A_store_the_definitions_name_that_does_not_exist_yet_leaves_the_pages_without_trends()
    {
        CommandLine.Run("render", folder.FullPath, "--out", output.PathOf("before")).ExitCode.Should().Be(0);
        folder.Write("history.yaml", "history: { store: monitors-history.db }\n");

        var outcome = CommandLine.Run("render", folder.FullPath, "--out", Out);

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.Error.Should().Contain("note: the history store '").And.Contain("monitors-history.db' that the definitions name does not exist yet; the pages are rendered without trends");
        File.Exists(Store).Should().BeFalse();
        File.ReadAllText(Path.Combine(Out, "wiki", "monitor-amount-completeness.md")).Should().Be(File.ReadAllText(Path.Combine(output.PathOf("before"), "wiki", "monitor-amount-completeness.md")));
    }

    [Fact]
    public void Trend_windows_0_reads_no_history_at_all()
    {
        var outcome = CommandLine.Run("render", folder.FullPath, "--out", Out, "--history", Store, "--trend-windows", "0");

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        File.ReadAllText(Path.Combine(Out, "wiki", "monitor-amount-completeness.md")).Should().NotContain("## Trend");
        CommandLine.Run("render", folder.FullPath, "--out", Out, "--trend-windows", "-1").ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
    }

    [Fact]
    public void History_show_marks_the_events_of_the_definitions_given_beside_the_store()
    {
        CommandLine.Run("run", folder.FullPath, "--history", Store, "--as-of", "2026-01-02").ExitCode.Should().Be(0);
        CommandLine.Run("run", folder.FullPath, "--history", Store, "--as-of", "2026-01-03").ExitCode.Should().Be(0);
        folder.Write("events.yaml", "events:\n  - id: sale\n    from: 2026-01-03\n    to: 2026-01-03\n    kind: campaign\n    effect: annotate\n    description: \"New year \\u001b[2J sale\"\n");

        var outcome = CommandLine.Run("history", "show", "amount-completeness", folder.FullPath, "--history", Store);

        outcome.ExitCode.Should().Be(0, outcome.Error);
        outcome.OutLines[3].Should().EndWith("known events");
        outcome.OutLines[4].Should().StartWith("as of 2026-01-02T00:00:00Z").And.NotContain("sale");
        outcome.OutLines[5].Should().StartWith("as of 2026-01-03T00:00:00Z").And.EndWith("sale (annotate)");
        outcome.Out.Should().Contain("event sale: campaign, annotate, 2026-01-03 to 2026-01-03: New year \\x1b[2J sale\n").And.NotContain("\u001b");
    }
}
