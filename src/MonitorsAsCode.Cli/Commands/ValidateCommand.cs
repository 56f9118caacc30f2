using System.CommandLine;

namespace MonitorsAsCode.Cli.Commands;

/// <summary><c>monitors validate DIR</c>: every diagnostic of the definitions, as <c>file(line,col): error MACxxxx: message</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "Directory holding the *.yaml / *.yml definitions (searched recursively)." };
        var command = new Command("validate", """
            Check the definitions without reading any data: unknown keys, wrong types, unknown datasets
            or columns, impossible or reversed thresholds, paging monitors without runbooks, and more.
            Each problem is printed as file(line,col): error MACxxxx: message (see docs/rules/).
            Exit code 0 when valid, 2 when not.

            C# definitions: --assembly PATH.dll loads the MonitorSet classes of a built assembly with the YAML;
            a DIR holding one *.csproj is built with 'dotnet build' and its assembly loaded (--no-build skips it).

            Examples:
              monitors validate monitors/fraud-scoring
              monitors validate monitors/fraud-scoring-csharp --data-root monitors/fraud-scoring
              monitors validate monitors/orders --assembly bin/Release/net10.0/Orders.Monitors.dll
            """)
        {
            directory,
        };
        var sources = DefinitionSources.AddTo(command);
        command.SetAction(parse => Execute(environment, sources.Load(parse, parse.GetValue(directory)!, environment)));
        return command;
    }

    private static int Execute(CliEnvironment environment, Definitions.LoadedDefinitions loaded)
    {
        foreach (var diagnostic in loaded.Diagnostics)
        {
            environment.Out.WriteLine(diagnostic.ToString());
        }

        var set = loaded.Definitions;
        var errors = loaded.Diagnostics.Count(d => d.IsError);
        var warnings = loaded.Diagnostics.Count - errors;
        var slos = set.Slos.Count > 0 ? $", {set.Slos.Count} SLO(s)" : string.Empty;
        var counts = $"{set.Datasets.Count} dataset(s), {set.Monitors.Count} monitor(s), {set.Gates.Count} gate(s){slos} in {loaded.Files.Count} file(s)";
        environment.Out.WriteLine(errors == 0
            ? $"valid: {counts}{(warnings > 0 ? $"; {warnings} warning(s)" : string.Empty)}"
            : $"invalid: {errors} error(s), {warnings} warning(s) in {counts}");
        return errors == 0 ? ExitCodes.Passed : ExitCodes.InvalidDefinitions;
    }
}
