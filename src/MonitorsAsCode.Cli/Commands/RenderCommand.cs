using System.CommandLine;
using MonitorsAsCode.Cli.Output;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Files;
using MonitorsAsCode.Rendering.Interop.OpenSlo;
using MonitorsAsCode.Rendering.Results;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// <c>monitors render DIR --out OUT</c>: the wiki pages, Grafana dashboards and (with <c>--results</c>)
/// the HTML report generated from the definitions (and with <c>--openslo</c> the SLOs as OpenSLO documents),
/// written only where they change; <c>--check</c> says whether OUT is stale instead of writing.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "Directory holding the *.yaml / *.yml definitions (searched recursively)." };
        var output = new Option<string>("--out") { Description = "Folder to write into: wiki/, grafana/, prometheus/ and report.html. Created when missing.", Required = true };
        var templates = new Option<string?>("--templates") { Description = "Folder of templates overriding the built-in ones file by file (monitor.sbn-md, report.sbn-html, ...; see templates/README.md)." };
        var results = new Option<string?>("--results") { Description = "Results written by 'monitors run --format json': adds the last result to each page and writes report.html." };
        var wiki = new Option<string>("--wiki") { Description = "The wiki the pages are for, which decides links and navigation files.", DefaultValueFactory = _ => "github" };
        wiki.AcceptOnlyFromAmong("github", "azure-devops", "mkdocs");
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when a generated file in OUT is missing, different or no longer generated." };
        var openSlo = new Option<bool>("--openslo") { Description = $"Also write the SLOs as OpenSLO v1 documents ({SloCommand.OpenSloFile}), generated and checked like the pages." };
        var command = new Command("render", """
            Generate documentation from the definitions: a wiki page per monitor (thresholds, owner, runbook,
            last result), dataset, gate and SLO, a home page and a sidebar; a Grafana dashboard per dataset for the
            metrics 'monitors run --format prometheus' exports; the Alertmanager routing and, for SLOs, their
            Prometheus recording and alerting rules under prometheus/ (as 'monitors slo rules' writes them); and,
            given results, a self-contained HTML report.
            With --openslo, also the SLOs as OpenSLO v1 documents in openslo.yaml.
            The same inputs give the same bytes, and a file is only rewritten when its content changes.
            Exit code 0; with --check, 1 when OUT is stale; 2 when the definitions, templates or results are invalid.

            Examples:
              monitors render monitors/fraud-scoring --out docs/monitoring
              monitors run monitors/fraud-scoring --format json --out results.json
              monitors render monitors/fraud-scoring --out site --results results.json --wiki mkdocs
              monitors render monitors/fraud-scoring --out docs/monitoring --check
              monitors render monitors/fraud-scoring --out docs/monitoring --openslo
            """)
        {
            directory, output, templates, results, wiki, check, openSlo,
        };
        var sources = DefinitionSources.AddTo(command, mayBuild: true);
        command.SetAction(parse => Execute(
            environment,
            sources.Load(parse, parse.GetRequiredValue(directory), environment),
            parse.GetRequiredValue(directory),
            parse.GetRequiredValue(output),
            parse.GetValue(templates),
            parse.GetValue(results),
            parse.GetRequiredValue(wiki),
            parse.GetValue(check),
            parse.GetValue(openSlo)));
        return command;
    }

    private static int Execute(CliEnvironment environment, Definitions.LoadedDefinitions loaded, string directory, string output, string? templatesFolder, string? resultsFile, string wiki, bool check, bool openSlo)
    {
        DefinitionSources.WriteDiagnostics(environment, loaded);
        if (loaded.HasErrors)
        {
            environment.Error.WriteLine($"invalid definitions: {loaded.Diagnostics.Count(d => d.IsError)} error(s); nothing was rendered");
            return ExitCodes.InvalidDefinitions;
        }

        var flavour = wiki switch
        {
            "azure-devops" => WikiFlavour.AzureDevOps,
            "mkdocs" => WikiFlavour.MkDocs,
            _ => WikiFlavour.GitHub,
        };

        IReadOnlyList<GeneratedFile> files;
        try
        {
            var templates = TemplateSet.Load(templatesFolder);
            RunResult? run = resultsFile is null ? null : RunResultJson.ReadFile(resultsFile);
            if (run is not null && resultsFile is not null)
            {
                RunResultJson.RefuseUnknown(run, loaded.Definitions, resultsFile);
            }

            files = SiteRenderer.Render(loaded.Definitions, directory, run, templates, flavour);
            if (openSlo)
            {
                files = [.. files.Append(new GeneratedFile(SloCommand.OpenSloFile, OpenSloWriter.Write(loaded.Definitions))).OrderBy(f => f.Path, StringComparer.Ordinal)];
            }
        }
        catch (Exception exception) when (exception is TemplateException or ResultsFileException or DirectoryNotFoundException or InvalidDataException)
        {
            throw new UserError(exception.Message, ExitCodes.InvalidDefinitions);
        }

        if (File.Exists(output))
        {
            throw new UserError($"--out '{output}' is a file; give a folder", ExitCodes.InvalidDefinitions);
        }

        OutputPaths.RefuseLinkedFolder(output);

        if (check)
        {
            OutputPlan plan;
            try
            {
                plan = OutputFolder.Compare(output, files);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"cannot compare '{output}': {exception.Message}", ExitCodes.InvalidDefinitions);
            }

            if (plan.IsUpToDate)
            {
                environment.Out.WriteLine($"up to date: {plan.Unchanged.Count} generated file(s) in {output}");
                return ExitCodes.Passed;
            }

            Report(environment, plan, "missing", "stale", "no longer generated");
            environment.Out.WriteLine($"{output} is stale: {plan.Created.Count + plan.Changed.Count + plan.Removed.Count} file(s) differ from what the definitions generate; run 'monitors render {directory} --out {output}{(openSlo ? " --openslo" : string.Empty)}' and commit the result");
            return ExitCodes.Failed;
        }

        OutputPlan written;
        try
        {
            Directory.CreateDirectory(output);
            written = OutputFolder.Write(output, files);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot write into '{output}': {exception.Message}", ExitCodes.InvalidDefinitions);
        }

        Report(environment, written, "created", "updated", "removed");
        environment.Out.WriteLine($"{output}: {written.Created.Count} created, {written.Changed.Count} updated, {written.Removed.Count} removed, {written.Unchanged.Count} unchanged");
        return ExitCodes.Passed;
    }

    private static void Report(CliEnvironment environment, OutputPlan plan, string created, string changed, string removed)
    {
        foreach (var (paths, word) in new[] { (plan.Created, created), (plan.Changed, changed), (plan.Removed, removed) })
        {
            foreach (var path in paths)
            {
                environment.Out.WriteLine($"{word,-20} {path}");
            }
        }
    }
}
