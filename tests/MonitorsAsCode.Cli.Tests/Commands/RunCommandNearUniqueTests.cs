using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// A chi-square drift monitor on an id-like column (every id seen once, none shared) used to pass with p ≈ 0.5;
/// it now warns, and every output format carries the reason.
/// </summary>
public sealed class RunCommandNearUniqueTests
{
    private const string Warning = "warning: 'user_id' is near-unique (300 distinct of 300 reference values, 300 of 300 current)";

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("junit")]
    public void Near_unique_warning_is_in_every_output_format(string format)
    {
        using var folder = DefinitionsFolder.Empty();
        folder.Write("reference.csv", Ids(0));
        folder.Write("current.csv", Ids(300));
        folder.Write("monitors.yaml", """
            datasets:
              - id: users
                snapshots: { reference: reference.csv, current: current.csv }
                columns:
                  user_id: { type: string }
            monitors:
              - id: user-id-drift
                dataset: users
                check: drift
                column: user_id
                method: chi-square
                warn: { below: 0.05 }
                fail: { below: 0.01 }

            """);

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", format, "--fail-on", "warn");

        outcome.ExitCode.Should().Be(ExitCodes.Failed, "the monitor warns and --fail-on warn fails on warnings");
        outcome.Out.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal).Should().Contain(format == "text" ? "near-unique" : Warning);
    }

    private static string Ids(int first)
    {
        var text = new StringBuilder("user_id\n");
        for (var i = 0; i < 300; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"u-{first + i}\n");
        }

        return text.ToString();
    }
}
