using System.Text.Json;
using System.Xml.Linq;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// Gates that demand their own budget of an SLO (<c>slos: [{ id, budget_remaining }]</c>), in every output.
/// The orders SLO counts 4 orders, 3 of them under 35, against an objective of 0.5: error ratio 0.25 of a
/// budget of 0.5, so 50% of the budget is left (hand-computed).
/// </summary>
[UseCulture("de-DE")]
public sealed class RunCommandGateSloTests
{
    private const string Slos = """
        slos:
          - id: orders-small
            dataset: orders
            indicator: { good: "amount < 35" }
            objective: 0.5
            window: 7d

        """;

    private const string Gates = """
        gates:
          - id: strict
            monitors: []
            slos: [{ id: orders-small, budget_remaining: 0.6 }]
          - id: lenient
            monitors: []
            slos: [{ id: orders-small, budget_remaining: 0.25 }]
          - id: plain
            monitors: []
            slos: [orders-small]

        """;

    [Fact]
    public void The_text_report_says_how_much_budget_was_left_and_how_much_the_gate_required()
    {
        using var folder = Folder();

        var strict = CommandLine.Run("run", folder.FullPath, "--gate", "strict");
        var lenient = CommandLine.Run("run", folder.FullPath, "--gate", "lenient");

        strict.ExitCode.Should().Be(ExitCodes.Failed);
        strict.OutLines.Should().ContainInConsecutiveOrder("gate strict: FAIL", "  blocked by SLO orders-small: 50.0% of the error budget left, the gate requires 60.0%");
        lenient.ExitCode.Should().Be(ExitCodes.Passed, lenient.Out);
        lenient.OutLines.Should().Contain("gate lenient: pass").And.NotContain(l => l.Contains("blocked by", StringComparison.Ordinal));
    }

    [Fact]
    public void The_json_report_has_a_verdict_per_required_slo_with_the_budget_left_and_required()
    {
        using var folder = Folder();

        var json = CommandLine.Run("run", folder.FullPath, "--format", "json");

        using var document = JsonDocument.Parse(json.Out);
        var gates = document.RootElement.GetProperty("gates").EnumerateArray().ToDictionary(g => g.GetProperty("id").GetString()!);
        var strict = gates["strict"].GetProperty("slo_verdicts").EnumerateArray().Single();
        strict.GetProperty("slo").GetString().Should().Be("orders-small");
        strict.GetProperty("status").GetString().Should().Be("fail");
        strict.GetProperty("budget_remaining").GetDouble().Should().BeApproximately(0.5, 1e-12);
        strict.GetProperty("min_budget_remaining").GetDouble().Should().Be(0.6);
        strict.GetProperty("reason").GetString().Should().Be("50.0% of the error budget left, the gate requires 60.0%");
        gates["strict"].GetProperty("blocking_slos").EnumerateArray().Select(e => e.GetString()).Should().Equal("orders-small");
        gates["lenient"].GetProperty("status").GetString().Should().Be("pass");
        gates["lenient"].GetProperty("slo_verdicts")[0].GetProperty("reason").ValueKind.Should().Be(JsonValueKind.Null);
        gates["plain"].GetProperty("slo_verdicts")[0].GetProperty("min_budget_remaining").ValueKind.Should().Be(JsonValueKind.Null, "a plain id keeps the SLO's own verdict");
        gates["plain"].GetProperty("status").GetString().Should().Be("pass");
    }

    [Fact]
    public void The_junit_gate_case_carries_the_budget_as_properties_and_the_reason_in_its_failure()
    {
        using var folder = Folder();

        var junit = CommandLine.Run("run", folder.FullPath, "--format", "junit");

        var cases = XDocument.Parse(junit.Out).Descendants("testcase").Where(c => (string?)c.Attribute("classname") == "gates").ToDictionary(c => (string)c.Attribute("name")!);
        var properties = cases["strict"].Descendants("property").ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);
        properties.Should().Equal(new Dictionary<string, string>
        {
            ["slo:orders-small:budget_remaining_min"] = "0.6",
            ["slo:orders-small:budget_remaining"] = "0.5",
            ["slo:orders-small:status"] = "fail",
        });
        var failure = cases["strict"].Element("failure")!;
        ((string)failure.Attribute("message")!).Should().Be("gate strict blocked by SLO orders-small");
        failure.Value.Should().Contain("blocked by SLO orders-small: 50.0% of the error budget left, the gate requires 60.0%");
        cases["lenient"].Element("failure").Should().BeNull();
    }

    [Fact]
    public void The_markdown_report_names_the_budget_in_the_blocked_by_cell()
    {
        using var folder = Folder();

        var markdown = CommandLine.Run("run", folder.FullPath, "--format", "markdown");

        markdown.Out.Should().Contain("| strict | **FAIL** | SLO orders-small (50.0% of the error budget left, the gate requires 60.0%) |");
    }

    [Fact]
    public void A_budget_outside_0_to_1_is_an_invalid_definition_with_its_position()
    {
        using var folder = Folder();
        folder.Write("gates.yaml", Gates.Replace("budget_remaining: 0.6", "budget_remaining: 60", StringComparison.Ordinal));

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("gates.yaml(4,50): error MAC0008: gate 'strict': budget_remaining 60 of SLO 'orders-small' is outside");
    }

    private static DefinitionsFolder Folder()
    {
        var folder = DefinitionsFolder.Orders();
        folder.Write("slos.yaml", Slos);
        folder.Write("gates.yaml", Gates);
        return folder;
    }
}
