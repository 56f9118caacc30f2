using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary><c>monitors history show</c> and <c>export</c>: deterministic, escaped, and clear about a missing store.</summary>
[UseCulture("de-DE")]
public sealed class HistoryCommandTests : IDisposable
{
    private readonly DefinitionsFolder folder = DefinitionsFolder.Orders();

    private string Store => folder.PathOf("monitors-history.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Show_prints_the_last_windows_with_a_bar_against_the_thresholds()
    {
        CommandLine.Run("run", folder.FullPath, "--history", Store, "--as-of", "2026-01-02").ExitCode.Should().Be(0);
        CommandLine.Run("run", folder.FullPath, "--history", Store, "--as-of", "2026-01-03").ExitCode.Should().Be(0);

        var outcome = CommandLine.Run("history", "show", "amount-completeness", "--history", Store);

        outcome.ExitCode.Should().Be(0, outcome.Error);
        outcome.OutLines.Take(7).Should().Equal(
            "monitor 'amount-completeness' (completeness on dataset 'orders'): the last 2 of 2 windows",
            "trend: ▅▅  min 0, max 0",
            "",
            "window                      status  value  warn   fail   value against thresholds",
            "as of 2026-01-02T00:00:00Z  pass    0      > 0.1  > 0.5  |=....w.................F|",
            "as of 2026-01-03T00:00:00Z  pass    0      > 0.1  > 0.5  |=....w.................F|",
            "");
        outcome.OutLines[7].Should().StartWith("latest: ");
        CommandLine.Run("history", "show", "amount-completeness", "--history", Store, "--last", "1").OutLines[0]
            .Should().Be("monitor 'amount-completeness' (completeness on dataset 'orders'): the last 1 of 2 windows");
    }

    [Fact]
    public void Show_reads_the_store_the_definitions_name_and_escapes_what_the_store_holds()
    {
        folder.Write("history.yaml", "history: { store: monitors-history.db }\n");
        using (var store = SqliteHistoryStore.Open(Store))
        {
            store.Record([new HistoryEntry("amount-drift", "orders", "drift", JudgedWindow.At(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero)), CheckStatus.Fail, 0.5)
            {
                Fail = new Definitions.Monitors.Threshold(null, 0.25),
                EvidenceSummary = "moved \u001b[31m\nerror: forged line",
            }]);
        }

        var outcome = CommandLine.Run("history", "show", "amount-drift", folder.FullPath);

        outcome.ExitCode.Should().Be(0, outcome.Error);
        outcome.Out.Should().NotContain("\u001b").And.Contain("latest: moved \\x1b[31m\\nerror: forged line");
        outcome.OutLines.Should().Contain(line => line.StartsWith("as of 2026-01-02T00:00:00Z  fail    0.5    none  > 0.25  |", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_of_a_monitor_without_entries_is_an_error_naming_the_nearest_recorded_one()
    {
        CommandLine.Run("run", folder.FullPath, "--history", Store).ExitCode.Should().Be(0);

        var outcome = CommandLine.Run("history", "show", "amount-complteness", "--history", Store);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Out.Should().BeEmpty();
        outcome.Error.Should().Contain($"history store '{Store}' has no entries for monitor 'amount-complteness' (did you mean 'amount-completeness'?) (3 monitors recorded); a monitor's windows are recorded by monitors run --history");
    }

    [Fact]
    public void Export_without_a_store_or_of_a_missing_store_is_a_clear_error()
    {
        CommandLine.Run("history", "export", "--out", folder.PathOf("h.csv")).ShouldBeUserError(ExitCodes.InvalidDefinitions);
        CommandLine.Run("history", "export", folder.FullPath, "--out", folder.PathOf("h.csv")).ShouldBeUserError(ExitCodes.InvalidDefinitions);

        var missing = CommandLine.Run("history", "export", "--history", Store, "--out", folder.PathOf("h.csv"));
        missing.ShouldBeUserError(ExitCodes.HistoryUnreadable);
        missing.Error.Should().Contain("does not exist");
        File.Exists(Store).Should().BeFalse("reading never creates a store");
        File.Exists(folder.PathOf("h.csv")).Should().BeFalse();
    }

    [Fact]
    public void Export_writes_the_csv_in_ordinal_monitor_order()
    {
        CommandLine.Run("run", folder.FullPath, "--history", Store).ExitCode.Should().Be(0);

        var outcome = CommandLine.Run("history", "export", "--history", Store, "--out", folder.PathOf("h.csv"));

        outcome.ExitCode.Should().Be(0, outcome.Error);
        outcome.Error.Should().Be($"exported 3 entries from history store '{Store}' to {folder.PathOf("h.csv")}\n");
        var lines = File.ReadAllText(folder.PathOf("h.csv")).Split('\n');
        lines[0].Should().Be(string.Join(",", HistorySchema.Columns));
        lines.Skip(1).Where(l => l.Length > 0).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Should().Equal("amount-completeness", "amount-drift", "orders-freshness");
    }
}
