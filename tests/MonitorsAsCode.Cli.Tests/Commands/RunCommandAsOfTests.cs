using System.Text.Json;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// Which instant freshness is measured at: <c>--as-of</c> when given, else the dataset's
/// <c>captured_at</c>, else the environment's clock. The newest order in <see cref="DefinitionsFolder.Snapshot"/>
/// was placed at 2026-01-01T12:00:00Z; the monitor warns at 24h and fails at 36h.
/// </summary>
public sealed class RunCommandAsOfTests
{
    [Fact]
    public void Without_as_of_freshness_is_measured_at_the_datasets_captured_at()
    {
        using var folder = DefinitionsFolder.Orders();

        var freshness = Freshness(CommandLine.Run("run", folder.FullPath, "--format", "json"));

        freshness.GetProperty("value").GetDouble().Should().Be(12 * 3600);
        freshness.GetProperty("status").GetString().Should().Be("pass");
        freshness.GetProperty("evidence").GetString().Should().Contain("2026-01-02T00:00:00Z");
    }

    [Fact]
    public void As_of_overrides_captured_at_and_can_fail_the_run()
    {
        using var folder = DefinitionsFolder.Orders();

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "json", "--as-of", "2026-01-03T12:00:00Z");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        var freshness = Freshness(outcome);
        freshness.GetProperty("value").GetDouble().Should().Be(48 * 3600);
        freshness.GetProperty("status").GetString().Should().Be("fail");
    }

    [Fact]
    public void As_of_with_an_offset_is_converted_to_utc()
    {
        using var folder = DefinitionsFolder.Orders();

        var freshness = Freshness(CommandLine.Run("run", folder.FullPath, "--format", "json", "--as-of", "2026-01-02T02:00:00+02:00"));

        freshness.GetProperty("value").GetDouble().Should().Be(12 * 3600);
        freshness.GetProperty("evidence").GetString().Should().Contain("2026-01-02T00:00:00Z");
    }

    [Fact]
    public void As_of_now_reads_the_environments_clock()
    {
        using var folder = DefinitionsFolder.Orders();
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 1, 18, 0, 0, TimeSpan.Zero));

        var freshness = Freshness(CommandLine.Run(clock, "run", folder.FullPath, "--format", "json", "--as-of", "now"));

        freshness.GetProperty("value").GetDouble().Should().Be(6 * 3600);
        freshness.GetProperty("evidence").GetString().Should().Contain("2026-01-01T18:00:00Z");
    }

    [Fact]
    public void Without_as_of_or_captured_at_freshness_is_measured_at_the_environments_clock()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("datasets.yaml", DefinitionsFolder.DatasetsYaml.Replace(", captured_at: 2026-01-02T00:00:00Z", string.Empty, StringComparison.Ordinal));
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 4, 0, 0, 0, TimeSpan.Zero));

        var outcome = CommandLine.Run(clock, "run", folder.FullPath, "--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        Freshness(outcome).GetProperty("value").GetDouble().Should().Be(60 * 3600);
    }

    private static JsonElement Freshness(CommandOutcome outcome) =>
        outcome.Json().GetProperty("results").EnumerateArray().Single(r => r.GetProperty("monitor").GetString() == "orders-freshness");
}
