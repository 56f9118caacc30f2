using System.CommandLine;
using MonitorsAsCode.Cli.Output;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Files;
using MonitorsAsCode.Rendering.History;
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
        var history = new Option<string?>("--history")
        {
            Description = "Draw each monitor's latest windows (report, monitor pages) and add history panels to the dashboards from this history store: a SQLite file, or env:VAR for a PostgreSQL database whose connection string is in VAR. Only read; it must exist. Default: the definitions' history: setting, skipped with a note when that store does not exist yet.",
        };
        var trendWindows = new Option<int>("--trend-windows")
        {
            Description = $"How many of each monitor's latest windows a trend shows; 0 renders no trends and reads no history.",
            DefaultValueFactory = _ => TrendSource.DefaultWindows,
        };
        trendWindows.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--trend-windows must be 0 or more");
            }
        });
        var command = new Command("render", """
            Generate documentation from the definitions: a wiki page per monitor (thresholds, owner, runbook,
            last result), dataset, gate and SLO, a home page and a sidebar; a Grafana dashboard per dataset for the
            metrics 'monitors run --format prometheus' exports; the Alertmanager routing and, for SLOs, their
            Prometheus recording and alerting rules under prometheus/ (as 'monitors slo rules' writes them); and,
            given results, a self-contained HTML report.
            With --openslo, also the SLOs as OpenSLO v1 documents in openslo.yaml.
            With a history store (--history or the definitions' history:), the report and the monitor pages show
            each monitor's latest windows against its limits with known events marked, and each dashboard gets a
            row of panels over the store as a SQL data source; the store is only read.
            The same inputs give the same bytes, and a file is only rewritten when its content changes.
            Exit code 0; with --check, 1 when OUT is stale; 2 when the definitions, templates or results are invalid.

            Examples:
              monitors render monitors/fraud-scoring --out docs/monitoring
              monitors run monitors/fraud-scoring --format json --out results.json
              monitors render monitors/fraud-scoring --out site --results results.json --wiki mkdocs
              monitors render monitors/fraud-scoring --out docs/monitoring --check
              monitors render monitors/fraud-scoring --out docs/monitoring --openslo
              monitors render monitors/fraud-scoring --out site --results results.json --history monitors-history.db
            """)
        {
            directory, output, templates, results, wiki, check, openSlo, history, trendWindows,
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
            parse.GetValue(openSlo),
            (parse.GetValue(history), parse.GetValue(trendWindows))));
        return command;
    }

    private static int Execute(CliEnvironment environment, Definitions.LoadedDefinitions loaded, string directory, string output, string? templatesFolder, string? resultsFile, string wiki, bool check, bool openSlo, (string? Option, int Windows) history)
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

        using var store = history.Windows == 0 ? null : OpenHistory(environment, loaded.Definitions, history.Option);
        var trends = store is null ? null : new TrendSource(new GuardedHistoryReader(store.Value.Store), store.Value.Kind) { Windows = history.Windows };
        IReadOnlyList<GeneratedFile> files;
        try
        {
            var templates = TemplateSet.Load(templatesFolder);
            RunResult? run = resultsFile is null ? null : RunResultJson.ReadFile(resultsFile);
            if (run is not null && resultsFile is not null)
            {
                RunResultJson.RefuseUnknown(run, loaded.Definitions, resultsFile);
            }

            files = SiteRenderer.Render(loaded.Definitions, directory, run, templates, flavour, trends);
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

    /// <summary>
    /// The store <paramref name="option"/> names (it must exist), else the one the definitions name when it exists (a
    /// store a run has not created yet, or whose variable is unset here, leaves the pages without trends, with a
    /// note); opened for reading only, so rendering never creates or migrates a store.
    /// </summary>
    private static OpenedHistory? OpenHistory(CliEnvironment environment, Definitions.DefinitionSet definitions, string? option)
    {
        if (HistoryOption.Setting(option, definitions) is not { } setting)
        {
            return null;
        }

        if (option is null)
        {
            var absent = setting.Kind == Definitions.History.HistoryStoreKind.Sqlite
                ? !File.Exists(setting.Target) ? $"the history store '{setting.Target}' that the definitions name does not exist yet" : null
                : Definitions.History.HistoryStoreSetting.VariableOf(setting.Target) is { } variable && string.IsNullOrWhiteSpace(environment.Variables(variable))
                    ? $"the environment variable {variable} of the history store that the definitions name is not set" : null;
            if (absent is not null)
            {
                environment.Error.WriteLine($"note: {Definitions.VisibleText.Escape(absent)}; the pages are rendered without trends");
                return null;
            }
        }

        return new OpenedHistory(HistoryOption.Open(environment, setting, create: false), setting.Kind);
    }

    private readonly record struct OpenedHistory(Engine.History.SqlHistoryStore Store, Definitions.History.HistoryStoreKind Kind) : IDisposable
    {
        public void Dispose() => Store.Dispose();
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
