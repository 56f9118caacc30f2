namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class InvalidLinkBaseTests
{
    [Fact]
    public void A_relative_runbook_base_url_is_reported_at_its_value()
    {
        DefinitionFiles.Diagnose(("links.yaml", "runbook_base_url: wiki/monitoring\n")).Should().Equal(
            "links.yaml(1,19): error MAC0026: runbook_base_url 'wiki/monitoring' is not a base address for links: it is not an absolute address such as https://wiki.example.com/monitoring");
    }

    [Fact]
    public void A_docs_url_with_a_fragment_or_another_scheme_is_reported()
    {
        DefinitionFiles.Diagnose(("links.yaml", "docs_url: https://docs.example.com/#rules\nrunbook_base_url: javascript://wiki\n")).Should().Equal(
            "links.yaml(1,11): error MAC0026: docs_url 'https://docs.example.com/#rules' is not a base address for links: it holds a query or a fragment ('?' or '#'), after which no page name can be appended",
            "links.yaml(2,19): error MAC0026: runbook_base_url 'javascript://wiki' is not a base address for links: its scheme is 'javascript', and only http and https links open in a browser");
    }

    [Fact]
    public void A_base_set_to_two_addresses_in_two_files_is_reported_at_the_second()
    {
        DefinitionFiles.Diagnose(
                ("a.yaml", "runbook_base_url: https://wiki.example.com/ml\n"),
                ("b.yaml", "runbook_base_url: https://wiki.example.com/ml-team\n"))
            .Should().Equal(
                "b.yaml(1,19): error MAC0026: runbook_base_url is set to 'https://wiki.example.com/ml-team' here and to 'https://wiki.example.com/ml' at a.yaml(1,19); write it once, so every link points at the same place");
    }

    [Fact]
    public void Absolute_http_and_https_bases_are_valid_and_the_same_one_may_be_repeated()
    {
        var loaded = Yaml.YamlDefinitionLoaderTests.Load(
            ("a.yaml", "docs_url: http://docs.internal:8080/monitors/\nrunbook_base_url: https://wiki.example.com/ml\n"),
            ("b.yaml", "runbook_base_url: https://wiki.example.com/ml\n"));

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.DocsUrl.Should().Be("http://docs.internal:8080/monitors/");
        loaded.Definitions.RunbookBaseUrl.Should().Be("https://wiki.example.com/ml");
    }

    [Fact]
    public void A_base_that_is_not_text_is_a_wrong_value_type()
    {
        DefinitionFiles.Diagnose(("links.yaml", "docs_url: [a, b]\n")).Should().Equal(
            "links.yaml(1,11): error MAC0003: 'docs_url' must be text, not a list");
    }

    [Fact]
    public void Is_documented() => RulePage.ShouldBeDocumented(Definitions.Validation.DefinitionRules.InvalidLinkBase);
}
