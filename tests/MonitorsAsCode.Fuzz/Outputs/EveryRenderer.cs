using MonitorsAsCode.Cli;
using MonitorsAsCode.Fuzz.Harness;

namespace MonitorsAsCode.Fuzz.Outputs;

/// <summary>
/// Puts an accepted definitions folder through every output the CLI writes and checks each: the run in text,
/// JSON, JUnit, Markdown and Prometheus exposition, the SLO rules (promtool), the Alertmanager and OpenSLO
/// files (YAML), and the rendered wiki, dashboards and HTML report.
/// </summary>
internal static class EveryRenderer
{
    private static readonly int[] RunExitCodes = [ExitCodes.Passed, ExitCodes.Failed, ExitCodes.DataUnreadable];

    /// <summary><c>monitors slo rules</c>: exit 0, and promtool accepts the rules.</summary>
    public static void SloRules(FuzzCase fuzzCase, string definitions)
    {
        var outDir = fuzzCase.PathOf("prometheus");
        var outcome = InProcessCli.Run("slo", "rules", definitions, "--out", outDir, "--openslo");
        if (outcome.ExitCode != ExitCodes.Passed)
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, "slo rules refuses definitions validate accepted", outcome.Describe());
        }

        FuzzFailures.Collect(
            () => OutputValidity.PlainText(outcome.Error, "slo rules' standard error"),
            () => PromtoolChecks.CheckRules(Path.Combine(outDir, "prometheus-rules.yaml")),
            () => OutputValidity.Yaml(File.ReadAllText(Path.Combine(outDir, "alertmanager.yaml")), "alertmanager.yaml"),
            () => OutputValidity.Yaml(File.ReadAllText(Path.Combine(outDir, "openslo.yaml")), "openslo.yaml"));
    }

    /// <summary><c>monitors run --format F</c> for one format; returns the outcome after checking it.</summary>
    public static CliOutcome Run(string definitions, string format, string? outFile = null)
    {
        string[] args = outFile is null ? ["run", definitions, "--format", format] : ["run", definitions, "--format", format, "--out", outFile];
        var outcome = InProcessCli.Run(args);
        FuzzFailures.Collect(
            () => OutputValidity.PlainText(outcome.Error, $"run --format {format}'s standard error"),
            () => CheckRun(outcome, format, outFile));
        return outcome;
    }

    private static void CheckRun(CliOutcome outcome, string format, string? outFile)
    {
        if (Array.IndexOf(RunExitCodes, outcome.ExitCode) < 0)
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, $"run --format {format} of accepted definitions exits {outcome.ExitCode}", outcome.Describe());
        }

        if (outcome.ExitCode == ExitCodes.DataUnreadable)
        {
            return;
        }

        var text = outFile is null ? outcome.Out : File.ReadAllText(outFile);
        switch (format)
        {
            case "json":
                OutputValidity.Json(text, "run --format json").Dispose();
                break;
            case "junit":
                OutputValidity.Xml(text, "run --format junit");
                break;
            case "markdown":
                OutputValidity.Markdown(text, "run --format markdown");
                break;
            case "prometheus":
                PromtoolChecks.CheckMetrics(text);
                break;
            default:
                OutputValidity.PlainText(text, "run --format text");
                break;
        }
    }

    /// <summary>Every run format, then <c>monitors render</c> with the run's results.</summary>
    public static void All(FuzzCase fuzzCase, string definitions)
    {
        var results = fuzzCase.PathOf("results.json");
        FuzzFailures.Collect(
            () => SloRules(fuzzCase, definitions),
            () => Run(definitions, "text"),
            () => Run(definitions, "junit"),
            () => Run(definitions, "markdown"),
            () => Run(definitions, "prometheus"),
            () => Run(definitions, "json", results),
            () => Render(fuzzCase, definitions, results));
    }

    /// <summary><c>monitors render</c> with the run's results: every page, dashboard and report it writes.</summary>
    private static void Render(FuzzCase fuzzCase, string definitions, string results)
    {
        if (!File.Exists(results))
        {
            return;
        }

        var wiki = fuzzCase.PathOf("wiki");
        var rendered = InProcessCli.Run("render", definitions, "--out", wiki, "--results", results, "--openslo");
        if (rendered.ExitCode != ExitCodes.Passed)
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, $"render of accepted definitions exits {rendered.ExitCode}", rendered.Describe());
        }

        var checks = new List<Action>
        {
            () => OutputValidity.PlainText(rendered.Error, "render's standard error"),
            () => OutputValidity.PlainText(rendered.Out, "render's standard output"),
        };
        foreach (var file in Directory.EnumerateFiles(wiki, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(wiki, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            checks.Add(() =>
            {
                try
                {
                    CheckRendered(Path.GetExtension(file), text);
                }
                catch (FuzzFailure failure)
                {
                    throw new FuzzFailure(failure.Kind, failure.Symptom, $"in {relative}: {failure.Detail}");
                }
            });
        }

        FuzzFailures.Collect([.. checks]);
    }

    private static void CheckRendered(string extension, string text)
    {
        switch (extension)
        {
            case ".md":
                OutputValidity.Markdown(text, "a rendered Markdown page");
                break;
            case ".json":
                OutputValidity.Json(text, "a rendered JSON file").Dispose();
                break;
            case ".html":
                OutputValidity.Html(text, "the rendered HTML report");
                break;
            case ".yaml" or ".yml":
                OutputValidity.Yaml(text, "a rendered YAML file");
                break;
            default:
                break;
        }
    }
}
