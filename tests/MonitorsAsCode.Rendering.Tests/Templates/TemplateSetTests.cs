using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.Templates;

public sealed class TemplateSetTests : IDisposable
{
    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    [Fact]
    public void The_built_in_templates_are_the_files_of_the_templates_folder()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryCheckout.Root, "templates"), "*.hbs").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        TemplateSet.Files.Should().Equal(files);
        foreach (var file in TemplateSet.Files)
        {
            TemplateSet.BuiltInText(file).Should().Be(File.ReadAllText(Path.Combine(RepositoryCheckout.Root, "templates", file)).Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_template_in_the_folder_replaces_only_that_template()
    {
        folder.Write("gate.md.hbs", "Gate {{id}} has {{monitors.count}} monitors.\n");

        var templates = TemplateSet.Load(folder.Root);
        var files = SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, WorkedExample.Run, templates, WikiFlavour.GitHub);

        WorkedExample.File(files, "wiki/gate-deploy.md").Should().Be("Gate deploy has 12 monitors.\n");
        WorkedExample.File(files, "wiki/Home.md").Should().Be(WorkedExample.File(WorkedExample.Render(), "wiki/Home.md"));
        templates.Origin("gate.md.hbs").Should().EndWith("/gate.md.hbs");
        templates.Origin("monitor.md.hbs").Should().Be("built-in");
    }

    [Fact]
    public void The_md_helper_and_a_plain_value_escape_the_same_way_in_a_markdown_template()
    {
        folder.Write("sidebar.md.hbs", "{{md id}}\n{{id}}\n{{{id}}}\n");
        const string Hostile = "@channel <b>x</b> ![i](http://e/p.png) bell\u0007";

        var page = TemplateSet.Load(folder.Root).Render("sidebar.md.hbs", new { id = Hostile });

        var lines = page.Split('\n');
        lines[0].Should().Be(MarkdownText.Inline(Hostile)).And.Be("@\u200dchannel &lt;b&gt;x&lt;/b&gt; !\\[i\\](http:\u200d//e/p.png) bell\\\\x07");
        lines[1].Should().Be(lines[0], "{{value}} escapes by default, so a template cannot forget to");
        lines[2].Should().Be(Hostile, "{{{value}}} is the one way to write a value raw");
    }

    [Fact]
    public void A_field_that_does_not_exist_fails_with_the_template_file_and_the_field()
    {
        var path = folder.Write("monitor.md.hbs", "# {{id}}\n\nOwned by {{ownr}}.\n");
        var templates = TemplateSet.Load(folder.Root);

        var render = () => SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, null, templates, WikiFlavour.GitHub);

        render.Should().Throw<TemplateException>().WithMessage($"template 'monitor.md.hbs' ({path}) names field 'ownr', which does not exist*");
    }

    [Fact]
    public void A_missing_field_inside_a_partial_names_the_partial()
    {
        var path = folder.Write("_runbook.md.hbs", "{{#with runbook}}{{referenc}}{{/with}}\n");
        var templates = TemplateSet.Load(folder.Root);

        var render = () => SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, null, templates, WikiFlavour.GitHub);

        render.Should().Throw<TemplateException>().WithMessage($"template '_runbook.md.hbs' ({path}) names field 'referenc', which does not exist*");
    }

    [Fact]
    public void A_field_of_a_nested_object_is_named_with_its_path()
    {
        folder.Write("index.md.hbs", "{{#each datasets}}{{id}} {{ownerr}}{{/each}}\n");
        var templates = TemplateSet.Load(folder.Root);

        var render = () => SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, null, templates, WikiFlavour.GitHub);

        render.Should().Throw<TemplateException>().WithMessage("*'index.md.hbs'*names field 'ownerr'*");
    }

    [Fact]
    public void An_unknown_template_file_is_refused_with_the_nearest_name()
    {
        folder.Write("monitors.md.hbs", "x");

        var load = () => TemplateSet.Load(folder.Root);

        load.Should().Throw<TemplateException>().WithMessage("*monitors.md.hbs' is not one of the templates*(did you mean 'monitor.md.hbs'?)");
    }

    [Fact]
    public void A_template_that_does_not_parse_is_named()
    {
        folder.Write("dataset.md.hbs", "{{#each columns}}{{name}}\n");

        var load = () => TemplateSet.Load(folder.Root);

        load.Should().Throw<TemplateException>().WithMessage("template '*dataset.md.hbs' does not parse: *");
    }

    [Fact]
    public void Files_that_are_not_templates_are_ignored()
    {
        folder.Write("README.md", "notes");

        TemplateSet.Load(folder.Root).Origin("monitor.md.hbs").Should().Be("built-in");
    }

    public void Dispose() => folder.Dispose();
}
