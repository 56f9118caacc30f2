using System.Globalization;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace MonitorsAsCode.Rendering.Templates;

/// <summary>
/// The Handlebars templates generated pages are written with: the defaults compiled into this
/// assembly (from the repository's <c>templates/</c> folder), each replaceable by a file of the same
/// name in a team's templates folder. <c>*.md.hbs</c> templates escape <c>{{value}}</c> for Markdown
/// (<see cref="MarkdownText.Inline"/>, also callable as <c>{{md value}}</c>), <c>*.html.hbs</c> for HTML
/// (<see cref="HtmlText.Escape(string)"/>);
/// a file whose name starts with <c>_</c> is a partial (<c>_runbook.md.hbs</c> is <c>{{&gt; runbook}}</c>).
/// Templates are strict: a field that does not exist fails with the template file and the field.
/// </summary>
public sealed class TemplateSet
{
    private const string ResourcePrefix = "templates/";
    private static readonly Lazy<IReadOnlyDictionary<string, string>> BuiltIn = new(ReadBuiltIn);

    private readonly Dictionary<string, Source> sources;
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> compiled = new(StringComparer.Ordinal);

    private TemplateSet(Dictionary<string, Source> sources)
    {
        this.sources = sources;
        var markdown = Environment(TemplateTextEncoder.Markdown, markdown: true);
        var html = Environment(TemplateTextEncoder.Html, markdown: false);
        foreach (var pair in sources)
        {
            var environment = IsMarkdown(pair.Key) ? markdown : html;
            if (pair.Key.StartsWith('_'))
            {
                Guard(pair.Key, () => environment.RegisterTemplate(PartialName(pair.Key), pair.Value.Text));
            }
        }

        foreach (var pair in sources)
        {
            var environment = IsMarkdown(pair.Key) ? markdown : html;
            if (!pair.Key.StartsWith('_'))
            {
                compiled[pair.Key] = Guard(pair.Key, () => environment.Compile(pair.Value.Text));
            }
        }
    }

    /// <summary>The file names of the templates, as a templates folder may override them, in ordinal order.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. BuiltIn.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The built-in templates only.</summary>
    public static TemplateSet Defaults { get; } = new(BuiltInSources());

    /// <summary>
    /// The built-in templates, each replaced by the file of the same name in <paramref name="folder"/>
    /// when it has one. Files there that are not templates (without the <c>.hbs</c> extension) are ignored.
    /// </summary>
    /// <exception cref="TemplateException">The folder holds an unknown <c>.hbs</c> file, or a template does not parse.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static TemplateSet Load(string? folder)
    {
        if (folder is null)
        {
            return Defaults;
        }

        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"templates folder '{folder}' does not exist");
        }

        var sources = BuiltInSources();
        var overrides = Directory.GetFiles(folder, "*.hbs");
        Array.Sort(overrides, StringComparer.Ordinal);
        foreach (var path in overrides)
        {
            var name = Path.GetFileName(path);
            if (!sources.ContainsKey(name))
            {
                throw new TemplateException($"template '{path}' is not one of the templates, so it would never be used; the templates are {string.Join(", ", Files)}{Suggestion(name)}");
            }

            sources[name] = new Source(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), path.Replace('\\', '/'));
        }

        return new TemplateSet(sources);
    }

    /// <summary>The built-in text of a template, as a team would copy it to start an override.</summary>
    public static string BuiltInText(string file) =>
        BuiltIn.Value.TryGetValue(file, out var text) ? text : throw new ArgumentException($"no template '{file}'", nameof(file));

    /// <summary>Where a template comes from: the overriding file's path, or <c>built-in</c>.</summary>
    public string Origin(string file) => sources[file].Path ?? "built-in";

    /// <summary>Renders template <paramref name="file"/> with <paramref name="model"/>.</summary>
    /// <exception cref="TemplateException">The template (or a partial it uses) names a field the model does not have.</exception>
    public string Render(string file, object model)
    {
        if (!compiled.TryGetValue(file, out var template))
        {
            throw new ArgumentException($"no template '{file}'", nameof(file));
        }

        try
        {
            return template(model).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is HandlebarsException or HandlebarsUndefinedBindingException)
        {
            throw Explain(file, exception);
        }
    }

    private TemplateException Explain(string file, Exception exception)
    {
        // Partials wrap what went wrong inside them; the innermost partial named is where the field is.
        var where = file;
        var cause = exception;
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            cause = current;
            if (current.Message.StartsWith("Runtime error while rendering partial '", StringComparison.Ordinal))
            {
                var name = current.Message.Split('\'')[1];
                var partial = "_" + name + (IsMarkdown(file) ? ".md.hbs" : ".html.hbs");
                if (sources.ContainsKey(partial))
                {
                    where = partial;
                }
            }
        }

        var origin = sources[where].Path is { } path ? $"template '{where}' ({path})" : $"built-in template '{where}'";
        return cause is HandlebarsUndefinedBindingException missing
            ? new TemplateException($"{origin} names field '{missing.Path}', which does not exist (strict mode: see templates/README.md for the fields each template gets)", exception)
            : new TemplateException($"{origin} failed: {cause.Message}", exception);
    }

    private T Guard<T>(string file, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (HandlebarsException exception)
        {
            throw new TemplateException($"template '{sources[file].Path ?? file}' does not parse: {exception.Message}", exception);
        }
    }

    private void Guard(string file, Action action) => Guard(file, () =>
    {
        action();
        return true;
    });

    private static IHandlebars Environment(ITextEncoder encoder, bool markdown)
    {
        var environment = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = encoder,
            FormatProvider = CultureInfo.InvariantCulture,
        });
        if (markdown)
        {
            // {{md value}} is what {{value}} already does, by name, so a template can say so and a later
            // template engine without a default encoder keeps one function to call.
            environment.RegisterHelper("md", (output, _, arguments) =>
            {
                if (arguments.Length > 0 && arguments[0] is { } value)
                {
                    output.WriteSafeString(MarkdownText.Inline(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
                }
            });
            environment.RegisterHelper("prose", (output, _, arguments) =>
            {
                if (arguments.Length > 0 && arguments[0] is { } text)
                {
                    output.WriteSafeString(MarkdownText.Prose(Convert.ToString(text, CultureInfo.InvariantCulture) ?? string.Empty, Indent(arguments)));
                }
            });
            environment.RegisterHelper("code", (output, _, arguments) =>
            {
                if (arguments.Length > 0 && arguments[0] is { } code)
                {
                    var language = arguments.Length > 1 ? arguments[1] as string : null;
                    output.WriteSafeString(MarkdownText.CodeBlock(Convert.ToString(code, CultureInfo.InvariantCulture) ?? string.Empty, language, Indent(arguments)));
                }
            });
        }

        return environment;
    }

    private static int Indent(Arguments arguments) =>
        arguments.Hash.TryGetValue("indent", out var value) && value is int indent && indent is >= 0 and <= 16 ? indent : 0;

    private static bool IsMarkdown(string file) => file.EndsWith(".md.hbs", StringComparison.Ordinal);

    private static string PartialName(string file) => file[1..file.IndexOf('.', StringComparison.Ordinal)];

    private static string Suggestion(string name)
    {
        var nearest = Definitions.Validation.NearestName.Find(name, Files);
        return nearest is null ? string.Empty : $" (did you mean '{nearest}'?)";
    }

    private static Dictionary<string, Source> BuiltInSources()
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var pair in BuiltIn.Value)
        {
            sources[pair.Key] = new Source(pair.Value, null);
        }

        return sources;
    }

    private static IReadOnlyDictionary<string, string> ReadBuiltIn()
    {
        var assembly = typeof(TemplateSet).Assembly;
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            // The name comes from the assembly's own list of resources, so the stream exists.
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            templates[resource[ResourcePrefix.Length..]] = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        return templates;
    }

    private sealed record Source(string Text, string? Path);
}
