using System.Reflection;
using System.Text.RegularExpressions;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class DefinitionRulesTests
{
    /// <summary>The file name the examples on the rule pages are loaded as; their diagnostics start with it.</summary>
    private const string ExampleFile = "definitions.yaml";

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in DefinitionRules.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Fact]
    public void Every_rule_has_a_unique_id_of_the_form_MAC_and_four_digits()
    {
        var ids = DefinitionRules.All.Select(r => r.Id).ToList();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().AllSatisfy(id => id.Should().MatchRegex("^MAC[0-9]{4}$"));
    }

    [Fact]
    public void Rule_ids_increase_from_MAC0001_in_the_order_of_All()
    {
        // Not necessarily consecutive: rules developed in parallel take their ids before they meet on main.
        var ids = DefinitionRules.All.Select(r => r.Id).ToList();

        ids[0].Should().Be("MAC0001");
        ids.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Every_rule_identifier_constant_belongs_to_exactly_one_rule()
    {
        var constants = typeof(RuleIdentifiers)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!) // every constant of RuleIdentifiers is a string
            .ToList();

        constants.Should().BeEquivalentTo(DefinitionRules.All.Select(r => r.Id));
    }

    [Fact]
    public void Every_rule_has_a_documentation_page_titled_with_its_id_and_title()
    {
        foreach (var rule in DefinitionRules.All)
        {
            RulePage.ShouldBeDocumented(rule);
        }
    }

    [Fact]
    public void The_rules_index_lists_every_rule_with_its_title_and_severity_and_links_its_page()
    {
        var index = File.ReadAllText(RulePage.IndexPath);

        foreach (var rule in DefinitionRules.All)
        {
            index.Should().Contain($"| [{rule.Id}]({rule.Id}.md) | {rule.Title} | {rule.Severity} |");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_bad_example_of_a_rule_page_produces_exactly_the_diagnostics_it_shows(string id)
    {
        var example = Example.Read(id);

        example.Diagnostics.Should().NotBeEmpty().And.AllSatisfy(line => line.Should().StartWith(ExampleFile + "(").And.Contain($": error {id}: "));
        Diagnose((ExampleFile, example.Bad)).Should().Equal(example.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_fixed_example_of_a_rule_page_produces_no_diagnostics(string id)
    {
        var example = Example.Read(id);

        Diagnose((ExampleFile, example.Fixed)).Should().BeEmpty();
    }

    /// <summary>
    /// The examples of a rule page: the first <c>yaml</c> block is the bad file, the <c>text</c> block after it
    /// the diagnostics it produces, and the next <c>yaml</c> block the fixed file.
    /// </summary>
    private sealed record Example(string Bad, IReadOnlyList<string> Diagnostics, string Fixed)
    {
        private static readonly Regex Fence = new(@"^```(?<language>[a-z]+)\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline);

        public static Example Read(string id)
        {
            var text = File.ReadAllText(Path.Combine(RulePage.RepositoryRoot, "docs", "rules", id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
            var blocks = Fence.Matches(text).Select(m => (Language: m.Groups["language"].Value, Body: m.Groups["body"].Value)).ToList();
            var bad = blocks.FindIndex(b => b.Language == "yaml");
            var diagnostics = blocks.FindIndex(bad + 1, b => b.Language == "text");
            var fixedFile = diagnostics < 0 ? -1 : blocks.FindIndex(diagnostics + 1, b => b.Language == "yaml");
            (bad >= 0 && diagnostics > bad && fixedFile > diagnostics).Should().BeTrue($"{id}.md needs a yaml block, a text block with its diagnostics, then a yaml block with the fix");
            var lines = blocks[diagnostics].Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return new Example(blocks[bad].Body, lines, blocks[fixedFile].Body);
        }
    }
}
