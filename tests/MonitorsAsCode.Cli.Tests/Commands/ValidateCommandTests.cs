using System.Text.RegularExpressions;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary><c>monitors validate DIR</c>: every diagnostic as <c>file(line,col): error MACxxxx: message</c>, exit 0 or 2, no data read.</summary>
public sealed partial class ValidateCommandTests
{
    [Fact]
    public void Worked_example_is_valid()
    {
        var outcome = CommandLine.Run("validate", RepositoryCheckout.FraudScoring);

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.Error.Should().BeEmpty();
        // The serving log dataset and its three SLOs live in slos.yaml.
        outcome.OutLines.Should().Equal("valid: 3 dataset(s), 21 monitor(s), 2 gate(s), 3 SLO(s) in 5 file(s)");
    }

    [Fact]
    public void Validate_does_not_read_the_snapshots()
    {
        using var folder = DefinitionsFolder.Orders();
        File.Delete(folder.PathOf("data/current.csv"));
        folder.Write("data/reference.csv", "not,a\n\"csv");

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.OutLines.Should().Equal("valid: 1 dataset(s), 3 monitor(s), 1 gate(s) in 3 file(s)");
    }

    [Fact]
    public void Broken_folder_gets_every_diagnostic_positioned_and_exit_2()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("monitors.yaml", DefinitionsFolder.MonitorsYaml
            .Replace("column: amount\n    warn: 0.1\n    fail: 0.5", "column: amont\n    warn: 0.1\n    fail: 0.5", StringComparison.Ordinal)
            .Replace("dataset: orders\n    check: freshness", "dataset: order\n    check: freshness", StringComparison.Ordinal)
            .Replace("warn: 0.1\n    fail: 0.25", "warn: 0.3\n    fail: 0.25", StringComparison.Ordinal));
        folder.Write("gates.yaml", DefinitionsFolder.GatesYaml.Replace("orders-freshness]", "orders-freshnes]", StringComparison.Ordinal));
        var gates = folder.PathOf("gates.yaml");
        var monitors = folder.PathOf("monitors.yaml");

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        var diagnostics = outcome.ErrorLines.ToList();
        diagnostics.Should().AllSatisfy(line => DiagnosticLine().IsMatch(line).Should().BeTrue("'{0}' has the form file(line,col): error MACxxxx: message", line));
        diagnostics.Select(Position).Should().Equal(
            $"{gates}(3,37): error MAC0011",
            $"{monitors}(5,13): error MAC0007",
            $"{monitors}(12,14): error MAC0006",
            $"{monitors}(25,11): error MAC0009");
        diagnostics[0].Should().Contain("'orders-freshnes'").And.Contain("did you mean 'orders-freshness'?");
        diagnostics[1].Should().Contain("'amont'").And.Contain("did you mean 'amount'?");
        diagnostics[2].Should().Contain("'order'");
        diagnostics[3].Should().Contain("'amount-drift'");
        outcome.OutLines.Should().Equal("invalid: 4 error(s), 0 warning(s) in 1 dataset(s), 3 monitor(s), 1 gate(s) in 3 file(s)");
    }

    [Fact]
    public void Each_diagnostic_ends_with_its_rule_page_on_the_published_docs()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("monitors.yaml", DefinitionsFolder.MonitorsYaml.Replace("column: amount\n    warn: 0.1\n    fail: 0.5", "column: amont\n    warn: 0.1\n    fail: 0.5", StringComparison.Ordinal));

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines.Should().ContainSingle().Which.Should()
            .StartWith(folder.PathOf("monitors.yaml") + "(5,13): error MAC0007: ")
            .And.EndWith(" [https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0007.md]");
    }

    [Fact]
    public void Rule_pages_are_under_the_definitions_docs_url()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("monitors.yaml", "docs_url: https://docs.example.com/ml/\n" + DefinitionsFolder.MonitorsYaml
            .Replace("column: amount\n    warn: 0.1\n    fail: 0.5", "column: amont\n    warn: 0.1\n    fail: 0.5", StringComparison.Ordinal)
            .Replace("warn: 0.1\n    fail: 0.25", "warn: 0.3\n    fail: 0.25", StringComparison.Ordinal));

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines.Select(line => line[line.LastIndexOf(" [", StringComparison.Ordinal)..]).Should().Equal(
            " [https://docs.example.com/ml/rules/MAC0007/]",
            " [https://docs.example.com/ml/rules/MAC0009/]");
    }

    [Fact]
    public void A_docs_url_that_is_no_base_address_leaves_the_links_on_the_published_docs()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("monitors.yaml", "docs_url: https://docs.example.com/#ml\n" + DefinitionsFolder.MonitorsYaml);

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines.Should().ContainSingle().Which.Should()
            .StartWith(folder.PathOf("monitors.yaml") + "(1,11): error MAC0026: ")
            .And.EndWith(" [https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0026.md]");
    }

    [Fact]
    public void Unparseable_yaml_is_a_positioned_MAC0001()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("gates.yaml", "gates:\n  - id: deploy\n    monitors: [amount-completeness\n");

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines[0].Should().StartWith(folder.PathOf("gates.yaml") + "(").And.Contain("): error MAC0001: invalid YAML");
        outcome.Error.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Theory]
    [InlineData("gates:\n  - id: deploy\n    monitors: { b: c---\nd }\n")]
    [InlineData("gates:\n  - id: deploy\n    monitors: [ b\n%YAML 1.1\n]\n")]
    public void Yaml_the_parser_throws_on_is_a_positioned_MAC0001_not_a_stack_trace(string gates)
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("gates.yaml", gates);

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines[0].Should().StartWith(folder.PathOf("gates.yaml") + "(4,1): error MAC0001: invalid YAML: the parser cannot read on from here");
        outcome.Error.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Fact]
    public void Invalid_utf8_is_a_MAC0001_at_its_line_and_column()
    {
        using var folder = DefinitionsFolder.Orders();
        var path = folder.PathOf("gates.yaml");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes("gates:\n  - id: deploy"), 0xFF, .. System.Text.Encoding.UTF8.GetBytes("\n    monitors: [amount-completeness]\n")]);

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines.Should().Contain(path + "(2,15): error MAC0001: byte 0xFF is not valid UTF-8; definitions must be UTF-8 (save the file as UTF-8) [https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0001.md]");
        outcome.Error.Should().NotContain("\uFFFD").And.NotContain("   at ");
    }

    [Fact]
    public void Missing_directory_exits_2_without_a_stack_trace()
    {
        using var folder = DefinitionsFolder.Empty();
        var missing = Path.Combine(folder.FullPath, "nowhere");

        var outcome = CommandLine.Run("validate", missing);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain(missing);
    }

    /// <summary>The diagnostic up to its rule id: <c>file(line,col): error MACxxxx</c>.</summary>
    private static string Position(string diagnostic) => DiagnosticLine().Match(diagnostic).Groups["position"].Value;

    [GeneratedRegex(@"^(?<position>.+\.yaml\(\d+,\d+\): error MAC\d{4}): \S.*$")]
    private static partial Regex DiagnosticLine();
}
