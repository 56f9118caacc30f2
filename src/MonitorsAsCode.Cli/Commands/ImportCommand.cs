using System.CommandLine;
using MonitorsAsCode.Cli.Output;
using MonitorsAsCode.Definitions.Validation;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Rendering.Interop.OpenSlo;

namespace MonitorsAsCode.Cli.Commands;

/// <summary><c>monitors import openslo FILE [--out FILE]</c>: OpenSLO v1 documents as the <c>slos:</c> list of a definitions file.</summary>
internal static class ImportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "A YAML file of OpenSLO v1 objects (SLO, SLI, AlertPolicy, AlertCondition), one or more documents." };
        var output = new Option<string?>("--out") { Description = "Write the definitions to this file (atomically) instead of standard output." };
        var openSlo = new Command("openslo", """
            Import OpenSLO v1 SLOs with their SLIs, alert policies and alert conditions as MonitorsAsCode SLO
            definitions. Every field that cannot be imported is listed on standard error with its line and column,
            never dropped silently. Datasets and owners travel in monitorsascode.dev/ annotations when the file was
            written by 'monitors slo rules --openslo'.
            Exit code 0 (warnings allowed); 2 when the file cannot be read or an SLO could not be imported,
            in which case nothing is written.

            Examples:
              monitors import openslo slos/openslo.yaml --out monitors/fraud-scoring/imported-slos.yaml
            """)
        {
            file, output,
        };
        openSlo.SetAction(parse => Execute(environment, parse.GetRequiredValue(file), parse.GetValue(output)));
        return new Command("import", "Bring definitions written for other tools into MonitorsAsCode.") { openSlo };
    }

    private static int Execute(CliEnvironment environment, string file, string? output)
    {
        string? text;
        DefinitionDiagnostic? problem;
        try
        {
            // Strict UTF-8 and bounded in size, like the definitions it becomes.
            text = DefinitionFileText.Read(file, file.Replace('\\', '/'), out problem);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot read '{file}': {exception.Message}", ExitCodes.InvalidDefinitions);
        }

        if (text is null)
        {
            environment.Error.WriteLine(problem?.ToString());
            environment.Error.WriteLine("1 error(s); nothing was written");
            return ExitCodes.InvalidDefinitions;
        }

        var imported = OpenSloReader.Read(file.Replace('\\', '/'), text);
        foreach (var issue in imported.Issues)
        {
            environment.Error.WriteLine(issue.ToString());
        }

        if (imported.HasErrors)
        {
            environment.Error.WriteLine($"{imported.Issues.Count(i => i.IsError)} error(s); nothing was written");
            return ExitCodes.InvalidDefinitions;
        }

        if (imported.Slos.Count == 0)
        {
            throw new UserError($"'{file}' holds no OpenSLO SLO to import", ExitCodes.InvalidDefinitions);
        }

        var rendered = SloYamlWriter.Write(imported.Slos, $"Imported from OpenSLO ({Path.GetFileName(file)}) by 'monitors import openslo'.");
        if (output is null)
        {
            environment.Out.Write(rendered);
            environment.Out.Flush();
            return ExitCodes.Passed;
        }

        try
        {
            OutputPaths.RefuseLinkedParent(output);
            AtomicFile.WriteAllText(output, rendered);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot write '{output}': {exception.Message}", ExitCodes.InvalidDefinitions);
        }

        environment.Error.WriteLine($"imported {imported.Slos.Count} SLO(s) into {output}");
        return ExitCodes.Passed;
    }
}
