using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class YamlSyntaxAnalyzerTests
{
    [Fact]
    public void A_key_indented_too_far_is_reported_at_the_yaml_line_and_column()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
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
    public void A_key_written_twice_is_reported_at_the_second_key()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
                fail: 0.5
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,5): error MAC0001: invalid YAML: duplicate key 'fail' in the same mapping");
    }

    [Fact]
    public void Only_yaml_additional_files_are_read()
    {
        var diagnostics = DiagnoseYaml(("notes.txt", "this: [is not yaml"), ("settings.json", "{ \"a\": "));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new YamlSyntaxAnalyzer(), DefinitionRules.YamlSyntax);
    }
}
