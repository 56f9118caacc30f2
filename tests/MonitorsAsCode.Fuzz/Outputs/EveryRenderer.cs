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
        OutputValidity.PlainText(outcome.Error, "slo rules' standard error");
        if (outcome.ExitCode != ExitCodes.Passed)
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, "slo rules refuses definitions validate accepted", outcome.Describe());
        }

        Promtool.CheckRules(Path.Combine(outDir, "prometheus-rules.yaml"));
        OutputValidity.Yaml(File.ReadAllText(Path.Combine(outDir, "alertmanager.yaml")), "alertmanager.yaml");
        OutputValidity.Yaml(File.ReadAllText(Path.Combine(outDir, "openslo.yaml")), "openslo.yaml");
    }

    /// <summary><c>monitors run --format F</c> for one format; returns the outcome after checking it.</summary>
    public static CliOutcome Run(string definitions, string format, string? outFile = null)
    {
        string[] args = outFile is null ? ["run", definitions, "--format", format] : ["run", definitions, "--format", format, "--out", outFile];
        var outcome = InProcessCli.Run(args);
        OutputValidity.PlainText(outcome.Error, $"run --format {format}'s standard error");
        if (Array.IndexOf(RunExitCodes, outcome.ExitCode) < 0)
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, $"run --format {format} of accepted definitions exits {outcome.ExitCode}", outcome.Describe());
        }

        if (outcome.ExitCode == ExitCodes.DataUnreadable)
        {
            return outcome;
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
                Promtool.CheckMetrics(text);
                break;
            default:
                OutputValidity.PlainText(text, "run --format text");
                break;
        }

        return outcome;
    }

    /// <summary>Every run format, then <c>monitors render</c> with the run's results.</summary>
    public static void All(FuzzCase fuzzCase, string definitions)
    {
        SloRules(fuzzCase, definitions);
        foreach (var format in new[] { "text", "junit", "markdown", "prometheus" })
        {
            Run(definitions, format);
        }

        var results = fuzzCase.PathOf("results.json");
        if (Run(definitions, "json", results).ExitCode == ExitCodes.DataUnreadable)
        {
            return;
        }

        var wiki = fuzzCase.PathOf("wiki");
        var rendered = InProcessCli.Run("render", definitions, "--out", wiki, "--results", results, "--openslo");
        OutputValidity.PlainText(rendered.Error, "render's standard error");
        OutputValidity.PlainText(rendered.Out, "render's standard output");
        if (rendered.ExitCode != ExitCodes.Passed)
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, $"render of accepted definitions exits {rendered.ExitCode}", rendered.Describe());
        }

        foreach (var file in Directory.EnumerateFiles(wiki, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = "render's " + Path.GetRelativePath(wiki, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            switch (Path.GetExtension(file))
            {
                case ".md":
                    OutputValidity.Markdown(text, name);
                    break;
                case ".json":
                    OutputValidity.Json(text, name).Dispose();
                    break;
                case ".html":
                    OutputValidity.Html(text, name);
                    break;
                case ".yaml" or ".yml":
                    OutputValidity.Yaml(text, name);
                    break;
                default:
                    break;
            }
        }
    }
}
