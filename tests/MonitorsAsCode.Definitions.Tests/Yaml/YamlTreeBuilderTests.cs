using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Yaml;

/// <summary>Malformed YAML that YamlDotNet rejects with other exceptions than YamlException is still a MAC0001 at a position.</summary>
public sealed class YamlTreeBuilderTests
{
    private const string CannotReadOn = "error MAC0001: invalid YAML: the parser cannot read on from here; look for an unclosed { or [, or a document marker (---, ...) or directive (%) where a value belongs";

    [Fact]
    public void A_document_marker_glued_to_a_value_in_a_flow_mapping_is_a_syntax_error()
    {
        var diagnostics = Diagnose(("bad.yaml", "a: { b: c---\nd }\n"));

        diagnostics.Should().Equal("bad.yaml(2,1): " + CannotReadOn);
    }

    [Theory]
    [InlineData("a: { b\n%YAML 1.1\n: c }\n", "bad.yaml(2,1): ")]
    [InlineData("a: { %YAML 1.1\nb: c }\n", "bad.yaml(2,1): ")]
    [InlineData("a: [ b\n%YAML 1.1\n]\n", "bad.yaml(2,1): ")]
    public void A_yaml_directive_inside_flow_brackets_is_a_syntax_error(string text, string position)
    {
        var diagnostics = Diagnose(("bad.yaml", text));

        diagnostics.Should().Equal(position + CannotReadOn);
    }
}
