namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// Every command that loads definitions writes their diagnostics to standard error, in one form
/// (<c>file(line,col): error MACxxxx: message</c>), and keeps standard output for its product: <c>validate</c> used
/// to print them on standard output while <c>run</c>, <c>render</c> and <c>slo rules</c> printed them on standard error.
/// </summary>
public sealed class DiagnosticStreamTests
{
    public static TheoryData<string> Commands => new() { "validate", "run", "render", "slo rules" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Diagnostics_of_invalid_definitions_go_to_standard_error(string command)
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("monitors.yaml", DefinitionsFolder.MonitorsYaml.Replace("column: amount\n    warn: 0.1\n    fail: 0.5", "column: amont\n    warn: 0.1\n    fail: 0.5", StringComparison.Ordinal));
        using var output = DefinitionsFolder.Empty();
        string[] args = command switch
        {
            "render" => ["render", folder.FullPath, "--out", output.PathOf("site")],
            "slo rules" => ["slo", "rules", folder.FullPath, "--out", output.PathOf("rules")],
            _ => [command, folder.FullPath],
        };

        var outcome = CommandLine.Run(args);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines[0].Should().Be($"{folder.PathOf("monitors.yaml")}(5,13): error MAC0007: " + outcome.ErrorLines[0].Split(": error MAC0007: ", 2)[1]);
        outcome.Out.Should().NotContain("MAC0007", "standard output carries only the command's product");
    }
}
