using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Validation;

/// <summary>The documentation page of a rule, <c>docs/rules/&lt;id&gt;.md</c>, found from the test's output folder.</summary>
internal static class RulePage
{
    /// <summary>The folder that holds <c>MonitorsAsCode.sln</c>.</summary>
    public static string RepositoryRoot => RepositoryCheckout.Root;

    /// <summary>The absolute path of the rule's page (which may not exist).</summary>
    public static string PathOf(DiagnosticRule rule) => Path.Combine(RepositoryRoot, rule.HelpPath);

    /// <summary>The absolute path of the rules index.</summary>
    public static string IndexPath => Path.Combine(RepositoryRoot, "docs", "rules", "README.md");

    /// <summary>Asserts that the rule's page exists and that its title is <c># &lt;id&gt;: &lt;title&gt;</c>.</summary>
    public static void ShouldBeDocumented(DiagnosticRule rule)
    {
        var path = PathOf(rule);
        File.Exists(path).Should().BeTrue($"rule {rule.Id} needs its page at {rule.HelpPath}");
        var firstLine = File.ReadLines(path).FirstOrDefault();
        firstLine.Should().StartWith($"# {rule.Id}:").And.Be($"# {rule.Id}: {rule.Title}");
    }
}
