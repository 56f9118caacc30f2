using System.Xml.Linq;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// CI gates: <c>--fail-on warn</c>, advisory gates and quality scores. The orders folder's newest order is
/// placed at 2026-01-01T12:00Z; freshness warns after 24h and fails after 36h, so <c>--as-of</c> picks the verdict.
/// </summary>
[UseCulture("de-DE")]
public sealed class RunCommandGateTests
{
    private const string Warning = "2026-01-02T13:00:00Z";
    private const string Failure = "2026-01-03T01:00:00Z";

    [Fact]
    public void A_warning_exits_0_by_default_and_1_with_fail_on_warn()
    {
        using var folder = DefinitionsFolder.Orders();

        CommandLine.Run("run", folder.FullPath, "--as-of", Warning).ExitCode.Should().Be(ExitCodes.Passed);
        CommandLine.Run("run", folder.FullPath, "--as-of", Warning, "--fail-on", "fail").ExitCode.Should().Be(ExitCodes.Passed);
        CommandLine.Run("run", folder.FullPath, "--as-of", Warning, "--fail-on", "warn").ExitCode.Should().Be(ExitCodes.Failed);
        CommandLine.Run("run", folder.FullPath, "--as-of", Warning, "--gate", "deploy", "--fail-on", "warn").ExitCode.Should().Be(ExitCodes.Failed);
    }

    [Fact]
    public void Fail_on_warn_still_exits_0_when_everything_passes()
    {
        using var folder = DefinitionsFolder.Orders();

        CommandLine.Run("run", folder.FullPath, "--fail-on", "warn").ExitCode.Should().Be(ExitCodes.Passed);
    }

    [Fact]
    public void A_selected_advisory_gate_that_fails_exits_0_with_an_advisory_note()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("gates.yaml", "gates:\n  - id: deploy\n    mode: advisory\n    monitors: [amount-completeness, orders-freshness]\n");

        var outcome = CommandLine.Run("run", folder.FullPath, "--as-of", Failure, "--gate", "deploy");

        outcome.ExitCode.Should().Be(ExitCodes.Passed, "stderr was: {0}", outcome.Error);
        outcome.Out.Should().Contain("gate deploy: FAIL (advisory)");
        outcome.Error.Should().Contain("gate 'deploy' is advisory: its verdict (fail) is reported but does not fail the run");
    }

    [Fact]
    public void A_failing_monitor_still_fails_a_full_run_whose_only_gate_is_advisory()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("gates.yaml", "gates:\n  - id: deploy\n    mode: advisory\n    monitors: [amount-completeness, orders-freshness]\n");

        CommandLine.Run("run", folder.FullPath, "--as-of", Failure).ExitCode.Should().Be(ExitCodes.Failed);
    }

    [Fact]
    public void A_selected_blocking_gate_that_fails_exits_1()
    {
        using var folder = DefinitionsFolder.Orders();

        CommandLine.Run("run", folder.FullPath, "--as-of", Failure, "--gate", "deploy").ExitCode.Should().Be(ExitCodes.Failed);
    }

    [Fact]
    public void A_quality_gate_reaching_its_minimum_exits_0_and_reports_the_score_in_json()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("gates.yaml", "gates:\n  - id: deploy\n    monitors: [amount-completeness, orders-freshness]\n    quality: { min: 0.5 }\n");

        var outcome = CommandLine.Run("run", folder.FullPath, "--as-of", Failure, "--gate", "deploy", "--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.Passed, "stderr was: {0}", outcome.Error);
        var gate = outcome.Json().GetProperty("gates")[0];
        gate.GetProperty("status").GetString().Should().Be("warn");
        gate.GetProperty("mode").GetString().Should().Be("blocking");
        gate.GetProperty("quality").GetProperty("score").GetDouble().Should().Be(0.5);
        gate.GetProperty("quality").GetProperty("min").GetDouble().Should().Be(0.5);
    }

    [Fact]
    public void A_quality_gate_below_its_minimum_exits_1_and_reports_the_score_in_junit_text_and_markdown()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("gates.yaml", "gates:\n  - id: deploy\n    monitors: [amount-completeness, orders-freshness]\n    quality: { min: 0.75 }\n");

        var junit = CommandLine.Run("run", folder.FullPath, "--as-of", Failure, "--gate", "deploy", "--format", "junit");
        var text = CommandLine.Run("run", folder.FullPath, "--as-of", Failure, "--gate", "deploy");
        var markdown = CommandLine.Run("run", folder.FullPath, "--as-of", Failure, "--gate", "deploy", "--format", "markdown");

        junit.ExitCode.Should().Be(ExitCodes.Failed);
        var gateCase = XDocument.Parse(junit.Out).Descendants("testcase").Single(c => (string?)c.Attribute("classname") == "gates");
        gateCase.Descendants("property").Select(p => ((string?)p.Attribute("name"), (string?)p.Attribute("value"))).Should().Equal(
            ("mode", "blocking"), ("quality", "0.5"), ("quality_min", "0.75"));
        gateCase.Element("failure")!.Attribute("message")!.Value.Should().Be("gate deploy blocked by orders-freshness (quality 0.5 (min 0.75))");
        XDocument.Parse(junit.Out).Descendants("testcase").Count(c => (string?)c.Attribute("classname") != "gates").Should().Be(2, "one test case per monitor");
        text.Out.Should().Contain("gate deploy: FAIL (quality 0.5 (min 0.75))");
        markdown.Out.Should().Contain("| deploy | ").And.Contain("(quality 0.5 (min 0.75))");
    }
}
