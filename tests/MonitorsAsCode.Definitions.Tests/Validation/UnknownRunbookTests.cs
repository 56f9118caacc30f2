using MonitorsAsCode.Definitions.Validation;
using MonitorsAsCode.Definitions.Yaml;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class UnknownRunbookTests : IDisposable
{
    private const string Runbooks = """
        runbooks:
          - id: feature-drift
            meaning: A feature no longer looks like the training window.
          - id: data-quality
            meaning: Values are missing or invalid.
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mac-runbook-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_runbook_id_that_is_not_declared_is_reported_at_the_runbook_with_the_nearest_id()
    {
        var diagnostics = Diagnose(("datasets.yaml", FraudScoring), ("runbooks.yaml", Runbooks), ("monitors.yaml", """
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
                runbook: feature-drfit
            """));

        diagnostics.Should().Equal(
            "monitors.yaml(7,14): error MAC0015: monitor 'amount-drift' names runbook 'feature-drfit', which is neither a declared runbook id nor a file (did you mean 'feature-drift'?); declared runbooks: feature-drift, data-quality (a file path holds a '/' or a '.', such as runbooks/feature-drfit.md)");
    }

    [Fact]
    public void Declared_ids_web_addresses_and_paths_of_definitions_in_memory_are_accepted()
    {
        var diagnostics = Diagnose(("datasets.yaml", FraudScoring), ("runbooks.yaml", Runbooks), ("monitors.yaml", """
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
                runbook: feature-drift
              - id: score-drift
                dataset: fraud-scoring
                check: drift
                column: score
                fail: 0.25
                runbook: https://wiki.example.com/runbooks/score-drift
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                fail: 0.05
                runbook: runbooks/not-on-disk.md
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_runbook_file_missing_next_to_yaml_on_disk_is_reported_with_where_it_was_looked_for()
    {
        Write("runbooks/feature-drift.md", "# Feature drift\n");
        Write("datasets.yaml", FraudScoring);
        Write("monitors.yaml", """
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
                runbook: runbooks/feature-drfit.md
              - id: score-drift
                dataset: fraud-scoring
                check: drift
                column: score
                fail: 0.25
                runbook: runbooks/feature-drift.md
            """);

        var diagnostics = YamlDefinitionLoader.LoadDirectory(folder).Diagnostics.Select(d => d.ToString());

        diagnostics.Should().Equal(
            $"{folder}/monitors.yaml(7,14): error MAC0015: monitor 'amount-drift' names runbook 'runbooks/feature-drfit.md', which is neither a declared runbook id nor an existing file: there is no file {folder}/runbooks/feature-drfit.md (did you mean 'runbooks/feature-drift.md'?)");
    }

    [Fact]
    public void Runbook_ids_are_unique()
    {
        var diagnostics = Diagnose(("runbooks.yaml", Runbooks + "\n  - id: feature-drift\n    meaning: again\n"));

        diagnostics.Should().Equal("runbooks.yaml(6,9): error MAC0005: duplicate runbook id 'feature-drift' (first declared at runbooks.yaml(2,5))");
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.UnknownRunbook);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
