using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// <c>monitors run --window --from --to</c>: a backfill over a CSV of events, day <c>d</c> of August 2026 holding
/// <c>d</c> orders; amounts above 100 are invalid and day 3 has one.
/// </summary>
[UseCulture("de-DE")]
public sealed class RunCommandWindowTests
{
    private const string Definitions = """
        datasets:
          - id: orders
            snapshots: { current: data/events.csv }
            columns:
              order_id: { type: string, role: id }
              event_time: { type: timestamp, role: event_time }
              amount: { type: double }
        monitors:
          - { id: amount-valid, dataset: orders, check: validity, column: amount, min: 0, max: 100, fail: 0 }
          - { id: ids-unique, dataset: orders, check: uniqueness, column: order_id, fail: 0 }
        """;

    [Fact]
    public void A_backfill_prints_a_line_per_window_then_the_last_windows_report_and_fails_when_any_window_failed()
    {
        using var folder = Folder(days: 4);

        var outcome = CommandLine.Run("run", folder.FullPath, "--window", "1d", "--from", "2026-08-01", "--to", "2026-08-05");

        outcome.ExitCode.Should().Be(ExitCodes.Failed, "day 3 holds an invalid amount");
        outcome.Out.Split('\n').Take(5).Should().Equal(
            "[2026-08-01T00:00:00Z, 2026-08-02T00:00:00Z)  pass 2  warn 0  fail 0  error 0  skipped 0",
            "[2026-08-02T00:00:00Z, 2026-08-03T00:00:00Z)  pass 2  warn 0  fail 0  error 0  skipped 0",
            "[2026-08-03T00:00:00Z, 2026-08-04T00:00:00Z)  pass 1  warn 0  fail 1  error 0  skipped 0",
            "[2026-08-04T00:00:00Z, 2026-08-05T00:00:00Z)  pass 2  warn 0  fail 0  error 0  skipped 0",
            "");
        outcome.Out.Should().Contain("amount-valid");
    }

    [Fact]
    public void A_window_in_json_is_byte_identical_to_a_plain_run_over_only_its_rows()
    {
        using var all = Folder(days: 4);
        using var dayThree = Folder(days: 4, only: 3);

        var windowed = CommandLine.Run("run", all.FullPath, "--format", "json", "--window", "1d", "--from", "2026-08-03", "--to", "2026-08-04");
        var plain = CommandLine.Run("run", dayThree.FullPath, "--format", "json", "--as-of", "2026-08-04T00:00:00Z");

        windowed.ExitCode.Should().Be(ExitCodes.Failed);
        plain.ExitCode.Should().Be(ExitCodes.Failed);
        windowed.Out.Should().Be(plain.Out).And.Contain("\"amount-valid\"");
        windowed.Error.Should().Be("[2026-08-03T00:00:00Z, 2026-08-04T00:00:00Z)  pass 1  warn 0  fail 1  error 0  skipped 0\n", "with a format other than text the window lines go to standard error");
    }

    [Fact]
    public void Days_without_events_are_skipped_and_do_not_fail_the_backfill()
    {
        using var folder = Folder(days: 2);

        var outcome = CommandLine.Run("run", folder.FullPath, "--window", "1d", "--from", "2026-08-02", "--to", "2026-08-04");

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.Out.Should().Contain("\n[2026-08-03T00:00:00Z, 2026-08-04T00:00:00Z)  pass 0  warn 0  fail 0  error 0  skipped 2\n");
        outcome.Out.Should().Contain("no rows of dataset 'orders' in the window [2026-08-03T00:00:00Z, 2026-08-04T00:00:00Z)");
        outcome.Error.Should().BeEmpty();
    }

    [Fact]
    public void A_backfill_whose_windows_hold_no_rows_at_all_says_so_and_exits_2()
    {
        using var folder = Folder(days: 2);

        var outcome = CommandLine.Run("run", folder.FullPath, "--window", "1d", "--from", "2026-09-01", "--to", "2026-09-03");

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Out.Should().StartWith("[2026-09-01T00:00:00Z, 2026-09-02T00:00:00Z)  pass 0  warn 0  fail 0  error 0  skipped 2\n");
        outcome.Error.Should().Be("nothing was judged from 2026-09-01T00:00:00Z to 2026-09-03T00:00:00Z: every monitor of every window was skipped (the last window: no rows of dataset 'orders' in the window [2026-09-02T00:00:00Z, 2026-09-03T00:00:00Z)); check --from and --to against the data's event_time\n");
    }

    [Theory]
    [InlineData(new[] { "--window", "1d" }, "--window, --from and --to go together")]
    [InlineData(new[] { "--window", "1 day", "--from", "2026-08-01", "--to", "2026-08-02" }, "'--window' must be a duration such as 1h, 1d or 7d, not '1 day'")]
    [InlineData(new[] { "--window", "1d", "--from", "August", "--to", "2026-08-02" }, "--from 'August' is not a date or ISO 8601 time such as 2026-08-01 or 2026-08-01T06:00:00Z")]
    [InlineData(new[] { "--window", "7d", "--from", "2026-08-01", "--to", "2026-08-10" }, "from 2026-08-01T00:00:00Z to 2026-08-10T00:00:00Z is not a whole number of 7d windows")]
    [InlineData(new[] { "--window", "1d", "--from", "2026-08-02", "--to", "2026-08-01" }, "--to (2026-08-01T00:00:00Z) must be after --from (2026-08-02T00:00:00Z)")]
    [InlineData(new[] { "--window", "1d", "--from", "2026-08-01", "--to", "2026-08-02", "--as-of", "now" }, "--as-of does not apply with --window")]
    public void Options_that_do_not_make_windows_exit_2_and_say_why(string[] options, string message)
    {
        using var folder = Folder(days: 1);

        var outcome = CommandLine.Run(["run", folder.FullPath, .. options]);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain(message);
        outcome.Out.Should().BeEmpty();
    }

    [Fact]
    public void A_relative_reference_judged_without_a_window_exits_3_with_the_reason()
    {
        using var folder = Folder(days: 1);
        folder.Write("data/parts/part-0.parquet", string.Empty);
        folder.Write("monitors.yaml", Definitions.Replace("{ current: data/events.csv }", "{ current: data/parts, reference: { window: 7d } }", StringComparison.Ordinal)
            + "\n  - { id: volume, dataset: orders, check: volume, warn: { below: 0.5, above: 2 } }\n");

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain("dataset 'orders' reads its reference relative to the judged window (the 7d ending right before the window), so it is judged window by window: run it with --window, --from and --to");
    }

    /// <summary>A definitions folder whose events hold days 1 to <paramref name="days"/> of August 2026, or day <paramref name="only"/> alone.</summary>
    private static DefinitionsFolder Folder(int days, int? only = null)
    {
        var folder = DefinitionsFolder.Empty();
        folder.Write("monitors.yaml", Definitions);
        var csv = new StringBuilder("order_id,event_time,amount\n");
        for (var day = 1; day <= days; day++)
        {
            for (var i = 0; i < day; i++)
            {
                if (only is null || only == day)
                {
                    var amount = day == 3 && i == 1 ? 250 : 10 * day + i;
                    csv.Append(CultureInfo.InvariantCulture, $"o-{day}-{i},2026-08-{day:00}T{i * 5:00}:00:00Z,{amount}\n");
                }
            }
        }

        folder.Write("data/events.csv", csv.ToString());
        return folder;
    }
}
