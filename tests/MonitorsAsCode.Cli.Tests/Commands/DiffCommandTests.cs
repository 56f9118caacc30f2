
namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// <c>monitors diff DIR BASE [HEAD]</c> against throwaway git repositories: changes between commits and
/// against the working tree, in text, JSON and Markdown, <c>--fail-on-loosened</c>, and the ways it is
/// refused (invalid definitions, unknown revisions, no repository) with exit 2 and one message.
/// </summary>
[UseCulture("de-DE")]
public sealed class DiffCommandTests
{
    private const string Definitions = "monitors/orders";

    private const string DatasetsYaml = """
        datasets:
          - id: orders
            owner: shop-data
            snapshots: { reference: data/reference.csv, current: data/current.csv }
            columns:
              order_id:  { type: string, role: id }
              placed_at: { type: timestamp, role: event_time }
              amount:    { type: double, role: feature }

        """;

    private const string MonitorsYaml = """
        monitors:
          - id: amount-drift
            dataset: orders
            check: drift
            column: amount
            warn: 0.1
            fail: 0.25
            severity: act
            owner: shop-oncall
            runbook: runbooks/drift.md

          - id: amount-completeness
            dataset: orders
            check: completeness
            column: amount
            warn: 0.01
            fail: 0.05
            owner: shop-data

          - id: orders-freshness
            dataset: orders
            check: freshness
            column: placed_at
            warn: 24h
            fail: 36h

        gates:
          - id: deploy
            monitors: [amount-drift, amount-completeness, orders-freshness]

        """;

    /// <summary>A loosened and a lowered monitor (risky), a tightened one and a new owner.</summary>
    private static readonly string EditedMonitorsYaml = MonitorsYaml
        .Replace("fail: 0.25\n    severity: act", "fail: 0.5\n    severity: investigate", StringComparison.Ordinal)
        .Replace("fail: 0.05\n    owner: shop-data", "fail: 0.05\n    owner: shop-oncall", StringComparison.Ordinal)
        .Replace("fail: 36h", "fail: 30h", StringComparison.Ordinal);

    [Fact]
    public void Text_lists_each_change_with_its_risk_risky_first()
    {
        using var repository = DiffRepositories.WithTwoCommits(EditedMonitorsYaml);

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD");

        outcome.ExitCode.Should().Be(ExitCodes.Passed, "without --fail-on-loosened a diff only reports; stderr: {0}", outcome.Error);
        outcome.Error.Should().BeEmpty();
        outcome.Out.Should().Be("""
            monitors/orders (HEAD~1 → HEAD): 4 changes: 2 risky, 1 tightening, 1 neutral

            risky       amount-drift         fail threshold loosened 0.25 → 0.5
            risky       amount-drift         severity lowered act → investigate
            neutral     amount-completeness  owner changed shop-data → shop-oncall
            tightening  orders-freshness     fail threshold tightened 36h → 30h

            """);
    }

    [Fact]
    public void Markdown_is_a_pull_request_comment_with_risky_changes_first()
    {
        using var repository = DiffRepositories.WithTwoCommits(EditedMonitorsYaml);

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD", "--format", "markdown");

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.Out.Should().Be("""
            ## Monitoring changes

            `monitors/orders`, `HEAD~1` → `HEAD`: 4 changes, 2 risky.

            ### Risky: protection loosened or removed

            - `amount-drift`: fail threshold loosened 0.25 → 0.5; severity lowered act → investigate

            ### Tightened

            - `orders-freshness`: fail threshold tightened 36h → 30h

            ### Other changes

            - `amount-completeness`: owner changed shop-data → shop-oncall

            """);
    }

    [Fact]
    public void Markdown_escapes_formatting_but_not_underscores_inside_words()
    {
        using var repository = DiffRepositories.WithTwoCommits(MonitorsYaml
            .Replace("owner: shop-oncall", "owner: '*shop*'", StringComparison.Ordinal)
            .Replace("owner: shop-data", "owner: shop_data_oncall", StringComparison.Ordinal));

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD", "--format", "markdown");

        outcome.Out.Should().Contain("- `amount-completeness`: owner changed shop-data → shop_data_oncall\n")
            .And.Contain("- `amount-drift`: owner changed shop-oncall → \\*shop\\*\n");
    }

    [Fact]
    public void Json_lists_every_field_of_every_change_in_a_stable_order()
    {
        using var repository = DiffRepositories.WithTwoCommits(EditedMonitorsYaml);

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD", "--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        var changes = outcome.Json().GetProperty("changes").EnumerateArray().ToList();
        changes.Select(c => c.GetProperty("kind").GetString() + " " + c.GetProperty("subject").GetString()).Should().Equal(
            "threshold-loosened amount-drift",
            "severity-lowered amount-drift",
            "owner-changed amount-completeness",
            "threshold-tightened orders-freshness");
        var first = changes[0];
        first.EnumerateObject().Select(p => p.Name).Should().Equal("kind", "subject", "field", "before", "after", "risk", "summary");
        first.GetProperty("field").GetString().Should().Be("fail");
        first.GetProperty("before").GetString().Should().Be("0.25");
        first.GetProperty("after").GetString().Should().Be("0.5");
        first.GetProperty("risk").GetString().Should().Be("risky");
        first.GetProperty("summary").GetString().Should().Be("fail threshold loosened 0.25 → 0.5");
        changes[3].GetProperty("before").GetString().Should().Be("36h");
        changes[3].GetProperty("risk").GetString().Should().Be("tightening");
    }

    [Fact]
    public void A_repository_planted_in_the_definitions_folder_cannot_hide_a_loosened_threshold()
    {
        using var repository = DiffRepositories.WithTwoCommits(EditedMonitorsYaml);

        // The pull request commits a bare repository into its folder: a decoy history with two identical commits.
        using var decoy = GitRepositoryFolder.Create();
        decoy.Write("datasets.yaml", DatasetsYaml);
        decoy.Write("monitors.yaml", MonitorsYaml);
        decoy.Commit("decoy base");
        decoy.Write("README.md", "nothing changed\n");
        decoy.Commit("decoy head");
        repository.PlantRepository(Definitions, decoy);

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~2", "HEAD~1", "--fail-on-loosened");

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("bare git repository").And.Contain("checkout's own .git");
    }

    [Fact]
    public void Fail_on_loosened_exits_1_when_a_change_is_risky()
    {
        using var repository = DiffRepositories.WithTwoCommits(EditedMonitorsYaml);

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD", "--fail-on-loosened");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        outcome.Out.Should().Contain("fail threshold loosened 0.25 → 0.5");
    }

    [Fact]
    public void Fail_on_loosened_exits_0_when_changes_only_tighten()
    {
        using var repository = DiffRepositories.WithTwoCommits(MonitorsYaml.Replace("fail: 0.25", "fail: 0.2", StringComparison.Ordinal));

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD", "--fail-on-loosened");

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.OutLines.Should().Contain(line => line.StartsWith("tightening  amount-drift", StringComparison.Ordinal) && line.EndsWith("fail threshold tightened 0.25 → 0.2", StringComparison.Ordinal));
    }

    [Fact]
    public void Monitors_moved_to_a_renamed_file_and_reformatted_are_no_change()
    {
        using var repository = DiffRepositories.WithFirstCommit();
        Directory.CreateDirectory(repository.PathOf(Definitions + "/alerts"));
        repository.Git("mv", Definitions + "/monitors.yaml", Definitions + "/alerts/quality.yml");
        repository.Write(Definitions + "/alerts/quality.yml", "# Same monitors, another file and style.\n" + MonitorsYaml
            .Replace("warn: 0.1\n    fail: 0.25", "fail: 2.5e-1\n    warn: '0.1'", StringComparison.Ordinal)
            .Replace("fail: 36h", "fail: 1d12h", StringComparison.Ordinal)
            .Replace("[amount-drift, amount-completeness, orders-freshness]", "[orders-freshness, amount-drift, amount-completeness]", StringComparison.Ordinal));
        repository.Commit("Move the monitors");

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD", "--fail-on-loosened");

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.OutLines.Should().Equal("monitors/orders (HEAD~1 → HEAD): no changes");
        CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD", "--format", "json").Json()
            .GetProperty("changes").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Without_a_head_revision_the_working_tree_is_compared()
    {
        using var repository = DiffRepositories.WithFirstCommit();
        repository.Write(Definitions + "/monitors.yaml", MonitorsYaml.Replace("    monitors: [amount-drift, amount-completeness, orders-freshness]", "    monitors: [amount-drift, orders-freshness]", StringComparison.Ordinal));
        // Untracked files count too: the working tree is what 'monitors run' would read.
        repository.Write(Definitions + "/retrain.yaml", "gates:\n  - id: retrain\n    monitors: [amount-drift]\n");

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD", "--format", "markdown", "--fail-on-loosened");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        outcome.Out.Should().Contain("`monitors/orders`, `HEAD` → `working tree`: 2 changes, 1 risky.")
            .And.Contain("- `deploy`: monitor amount-completeness removed from the gate\n")
            .And.Contain("- `retrain`: gate added with monitors amount-drift\n");
        CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD", "HEAD").OutLines
            .Should().Equal("monitors/orders (HEAD → HEAD): no changes");
    }

    [Fact]
    public void A_working_tree_file_that_is_not_utf8_is_a_MAC0001_and_nothing_is_compared()
    {
        using var repository = DiffRepositories.WithFirstCommit();
        var path = repository.PathOf(Definitions + "/retrain.yaml");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes("gates:\n  - id: retrain"), 0xFE, .. System.Text.Encoding.UTF8.GetBytes("\n    monitors: [amount-drift]\n")]);

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD");

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Out.Should().BeEmpty();
        outcome.Error.Should().Contain("retrain.yaml(2,16): error MAC0001: byte 0xFE is not valid UTF-8; definitions must be UTF-8 (save the file as UTF-8)")
            .And.Contain("nothing was compared");
    }

    [Fact]
    public void A_definitions_file_too_large_at_a_revision_is_refused_from_its_size_before_git_shows_it()
    {
        using var repository = DiffRepositories.WithFirstCommit();
        repository.Write(Definitions + "/huge.yaml", "# " + new string('x', 17 * 1024 * 1024) + "\n");
        repository.Commit("a huge definitions file");

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD");

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Out.Should().BeEmpty();
        outcome.Error.Should().Contain("HEAD:" + Definitions + "/huge.yaml is 17825795 bytes; a definitions file may be at most 16777216 bytes (16 MiB)");
    }

    [Fact]
    public void Folder_given_as_a_relative_path_resolves_snapshots_alike_on_both_sides()
    {
        using var repository = DiffRepositories.WithFirstCommit();
        repository.Write(Definitions + "/monitors.yaml", MonitorsYaml.Replace("fail: 36h", "fail: 30h", StringComparison.Ordinal));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, repository.PathOf(Definitions)) + "/";

        var outcome = CommandLine.Run("diff", relative, "HEAD");

        outcome.ExitCode.Should().Be(ExitCodes.Passed, "stderr: {0}", outcome.Error);
        outcome.OutLines.Should().Equal(
            "monitors/orders (HEAD → working tree): 1 change: 1 tightening",
            string.Empty,
            "tightening  orders-freshness  fail threshold tightened 36h → 30h");
    }

    [Fact]
    public void Changes_outside_the_folder_are_not_reported()
    {
        using var repository = DiffRepositories.WithFirstCommit();
        repository.Write("monitors/payments/monitors.yaml", DatasetsYaml.Replace("id: orders", "id: payments", StringComparison.Ordinal));
        repository.Write("monitors/orders-archive/monitors.yaml", DatasetsYaml.Replace("id: orders", "id: archive", StringComparison.Ordinal));
        repository.Commit("Another dataset next door");

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD");

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.OutLines.Should().Equal("monitors/orders (HEAD~1 → HEAD): no changes");
    }

    [Fact]
    public void Folder_created_after_the_base_revision_is_all_added()
    {
        using var repository = DiffRepositories.WithFirstCommit();
        repository.Write("monitors/payments/datasets.yaml", DatasetsYaml.Replace("id: orders", "id: payments", StringComparison.Ordinal));
        repository.Commit("Payments");

        var outcome = CommandLine.Run("diff", repository.PathOf("monitors/payments"), "HEAD~1", "HEAD");

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.OutLines.Should().Equal(
            "monitors/payments (HEAD~1 → HEAD): 1 change: 1 neutral",
            string.Empty,
            "neutral     payments  dataset added with 3 columns");
    }

    [Fact]
    public void Invalid_definitions_at_a_revision_exit_2_with_diagnostics_naming_the_revision()
    {
        using var repository = DiffRepositories.WithTwoCommits(MonitorsYaml.Replace("column: amount\n    warn: 0.01", "column: amont\n    warn: 0.01", StringComparison.Ordinal));

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD");

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines.Should().HaveCount(2);
        outcome.ErrorLines[0].Should().StartWith("HEAD:monitors/orders/monitors.yaml(15,13): error MAC0007: ").And.Contain("'amont'");
        outcome.ErrorLines[1].Should().Be("invalid definitions: 1 error(s) at HEAD; nothing was compared");
    }

    [Fact]
    public void Invalid_definitions_in_the_working_tree_are_reported_at_their_path_on_disk()
    {
        using var repository = DiffRepositories.WithFirstCommit();
        repository.Write(Definitions + "/monitors.yaml", MonitorsYaml.Replace("severity: act", "severity: urgent", StringComparison.Ordinal));

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD");

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines[0].Should().StartWith(repository.PathOf(Definitions + "/monitors.yaml") + "(8,15): error ");
        outcome.ErrorLines[^1].Should().Be("invalid definitions: 1 error(s) at working tree; nothing was compared");
    }

    [Fact]
    public void Unknown_revision_exits_2_with_one_line()
    {
        using var repository = DiffRepositories.WithFirstCommit();

        var unknown = CommandLine.Run("diff", repository.PathOf(Definitions), "no-such-branch", "HEAD");
        var beforeFirstCommit = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD");

        unknown.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        unknown.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: unknown revision 'no-such-branch'");
        beforeFirstCommit.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        beforeFirstCommit.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: unknown revision 'HEAD~1'");
    }

    [Fact]
    public void Folder_outside_a_git_repository_exits_2_with_one_line()
    {
        var folder = Directory.CreateTempSubdirectory("mac-cli-diff-nogit-");
        try
        {
            var outcome = CommandLine.Run("diff", folder.FullName, "HEAD~1", "HEAD");

            outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
            outcome.ErrorLines.Should().Equal($"error: '{folder.FullName}' is not inside a git working tree");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Folder_without_definitions_on_either_side_exits_2()
    {
        using var repository = DiffRepositories.WithTwoCommits(EditedMonitorsYaml);

        var outcome = CommandLine.Run("diff", repository.PathOf("monitors/typo"), "HEAD~1", "HEAD");

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines.Should().ContainSingle().Which.Should().Contain("no *.yaml or *.yml definitions").And.Contain("monitors/typo");
    }

    [Fact]
    public void Help_explains_the_arguments_with_an_example()
    {
        var outcome = CommandLine.Run("diff", "--help");

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.Out.Should().Contain("Usage:").And.Contain("<DIR> <BASE> [<HEAD>]").And.Contain("--fail-on-loosened").And.Contain("--format");
        outcome.OutLines.Should().Contain(line => line.Trim() == "monitors diff monitors/fraud-scoring HEAD~1 HEAD");
    }

    /// <summary>A git repository in a fresh temporary directory, deleted on dispose.</summary>
    /// <summary>Throwaway repositories holding <c>monitors/orders</c>.</summary>
    /// <summary>A C# monitor beside the YAML, whose fail threshold a pull request loosens a hundredfold.</summary>
    private const string CSharpMonitors = """
        using MonitorsAsCode.Definitions.Building;

        public sealed class OrderMonitors : MonitorSet
        {
            public override void Define(MonitorBuilder m) =>
                m.Completeness("amount-completeness-csharp", "orders", "amount").Warn(0.1).Fail(0.25);
        }

        """;

    [Fact]
    public void A_loosened_csharp_threshold_is_not_called_no_changes_and_fails_fail_on_loosened()
    {
        using var repository = DiffRepositories.WithCSharpEdit(CSharpMonitors.Replace("Fail(0.25)", "Fail(25)", StringComparison.Ordinal));

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD", "--fail-on-loosened");

        outcome.ExitCode.Should().Be(ExitCodes.Failed, "a C# change the diff cannot judge must not pass as safe");
        outcome.Out.Should().Be("""
            monitors/orders (HEAD~1 → HEAD): no changes in the YAML definitions

            warning: 1 C# file changed and was not compared (diff reads only YAML and never builds or runs code); review it by hand:
              monitors/orders/OrderMonitors.cs

            """);
        outcome.Error.Should().Be("--fail-on-loosened: C# definitions changed and could not be judged, so the change is treated as risky\n");
    }

    [Fact]
    public void Json_and_markdown_name_the_csharp_files_that_were_not_compared()
    {
        using var repository = DiffRepositories.WithCSharpEdit(CSharpMonitors.Replace("Fail(0.25)", "Fail(25)", StringComparison.Ordinal));

        var json = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD", "--format", "json");
        var markdown = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD", "--format", "markdown");

        json.ExitCode.Should().Be(ExitCodes.Passed, "without --fail-on-loosened a diff only reports");
        json.Out.Should().Be("""
            {
              "changes": [],
              "uncomparedCSharp": [
                "monitors/orders/OrderMonitors.cs"
              ]
            }

            """);
        markdown.Out.Should().Be("""
            ## Monitoring changes

            `monitors/orders`, `HEAD~1` → `HEAD`: no changes to the YAML monitoring definitions.

            > [!WARNING]
            > 1 C# file changed and was not compared (diff reads only YAML and never builds or runs code); review it by hand:
            > - `monitors/orders/OrderMonitors.cs`

            """);
        var warning = "warning: 1 C# file changed and was not compared (diff reads only YAML and never builds or runs code); review it by hand: monitors/orders/OrderMonitors.cs\n";
        json.Error.Should().Be(warning);
        markdown.Error.Should().Be(warning);
    }

    [Fact]
    public void Csharp_changed_in_the_working_tree_is_named_too()
    {
        using var repository = DiffRepositories.WithCSharpEdit(CSharpMonitors);
        repository.Write(Definitions + "/OrderMonitors.cs", CSharpMonitors.Replace("Fail(0.25)", "Fail(25)", StringComparison.Ordinal));
        repository.Write(Definitions + "/obj/Generated.cs", "// build output is not a definition\n");

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD", "--fail-on-loosened");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        outcome.OutLines.Should().Equal(
            "monitors/orders (HEAD → working tree): no changes in the YAML definitions",
            string.Empty,
            "warning: 1 C# file changed and was not compared (diff reads only YAML and never builds or runs code); review it by hand:",
            "  monitors/orders/OrderMonitors.cs");
    }

    [Fact]
    public void Unchanged_csharp_beside_a_yaml_change_adds_no_warning()
    {
        using var repository = DiffRepositories.WithCSharpEdit(CSharpMonitors);
        repository.Write(Definitions + "/monitors.yaml", EditedMonitorsYaml);
        repository.Commit("Edit the YAML");

        var outcome = CommandLine.Run("diff", repository.PathOf(Definitions), "HEAD~1", "HEAD");

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.Out.Should().NotContain("C#");
        outcome.Error.Should().BeEmpty();
    }

    private static class DiffRepositories
    {
        /// <summary>A repository whose one commit holds <c>monitors/orders</c>: datasets.yaml, monitors.yaml and the runbook they name.</summary>
        public static GitRepositoryFolder WithFirstCommit()
        {
            var repository = GitRepositoryFolder.Create();
            repository.Write(Definitions + "/datasets.yaml", DatasetsYaml);
            repository.Write(Definitions + "/monitors.yaml", MonitorsYaml);
            repository.Write(Definitions + "/runbooks/drift.md", "# Amount drift\n");
            repository.Write("README.md", "Not a definition.\n");
            repository.Commit("First definitions");
            return repository;
        }

        /// <summary>The first commit, then a second with monitors.yaml replaced by <paramref name="monitorsYaml"/>.</summary>
        public static GitRepositoryFolder WithTwoCommits(string monitorsYaml)
        {
            var repository = WithFirstCommit();
            repository.Write(Definitions + "/monitors.yaml", monitorsYaml);
            repository.Commit("Edit the monitors");
            return repository;
        }

        /// <summary>The first commit with <see cref="CSharpMonitors"/> added, then, when <paramref name="csharp"/> differs, a second commit with it in its place.</summary>
        public static GitRepositoryFolder WithCSharpEdit(string csharp)
        {
            var repository = WithFirstCommit();
            repository.Write(Definitions + "/OrderMonitors.cs", CSharpMonitors);
            repository.Write(Definitions + "/Orders.Monitors.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
            repository.Commit("A C# monitor");
            if (!string.Equals(csharp, CSharpMonitors, StringComparison.Ordinal))
            {
                repository.Write(Definitions + "/OrderMonitors.cs", csharp);
                repository.Commit("Edit the C# monitor");
            }

            return repository;
        }
    }
}
