using System.CommandLine;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// <c>monitors validate DIR</c>: every diagnostic of the definitions, as <c>file(line,col): error MACxxxx: message [rule page]</c>, on
/// standard error like every command's diagnostics, then the verdict (<c>valid: …</c> / <c>invalid: …</c>) on standard output.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "Directory holding the *.yaml / *.yml definitions (searched recursively)." };
        var command = new Command("validate", """
            Check the definitions without reading any data: unknown keys, wrong types, unknown datasets
            or columns, impossible or reversed thresholds, paging monitors without runbooks, and more.
            Each problem is printed to standard error as file(line,col): error MACxxxx: message [link],
            the link being the rule's page under docs_url (or the published docs), then the verdict
            (valid: ... or invalid: ...) to standard output.
            Exit code 0 when valid, 2 when not.

            validate never builds or runs code from DIR, so it is safe on a pull request from a fork.
            C# definitions: --assembly PATH.dll loads the MonitorSet classes of an assembly your own build
            produced (its code runs) and validates them with the YAML. Without it, C# in DIR is not compiled or
            checked: the YAML is validated alone and the output says which C# files were left unchecked
            ('dotnet build' of the project runs the analyzer, which checks the C# with the same rules).

            Examples:
              monitors validate monitors/fraud-scoring
              monitors validate monitors/fraud-scoring-csharp --data-root monitors/fraud-scoring --assembly monitors/fraud-scoring-csharp/bin/Debug/net10.0/FraudScoring.Monitors.dll
              monitors validate monitors/orders --assembly bin/Release/net10.0/Orders.Monitors.dll
            """)
        {
            directory,
        };
        var sources = DefinitionSources.AddTo(command, mayBuild: false);
        command.SetAction(parse =>
        {
            var loaded = DefinitionsLoader.LoadWithoutBuilding(parse.GetRequiredValue(directory), sources.Assemblies(parse), out var uncheckedCSharp, sources.DataRoots(parse));
            return Execute(environment, loaded, parse.GetRequiredValue(directory), uncheckedCSharp);
        });
        return command;
    }

    private static int Execute(CliEnvironment environment, Definitions.LoadedDefinitions loaded, string directory, IReadOnlyList<string> uncheckedCSharp)
    {
        if (uncheckedCSharp.Count > 0)
        {
            environment.Error.WriteLine(
                $"warning: the C# definitions in '{directory}' ({CSharpSources.Names(uncheckedCSharp)}) were not compiled or checked: validate never builds. "
                + "Only the YAML was validated, and ids it names that the C# may declare were not judged. Check the C# with 'dotnet build' "
                + "in a trusted job (the analyzer runs the same rules), or pass --assembly PATH.dll to load an assembly your own build produced.");
        }

        // Diagnostics go to standard error in every command, the verdict line to standard output (see DefinitionSources.WriteDiagnostics);
        // validate's job is the diagnostics, so each also names its rule's page.
        DefinitionSources.WriteDiagnosticsWithRuleLinks(environment, loaded);

        var set = loaded.Definitions;
        var errors = loaded.Diagnostics.Count(d => d.IsError);
        var warnings = loaded.Diagnostics.Count - errors;
        var slos = set.Slos.Count > 0 ? $", {set.Slos.Count} SLO(s)" : string.Empty;
        var counts = $"{set.Datasets.Count} dataset(s), {set.Monitors.Count} monitor(s), {set.Gates.Count} gate(s){slos} in {loaded.Files.Count} file(s)";
        var scope = uncheckedCSharp.Count > 0 ? " (YAML only; C# not checked)" : string.Empty;
        environment.Out.WriteLine(errors == 0
            ? $"valid{scope}: {counts}{(warnings > 0 ? $"; {warnings} warning(s)" : string.Empty)}"
            : $"invalid{scope}: {errors} error(s), {warnings} warning(s) in {counts}");
        return errors == 0 ? ExitCodes.Passed : ExitCodes.InvalidDefinitions;
    }
}
