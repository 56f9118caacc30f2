
namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// <c>monitors render</c> on the worked example: from the JSON of <c>monitors run</c> it writes the same
/// bytes as the golden files of the rendering tests, rewrites nothing when nothing changed, and
/// <c>--check</c> exits 1 on stale output; bad templates or results are one-line user errors.
/// </summary>
[UseCulture("de-DE")]
public sealed class RenderCommandTests : IDisposable
{
    private static readonly string Golden = Path.Combine(RepositoryCheckout.Root, "tests", "MonitorsAsCode.Rendering.Tests", "Golden");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mac-render-tests-" + Guid.NewGuid().ToString("N"));

    public RenderCommandTests()
    {
        Directory.CreateDirectory(folder);
    }

    private string Out => Path.Combine(folder, "out");

    [Fact]
    public void Rendering_from_the_run_json_writes_the_golden_files_byte_for_byte()
    {
        var results = RunJson();

        var outcome = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--results", results);

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.Out.Should().EndWith($"{Out}: 38 created, 0 updated, 0 removed, 0 unchanged\n");
        foreach (var golden in Directory.GetFiles(Golden, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Golden, golden);
            File.ReadAllBytes(Path.Combine(Out, relative)).Should().Equal(File.ReadAllBytes(golden), "{0} rendered from the JSON results must equal its golden file", relative);
        }

        File.ReadAllText(Path.Combine(Out, ".monitors-render")).Should().Contain("report.html\n").And.Contain("wiki/monitor-volume.md\n");
    }

    [Fact]
    public void Rendering_again_changes_nothing_and_check_says_up_to_date()
    {
        var results = RunJson();
        CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--results", results).ExitCode.Should().Be(0);
        var page = Path.Combine(Out, "wiki", "Home.md");
        var written = File.GetLastWriteTimeUtc(page).AddMinutes(-5);
        File.SetLastWriteTimeUtc(page, written);

        var again = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--results", results);
        var check = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--results", results, "--check");

        again.Out.Should().Be($"{Out}: 0 created, 0 updated, 0 removed, 38 unchanged\n");
        File.GetLastWriteTimeUtc(page).Should().Be(written, "an unchanged page is not rewritten");
        check.ExitCode.Should().Be(ExitCodes.Passed);
        check.Out.Should().Be($"up to date: 38 generated file(s) in {Out}\n");
    }

    [Fact]
    public void Check_exits_1_naming_stale_and_missing_files_and_writes_nothing()
    {
        CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out).ExitCode.Should().Be(0);
        var page = Path.Combine(Out, "wiki", "monitor-volume.md");
        File.WriteAllText(page, "edited by hand\n");
        File.Delete(Path.Combine(Out, "wiki", "gate-deploy.md"));

        var check = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--check");

        check.ExitCode.Should().Be(ExitCodes.Failed);
        check.Out.Should().Contain("missing              wiki/gate-deploy.md\n").And.Contain("stale                wiki/monitor-volume.md\n");
        check.Out.Should().EndWith($"{Out} is stale: 2 file(s) differ from what the definitions generate; run 'monitors render {RepositoryCheckout.FraudScoring} --out {Out}' and commit the result\n");
        File.ReadAllText(page).Should().Be("edited by hand\n");
    }

    [Fact]
    public void Check_of_a_missing_folder_is_stale()
    {
        var check = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--check");

        check.ExitCode.Should().Be(ExitCodes.Failed);
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public void A_template_naming_a_missing_field_is_a_user_error_naming_file_and_field()
    {
        var templates = Path.Combine(folder, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "monitor.sbn-md"), "# {{ id }} owned by {{ ownr }}\n");

        var outcome = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--templates", templates);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().StartWith($"error: template 'monitor.sbn-md' ({templates}/monitor.sbn-md) names field 'ownr', which does not exist");
        outcome.Error.Should().NotContain("   at ", "a user error has no stack trace");
        Directory.Exists(Out).Should().BeFalse("nothing is written when a template fails");
    }

    [Fact]
    public void A_runbook_file_that_is_not_utf8_is_a_user_error_naming_it_and_nothing_is_written()
    {
        using var definitions = DefinitionsFolder.Orders();
        definitions.Write("monitors.yaml", DefinitionsFolder.MonitorsYaml.Replace("    owner: shop-data\n", "    owner: shop-data\n    runbook: runbooks/amount.md\n", StringComparison.Ordinal));
        definitions.Write("runbooks/amount.md", string.Empty); // creates the folder
        File.WriteAllBytes(definitions.PathOf("runbooks/amount.md"), [.. "# Amount\n\nbad: "u8, 0xC3, 0x28, .. "\n"u8]);

        var outcome = CommandLine.Run("render", definitions.FullPath, "--out", Out);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("amount.md(3,6): error MAC0001").And.Contain("UTF-8");
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public void A_results_file_that_is_not_json_is_a_user_error()
    {
        var results = Path.Combine(folder, "results.json");
        File.WriteAllText(results, "not json");

        var outcome = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--results", results);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().StartWith($"error: results file '{results}' is not valid JSON");
    }

    [Fact]
    public void A_results_file_naming_a_monitor_that_does_not_exist_is_a_user_error_naming_it()
    {
        var results = RunJson();
        var text = File.ReadAllText(results);
        text.Should().Contain("\"monitor\": \"volume\"");
        File.WriteAllText(results, text.Replace("\"monitor\": \"volume\"", "\"monitor\": \"ghost-monitor\"", StringComparison.Ordinal));

        var outcome = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--results", results);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().StartWith($"error: results file '{results}' has results for monitor 'ghost-monitor' that the definitions do not declare");
        File.Exists(Path.Combine(Out, "report.html")).Should().BeFalse("nothing is written");
    }

    [Fact]
    public void The_wiki_option_chooses_the_navigation_files()
    {
        var outcome = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--wiki", "mkdocs");

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        File.Exists(Path.Combine(Out, "wiki", "index.md")).Should().BeTrue();
        File.Exists(Path.Combine(Out, "wiki", "SUMMARY.md")).Should().BeTrue();
        File.Exists(Path.Combine(Out, "report.html")).Should().BeFalse("the report needs --results");
    }

    [Fact]
    public void The_openslo_option_writes_the_same_openslo_documents_as_slo_rules_and_check_covers_them()
    {
        var rules = Path.Combine(folder, "rules");
        CommandLine.Run("slo", "rules", RepositoryCheckout.FraudScoring, "--out", rules, "--openslo").ExitCode.Should().Be(ExitCodes.Passed);

        var outcome = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--openslo");
        var upToDate = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--openslo", "--check");
        var imported = CommandLine.Run("import", "openslo", Path.Combine(Out, "openslo.yaml"));

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.Out.Should().Contain("created              openslo.yaml\n");
        File.ReadAllBytes(Path.Combine(Out, "openslo.yaml")).Should().Equal(File.ReadAllBytes(Path.Combine(rules, "openslo.yaml")));
        File.ReadAllText(Path.Combine(Out, ".monitors-render")).Should().Contain("openslo.yaml\n");
        upToDate.ExitCode.Should().Be(ExitCodes.Passed, upToDate.Out);
        imported.ExitCode.Should().Be(ExitCodes.Passed, imported.Error);
        imported.Out.Should().Contain("  - id: scoring-latency\n");

        File.AppendAllText(Path.Combine(Out, "openslo.yaml"), "# edited by hand\n");
        var stale = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--openslo", "--check");
        stale.ExitCode.Should().Be(ExitCodes.Failed);
        stale.Out.Should().Contain("stale                openslo.yaml\n").And.Contain("--openslo' and commit the result");
    }

    [Fact]
    public void Render_writes_the_same_prometheus_rules_and_alertmanager_routing_as_slo_rules()
    {
        var rules = Path.Combine(folder, "rules");
        CommandLine.Run("slo", "rules", RepositoryCheckout.FraudScoring, "--out", rules).ExitCode.Should().Be(ExitCodes.Passed);

        var outcome = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out);

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.Out.Should().Contain("created              prometheus/prometheus-rules.yaml\n").And.Contain("created              prometheus/alertmanager.yaml\n");
        File.ReadAllBytes(Path.Combine(Out, "prometheus", "prometheus-rules.yaml")).Should().Equal(File.ReadAllBytes(Path.Combine(rules, "prometheus-rules.yaml")));
        File.ReadAllBytes(Path.Combine(Out, "prometheus", "alertmanager.yaml")).Should().Equal(File.ReadAllBytes(Path.Combine(rules, "alertmanager.yaml")));
        File.ReadAllText(Path.Combine(Out, "prometheus", "prometheus-rules.yaml")).Should().Contain("slo:sli_error:ratio_rate5m");
    }

    [Fact]
    public void Rendering_without_the_openslo_option_removes_the_openslo_documents_it_wrote_before()
    {
        CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out, "--openslo").ExitCode.Should().Be(ExitCodes.Passed);

        var outcome = CommandLine.Run("render", RepositoryCheckout.FraudScoring, "--out", Out);

        outcome.Out.Should().Contain("removed              openslo.yaml\n");
        File.Exists(Path.Combine(Out, "openslo.yaml")).Should().BeFalse();
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string RunJson()
    {
        var results = Path.Combine(folder, "results.json");
        CommandLine.Run("run", RepositoryCheckout.FraudScoring, "--format", "json", "--out", results).ExitCode.Should().Be(ExitCodes.Failed);
        return results;
    }
}
