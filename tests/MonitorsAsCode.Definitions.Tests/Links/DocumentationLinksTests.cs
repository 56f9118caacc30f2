using System.Xml.Linq;
using MonitorsAsCode.Definitions.Links;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Links;

public sealed class DocumentationLinksTests
{
    [Fact]
    public void A_rule_page_is_its_markdown_in_the_repository_unless_a_docs_site_is_given()
    {
        DocumentationLinks.RulePage(null, "MAC0009").Should().Be("https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0009.md");
        DocumentationLinks.RulePage("https://docs.example.com/ml/", "MAC0009").Should().Be("https://docs.example.com/ml/rules/MAC0009/");
        DocumentationLinks.RulePage("https://docs.example.com/ml", "MAC0009").Should().Be("https://docs.example.com/ml/rules/MAC0009/");
    }

    [Fact]
    public void The_default_rule_pages_are_files_of_this_repository_at_the_address_written_once_in_the_build_props()
    {
        var props = XDocument.Load(RepositoryCheckout.Path("Directory.Build.props"));
        var repositoryUrl = props.Descendants("RepositoryUrl").Single().Value;

        DocumentationLinks.DefaultDocsUrl.Should().Be(repositoryUrl + "/blob/main/docs");
        foreach (var rule in DefinitionRules.All)
        {
            var page = DocumentationLinks.RulePage(null, rule.Id);
            page.Should().Be(repositoryUrl + "/blob/main/" + rule.HelpPath).And.Be(rule.HelpUrl);
            File.Exists(RepositoryCheckout.Path(rule.HelpPath.Split('/'))).Should().BeTrue($"{page} must name a file of the repository");
        }
    }

    [Fact]
    public void A_page_is_joined_to_its_base_with_one_slash()
    {
        DocumentationLinks.Page("https://wiki.example.com/ml//", "slo-scoring-latency").Should().Be("https://wiki.example.com/ml/slo-scoring-latency");
    }

    [Theory]
    [InlineData("https://wiki.example.com")]
    [InlineData("http://localhost:8000/docs/")]
    public void Absolute_web_addresses_are_bases(string url) => DocumentationLinks.Problem(url).Should().BeNull();

    [Theory]
    [InlineData("wiki/monitoring", "it is not an absolute address such as https://wiki.example.com/monitoring")]
    [InlineData("/srv/wiki", "it is not an absolute address such as https://wiki.example.com/monitoring")]
    [InlineData("file:///srv/wiki", "its scheme is 'file', and only http and https links open in a browser")]
    [InlineData("https://wiki.example.com/a b", "it holds a space or a control character")]
    [InlineData("https://wiki.example.com/?page=", "it holds a query or a fragment ('?' or '#'), after which no page name can be appended")]
    public void Other_values_are_refused_with_the_reason(string url, string reason) => DocumentationLinks.Problem(url).Should().Be(reason);
}
