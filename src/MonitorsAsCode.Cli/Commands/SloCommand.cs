using System.CommandLine;
using MonitorsAsCode.Cli.Output;
using MonitorsAsCode.Rendering.Interop.OpenSlo;
using MonitorsAsCode.Rendering.Prometheus;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// <c>monitors slo rules DIR --out OUT [--openslo]</c>: the Prometheus recording and alerting rules
/// and the Alertmanager routing of the definitions' SLOs, and their OpenSLO documents.
/// </summary>
internal static class SloCommand
{
    /// <summary>The file the Prometheus rules are written to, inside OUT.</summary>
    public const string RulesFile = "prometheus-rules.yaml";

    /// <summary>The file the Alertmanager configuration is written to, inside OUT.</summary>
    public const string AlertmanagerFile = "alertmanager.yaml";

    /// <summary>The file the OpenSLO documents are written to, inside OUT.</summary>
    public const string OpenSloFile = "openslo.yaml";

    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "Directory holding the *.yaml / *.yml definitions (searched recursively)." };
        var output = new Option<string>("--out") { Description = $"Folder to write {RulesFile} and {AlertmanagerFile} into (and {OpenSloFile} with --openslo). Created when missing.", Required = true };
        var openSlo = new Option<bool>("--openslo") { Description = $"Also write the SLOs as OpenSLO v1 documents ({OpenSloFile}), the same file 'monitors render --openslo' writes." };
        var rules = new Command("rules", $"""
            Generate Prometheus rules for the SLOs in Sloth's conventions (slo:sli_error:ratio_rate<window>
            recording rules, objective and error budget, multi-window multi-burn-rate page and ticket alerts
            with severity, summary and runbook_url), valid for 'promtool check rules', and an Alertmanager
            configuration routing alerts by owner and severity, grouping by dataset, muting maintenance windows
            and inhibiting a dataset's drift alerts while its freshness or schema monitor fails.
            SLOs without prometheus queries are listed on standard error and left out of the rules.
            Exit code 0; 2 when the definitions are invalid or OUT cannot be written.

            Examples:
              monitors slo rules monitors/fraud-scoring --out deploy/prometheus
              monitors slo rules monitors/fraud-scoring --out deploy/prometheus --openslo
              promtool check rules deploy/prometheus/{RulesFile}
            """)
        {
            directory, output, openSlo,
        };
        var sources = DefinitionSources.AddTo(rules, mayBuild: true);
        rules.SetAction(parse => Execute(environment, sources.Load(parse, parse.GetRequiredValue(directory), environment), parse.GetRequiredValue(output), parse.GetValue(openSlo)));
        return new Command("slo", "Generate alerting for SLOs: Prometheus rules, Alertmanager routing and OpenSLO documents.") { rules };
    }

    private static int Execute(CliEnvironment environment, Definitions.LoadedDefinitions loaded, string output, bool openSlo)
    {
        DefinitionSources.WriteDiagnostics(environment, loaded);
        if (loaded.HasErrors)
        {
            environment.Error.WriteLine($"invalid definitions: {loaded.Diagnostics.Count(d => d.IsError)} error(s); nothing was written");
            return ExitCodes.InvalidDefinitions;
        }

        var definitions = loaded.Definitions;
        var rules = PrometheusRuleWriter.Render(definitions);
        var files = new List<(string Name, string Text)>
        {
            (RulesFile, rules.Text),
            (AlertmanagerFile, AlertmanagerConfigWriter.Render(definitions)),
        };
        if (openSlo)
        {
            files.Add((OpenSloFile, OpenSloWriter.Write(definitions)));
        }

        try
        {
            OutputPaths.RefuseLinkedFolder(output);
            Directory.CreateDirectory(output);
            foreach (var (name, text) in files)
            {
                AtomicFile.WriteAllText(Path.Combine(output, name), text);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot write into '{output}': {exception.Message}", ExitCodes.InvalidDefinitions);
        }

        foreach (var note in rules.Notes)
        {
            environment.Error.WriteLine("note: " + Definitions.VisibleText.Escape(note));
        }

        foreach (var (name, _) in files)
        {
            environment.Out.WriteLine("wrote " + Path.Combine(output, name).Replace('\\', '/'));
        }

        environment.Out.WriteLine($"{definitions.Slos.Count} SLO(s), {rules.Rendered.Count} with Prometheus rules");
        environment.Out.Flush();
        return ExitCodes.Passed;
    }
}
