using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class YamlSyntaxTests
{
    private const string Fixed = """
        monitors:
          - id: amount-drift
            dataset: fraud-scoring
            check: drift
            column: amount
            warn: 0.1
            fail: 0.25
        gates:
          - id: deploy
            monitors: [amount-drift]
        """;

    [Fact]
    public void A_key_indented_one_space_too_far_is_reported_where_the_parser_finds_the_stray_mapping()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                 column: amount
                warn: 0.1
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,12): error MAC0001: invalid YAML: While scanning a plain scalar value, found invalid mapping");
    }

    [Fact]
    public void An_unterminated_quoted_value_is_reported_at_its_opening_quote()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: "amount
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,13): error MAC0001: invalid YAML: While scanning a quoted scalar, found unexpected end of stream");
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_its_second_occurrence()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: 0.1
                fail: 0.25
                warn: 0.2
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(8,5): error MAC0001: invalid YAML: duplicate key 'warn' in the same mapping");
    }

    [Fact]
    public void An_alias_without_an_anchor_is_reported_at_the_alias_and_nowhere_else()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: *psi-warn
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0001: invalid YAML: alias '*psi-warn' names no anchor");
    }

    [Fact]
    public void An_alias_without_an_anchor_for_columns_beside_column_is_reported_not_a_crash()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                columns: *key-columns
                fail: 0.1
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,14): error MAC0001: invalid YAML: alias '*key-columns' names no anchor",
            "monitors.yaml(6,14): error MAC0003: write either 'column' or 'columns', not both");
    }

    [Fact]
    public void An_alias_without_an_anchor_for_a_band_limit_is_reported_at_the_alias_and_nowhere_else()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: volume
                dataset: fraud-scoring
                check: volume
                fail: { below: 0.5, above: *limit }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,32): error MAC0001: invalid YAML: alias '*limit' names no anchor");
    }

    [Fact]
    public void A_tab_used_for_indentation_is_reported_on_the_line_of_the_tab()
    {
        var diagnostics = Diagnose(("monitors.yaml", "datasets:\n  - id: ds\n    snapshots: { current: c.csv }\n    columns:\n      amount: { type: double }\nmonitors:\n  - id: a\n\tdataset: ds\n"));

        diagnostics.Should().Equal(
            "monitors.yaml(8,1): error MAC0001: invalid YAML: While scanning a plain scalar, found a tab character that violate indentation");
    }

    [Fact]
    public void A_file_that_fails_to_parse_does_not_make_other_files_report_its_monitors_as_unknown()
    {
        var diagnostics = Diagnose(
            ("datasets.yaml", FraudScoring),
            ("gates.yaml", """
                gates:
                  - id: deploy
                    monitors: [amount-drift]
                """),
            ("monitors.yaml", """
                monitors:
                  - id: amount-drift
                    dataset: fraud-scoring
                    check: drift
                     column: amount
                    warn: 0.1
                """));

        diagnostics.Should().Equal(
            "monitors.yaml(5,12): error MAC0001: invalid YAML: While scanning a plain scalar value, found invalid mapping");
    }

    [Fact]
    public void Well_formed_yaml_has_no_syntax_diagnostic()
    {
        DiagnoseMonitors(Fixed).Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.YamlSyntax);
    }
}
