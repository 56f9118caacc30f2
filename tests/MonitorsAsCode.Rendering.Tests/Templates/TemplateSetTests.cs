using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.Templates;

public sealed class TemplateSetTests : IDisposable
{
    private const string Hostile = "@channel <b>x</b> ![i](http://e/p.png) bell\u0007";

    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    [Fact]
    public void The_built_in_templates_are_the_files_of_the_templates_folder()
    {
        var root = Path.Combine(RepositoryCheckout.Root, "templates");
        var files = Directory.GetFiles(root, "*.sbn-md").Concat(Directory.GetFiles(root, "*.sbn-html")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        TemplateSet.Files.Should().Equal(files);
        TemplateSet.Files.Should().Contain(["index.sbn-md", "_runbook.sbn-md", "report.sbn-html"]);
        Directory.GetFiles(root, "*.hbs").Should().BeEmpty("every template is Scriban");
        foreach (var file in TemplateSet.Files)
        {
            TemplateSet.BuiltInText(file).Should().Be(File.ReadAllText(Path.Combine(root, file)).Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_template_in_the_folder_replaces_only_that_template()
    {
        folder.Write("gate.sbn-md", "Gate {{ id }} has {{ monitors.size }} monitors.\n");

        var templates = TemplateSet.Load(folder.Root);
        var files = SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, WorkedExample.Run, templates, WikiFlavour.GitHub);

        WorkedExample.File(files, "wiki/gate-deploy.md").Should().Be("Gate deploy has 12 monitors.\n");
        WorkedExample.File(files, "wiki/Home.md").Should().Be(WorkedExample.File(WorkedExample.Render(), "wiki/Home.md"));
        templates.Origin("gate.sbn-md").Should().EndWith("/gate.sbn-md");
        templates.Origin("monitor.sbn-md").Should().Be("built-in");
    }

    [Fact]
    public void A_template_linking_outside_the_folder_is_refused_unread()
    {
        using var outside = TemporaryDirectory.Create();
        outside.Write("secret.txt", "TOP-SECRET {{ id }}\n");
        File.CreateSymbolicLink(Path.Combine(folder.Root, "gate.sbn-md"), Path.Combine(outside.Root, "secret.txt"));

        var load = () => TemplateSet.Load(folder.Root);

        load.Should().Throw<TemplateException>().Which.Message.Should().Contain("gate.sbn-md' is a symbolic link (or lies in a linked folder) that leads outside the templates folder").And.NotContain("TOP-SECRET");
    }

    [Fact]
    public void A_template_linking_to_a_file_inside_the_folder_is_read()
    {
        folder.Write("shared.txt", "Gate {{ id }}.\n");
        File.CreateSymbolicLink(Path.Combine(folder.Root, "gate.sbn-md"), "shared.txt");

        var files = SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, WorkedExample.Run, TemplateSet.Load(folder.Root), WikiFlavour.GitHub);

        WorkedExample.File(files, "wiki/gate-deploy.md").Should().Be("Gate deploy.\n");
    }

    [Fact]
    public void A_fifo_template_is_refused_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs are a Unix file type
        }

        Fifo.Make(Path.Combine(folder.Root, "gate.sbn-md"));

        var load = () => TemplateSet.Load(folder.Root);

        load.Should().Throw<TemplateException>().WithMessage("*gate.sbn-md' is not a regular file*");
    }

    [Fact]
    public void A_template_over_the_size_limit_is_refused()
    {
        folder.Write("gate.sbn-md", new string('x', (int)TemplateSet.MaxTemplateBytes + 1));

        var load = () => TemplateSet.Load(folder.Root);

        load.Should().Throw<TemplateException>().WithMessage("*gate.sbn-md' is 1048577 bytes; a template may be at most 1048576 bytes (1 MiB)");
    }

    [Fact]
    public void The_md_function_and_a_plain_value_escape_the_same_way_in_a_markdown_template()
    {
        folder.Write("sidebar.sbn-md", "{{ md id }}\n{{ id }}\n{{ id | string.downcase }}\n{{ \"<i>\" + id }}\n");

        var page = TemplateSet.Load(folder.Root).Render("sidebar.sbn-md", new LinkView(Hostile, "x"));

        var lines = page.Split('\n');
        lines[0].Should().Be(MarkdownText.Inline(Hostile)).And.Be("@\u200dchannel &lt;b&gt;x&lt;/b&gt; !\\[i\\](http:\u200d//e/p.png) bell\\\\x07");
        lines[1].Should().Be(lines[0], "{{ value }} escapes by default, so a template cannot forget to");
        lines[2].Should().Be(MarkdownText.Inline(Hostile.ToLowerInvariant()), "what a Scriban function returns is text again, escaped again");
        lines[3].Should().Be(MarkdownText.Inline("<i>" + Hostile), "a template cannot build markup from a value either");
    }

    [Fact]
    public void The_html_function_and_a_plain_value_escape_the_same_way_in_an_html_template()
    {
        const string Script = "<script>alert(\"x\")</script> ' ` = &";
        folder.Write("report.sbn-html", "<p title=\"{{ id }}\">{{ html id }}</p>\n");

        var page = TemplateSet.Load(folder.Root).Render("report.sbn-html", new LinkView(Script, "x"));

        page.Should().Be($"<p title=\"{HtmlText.Escape(Script)}\">{HtmlText.Escape(Script)}</p>\n")
            .And.Be("<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#x27; &#x60; &#x3D; &amp;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#x27; &#x60; &#x3D; &amp;</p>\n");
    }

    [Fact]
    public void Markdown_functions_are_not_defined_in_an_html_template_nor_html_in_a_markdown_one()
    {
        folder.Write("report.sbn-html", "{{ md id }}\n");
        folder.Write("sidebar.sbn-md", "{{ html id }}\n");
        var templates = TemplateSet.Load(folder.Root);

        var html = () => templates.Render("report.sbn-html", new LinkView("a", "x"));
        var markdown = () => templates.Render("sidebar.sbn-md", new LinkView("a", "x"));

        html.Should().Throw<TemplateException>().WithMessage("*'report.sbn-html'*names field 'md'*");
        markdown.Should().Throw<TemplateException>().WithMessage("*'sidebar.sbn-md'*names field 'html'*");
    }

    [Fact]
    public void The_prose_and_code_functions_write_what_MarkdownText_writes()
    {
        const string Text = "line one\nline two <b>bold</b> @team";
        const string Code = "sum(rate(x[5m]))\n```\nescaped fence";
        folder.Write("sidebar.sbn-md", "- {{ md_prose id indent: 4 }}\n{{ md_code href \"promql\" }}\n{{ md_code href indent: 2 }}\n");

        var page = TemplateSet.Load(folder.Root).Render("sidebar.sbn-md", new LinkView(Text, Code));

        page.Should().Be(
            "- " + MarkdownText.Prose(Text, 4) + "\n"
            + MarkdownText.CodeBlock(Code, "promql", 0) + "\n"
            + MarkdownText.CodeBlock(Code, null, 2) + "\n");
        page.Should().Contain("````promql", "the fence is longer than any run of backticks in the code");
    }

    [Fact]
    public void A_field_that_does_not_exist_fails_with_the_template_file_and_the_field()
    {
        var path = folder.Write("monitor.sbn-md", "# {{ id }}\n\nOwned by {{ ownr }}.\n");
        var templates = TemplateSet.Load(folder.Root);

        var render = () => SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, null, templates, WikiFlavour.GitHub);

        render.Should().Throw<TemplateException>().WithMessage($"template 'monitor.sbn-md' ({path}) names field 'ownr', which does not exist (line 3, column 13; did you mean 'owner'? strict mode: *");
    }

    [Fact]
    public void A_missing_field_inside_a_partial_names_the_partial()
    {
        var path = folder.Write("_runbook.sbn-md", "{{ runbook.referenc }}\n");
        var templates = TemplateSet.Load(folder.Root);

        var render = () => SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, null, templates, WikiFlavour.GitHub);

        render.Should().Throw<TemplateException>().WithMessage($"template '_runbook.sbn-md' ({path}) names field 'referenc', which does not exist (in 'runbook.referenc', *did you mean 'reference'?*");
    }

    [Fact]
    public void A_field_of_a_nested_object_is_named_with_its_path()
    {
        folder.Write("index.sbn-md", "{{ for dataset in datasets }}{{ dataset.id }} {{ dataset.ownerr }}{{ end }}\n");
        var templates = TemplateSet.Load(folder.Root);

        var render = () => SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, null, templates, WikiFlavour.GitHub);

        render.Should().Throw<TemplateException>().WithMessage("*'index.sbn-md'*names field 'ownerr', which does not exist (in 'dataset.ownerr', line 1, column *did you mean 'owner'?*");
    }

    [Theory]
    [InlineData("{{ id.GetType }}", "GetType")]
    [InlineData("{{ id.get_type }}", "get_type")]
    [InlineData("{{ id.length }}", "length")]
    [InlineData("{{ dataset.equality_contract }}", "equality_contract")]
    [InlineData("{{ columns.count }}", "count")]
    [InlineData("{{ columns.get_enumerator }}", "get_enumerator")]
    public void A_dotnet_member_outside_the_view_model_does_not_exist_for_a_template(string expression, string field)
    {
        folder.Write("monitor.sbn-md", expression + "\n");
        var templates = TemplateSet.Load(folder.Root);

        var render = () => SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, null, templates, WikiFlavour.GitHub);

        render.Should().Throw<TemplateException>().WithMessage($"*'monitor.sbn-md'*names field '{field}', which does not exist*");
    }

    [Fact]
    public void A_template_cannot_import_a_view_model_or_include_anything_but_a_partial()
    {
        folder.Write("monitor.sbn-md", "{{ import dataset }}\n");
        folder.Write("slo.sbn-md", "{{ include '../templates/monitor.sbn-md' }}\n");
        var templates = TemplateSet.Load(folder.Root);

        var import = () => templates.Render("monitor.sbn-md", Monitor());
        var include = () => templates.Render("slo.sbn-md", Monitor());

        import.Should().Throw<TemplateException>().WithMessage("*'monitor.sbn-md'*failed at line 1*import*");
        include.Should().Throw<TemplateException>().WithMessage("*'slo.sbn-md'*failed at line 1*there is no partial '../templates/monitor.sbn-md'*");
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit()
    {
        folder.Write("monitor.sbn-md", "{{ while true }}x{{ end }}\n");
        var templates = TemplateSet.Load(folder.Root);

        var render = () => templates.Render("monitor.sbn-md", Monitor());

        render.Should().Throw<TemplateException>().WithMessage($"*'monitor.sbn-md'*failed at line 1*{TemplateRenderContext.MaximumLoopIterations}*");
    }

    [Fact]
    public void A_partial_including_itself_stops_at_the_recursion_limit()
    {
        folder.Write("_runbook.sbn-md", "{{ include 'runbook' }}\n");
        var templates = TemplateSet.Load(folder.Root);

        var render = () => templates.Render("monitor.sbn-md", Monitor() with { Runbook = new RunbookView("r", "missing") });

        render.Should().Throw<TemplateException>().WithMessage("*'_runbook.sbn-md'*failed at line 1*limit*");
    }

    [Fact]
    public void A_field_of_an_absent_value_fails_rather_than_printing_nothing()
    {
        folder.Write("monitor.sbn-md", "{{ result.label }}\n");
        var templates = TemplateSet.Load(folder.Root);

        var render = () => templates.Render("monitor.sbn-md", Monitor());

        render.Should().Throw<TemplateException>().WithMessage("*'monitor.sbn-md'*failed at line 1, column *`result` is null*result.label*");
    }

    [Fact]
    public void An_unknown_template_file_is_refused_with_the_nearest_name()
    {
        folder.Write("monitors.sbn-md", "x");

        var load = () => TemplateSet.Load(folder.Root);

        load.Should().Throw<TemplateException>().WithMessage("*monitors.sbn-md' is not one of the templates*(did you mean 'monitor.sbn-md'?)");
    }

    [Fact]
    public void A_handlebars_template_left_in_the_folder_is_refused_with_its_scriban_name()
    {
        folder.Write("monitor.md.hbs", "# {{id}}\n");

        var load = () => TemplateSet.Load(folder.Root);

        load.Should().Throw<TemplateException>().WithMessage("*monitor.md.hbs' is a Handlebars template, and templates are Scriban now: rewrite it as 'monitor.sbn-md'*");
    }

    [Fact]
    public void A_template_that_does_not_parse_is_named()
    {
        folder.Write("dataset.sbn-md", "{{ for column in columns }}{{ column.name }}\n");

        var load = () => TemplateSet.Load(folder.Root);

        load.Should().Throw<TemplateException>().WithMessage("template '*dataset.sbn-md' does not parse: line *");
    }

    [Fact]
    public void Files_that_are_not_templates_are_ignored()
    {
        folder.Write("README.md", "notes");

        TemplateSet.Load(folder.Root).Origin("monitor.sbn-md").Should().Be("built-in");
    }

    public void Dispose() => folder.Dispose();

    private static MonitorPage Monitor() =>
        new("Home", "m", new LinkView("d", "dataset-d"), "null share of x", ["x"])
        {
            Metric = "null share",
            Unit = "a share",
            Warn = "1%",
            Fail = "2%",
            Severity = "page",
            SeverityMeaning = "wakes someone",
            DefinedIn = "monitors.yaml, line 1",
        };
}
