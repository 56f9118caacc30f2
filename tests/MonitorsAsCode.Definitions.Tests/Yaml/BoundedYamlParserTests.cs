using MonitorsAsCode.Definitions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Yaml;

/// <summary>The limits on nesting, scalar length and aliases that keep a small hostile file small in memory and on the stack.</summary>
public sealed class BoundedYamlParserTests
{
    [Fact]
    public void Lists_nested_twenty_thousand_deep_are_a_syntax_error_not_a_stack_overflow()
    {
        var text = "monitors: " + new string('[', 20_000) + new string(']', 20_000) + "\n";

        var diagnostics = Diagnose(("deep.yaml", text));

        diagnostics.Should().Equal("deep.yaml(1,138): error MAC0001: invalid YAML: lists and mappings are nested more than 128 levels deep");
    }

    [Fact]
    public void Mappings_nested_past_the_limit_in_block_style_are_a_syntax_error()
    {
        var lines = new List<string>();
        for (var i = 0; i <= BoundedYamlParser.MaxDepth; i++)
        {
            lines.Add(new string(' ', i) + "k:");
        }

        var diagnostics = Diagnose(("deep.yaml", string.Join("\n", lines) + " 1\n"));

        diagnostics.Should().ContainSingle().Which.Should().EndWith("error MAC0001: invalid YAML: lists and mappings are nested more than 128 levels deep");
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = BoundedYamlParser.MaxDepth;
        var stream = new YamlStream();

        stream.Load(new BoundedYamlParser(new Parser(new StringReader(new string('[', depth) + new string(']', depth)))));

        stream.Documents.Should().ContainSingle();
    }

    [Fact]
    public void A_scalar_longer_than_the_limit_is_refused_at_its_position()
    {
        var text = "monitors:\n  - id: " + new string('x', BoundedYamlParser.MaxScalarChars + 1) + "\n";

        var diagnostics = Diagnose(("big.yaml", text));

        diagnostics.Should().Equal("big.yaml(2,9): error MAC0001: invalid YAML: a value is 1048577 characters long, and at most 1048576 (1 MiB) are accepted");
    }

    [Fact]
    public void A_scalar_of_the_limit_is_read()
    {
        var text = "a: " + new string('x', BoundedYamlParser.MaxScalarChars) + "\n";

        var read = () => Events(new BoundedYamlParser(new Parser(new StringReader(text))));

        read.Should().NotThrow();
    }

    [Fact]
    public void A_billion_laughs_file_is_refused_at_the_alias_that_goes_past_the_limit()
    {
        var lines = new List<string> { "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i < 20; i++)
        {
            lines.Add($"x{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9)) + "]");
        }

        lines.Add("monitors: *a19");

        var diagnostics = Diagnose(("laughs.yaml", string.Join("\n", lines) + "\n"));

        // 9^7 nodes behind one alias of x7 pass a million; the first alias of x7 already does.
        diagnostics.Should().Equal("laughs.yaml(7,10): error MAC0001: invalid YAML: aliases stand for more than 1000000 nodes in this document; write the values out or use fewer aliases");
    }

    [Fact]
    public void Aliases_are_counted_as_the_nodes_they_stand_for()
    {
        // The anchored list is 4 nodes (the list and 3 items); two aliases stand for 8.
        const string Text = "a: &l [1, 2, 3]\nb: *l\nc: *l\n";

        var within = () => Events(new BoundedYamlParser(new Parser(new StringReader(Text)), maxDepth: 10, maxScalarChars: 10, maxAliasedNodes: 8));
        var past = () => Events(new BoundedYamlParser(new Parser(new StringReader(Text)), maxDepth: 10, maxScalarChars: 10, maxAliasedNodes: 7));

        within.Should().NotThrow();
        past.Should().Throw<YamlException>().Which.Start.Line.Should().Be(3);
    }

    [Fact]
    public void An_alias_inside_the_node_it_names_is_a_syntax_error()
    {
        var diagnostics = Diagnose(("loop.yaml", "monitors: &a [1, *a]\n"));

        diagnostics.Should().Equal("loop.yaml(1,18): error MAC0001: invalid YAML: alias '*a' refers to the node that holds it");
    }

    [Fact]
    public void Shared_anchors_of_an_ordinary_file_are_read()
    {
        var loaded = YamlDefinitionLoaderTests.Load(("monitors.yaml", """
            datasets:
              - id: d
                snapshots: { current: data/current.csv }
                columns: { amount: { type: double } }
            monitors:
              - id: a
                dataset: d
                check: completeness
                column: amount
                fail: &limit 0.1
              - id: b
                dataset: d
                check: completeness
                column: amount
                fail: *limit
            """));

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.Monitors.Should().HaveCount(2);
    }

    private static int Events(IParser parser)
    {
        var count = 0;
        while (parser.MoveNext())
        {
            count++;
        }

        return count;
    }
}
