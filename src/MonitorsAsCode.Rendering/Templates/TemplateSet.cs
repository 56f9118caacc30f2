using MonitorsAsCode.Definitions.Files;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace MonitorsAsCode.Rendering.Templates;

/// <summary>
/// The Scriban templates generated pages are written with: the defaults compiled into this assembly (from
/// the repository's <c>templates/</c> folder), each replaceable by a file of the same name in a team's
/// templates folder. <c>{{ value }}</c> is escaped for the template's kind: <c>*.sbn-md</c> for Markdown
/// (<see cref="MarkdownText.Inline"/>, also callable as <c>md value</c>), <c>*.sbn-html</c> for HTML
/// (<see cref="HtmlText.Escape(string)"/>, also <c>html value</c>); only <see cref="TemplateMarkup"/> is
/// written as it is. A file whose name starts with <c>_</c> is a partial (<c>_runbook.sbn-md</c> is
/// <c>include 'runbook'</c>). Templates are strict: a field that does not exist fails with the template
/// file and the field. See <see cref="TemplateRenderContext"/> for the sandbox.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The extension of a Markdown template.</summary>
    public const string MarkdownExtension = ".sbn-md";

    /// <summary>The extension of an HTML template.</summary>
    public const string HtmlExtension = ".sbn-html";

    /// <summary>The largest template file a templates folder may hold, in bytes (1 MiB).</summary>
    public const long MaxTemplateBytes = 1024 * 1024;

    private const string ResourcePrefix = "templates/";
    private const string HandlebarsExtension = ".hbs";
    private static readonly Lazy<IReadOnlyDictionary<string, string>> BuiltIn = new(ReadBuiltIn);

    private readonly Dictionary<string, Source> sources;
    private readonly Dictionary<string, Template> parsed = new(StringComparer.Ordinal);

    private TemplateSet(Dictionary<string, Source> sources)
    {
        this.sources = sources;
        foreach (var pair in sources)
        {
            var template = Template.Parse(pair.Value.Text, pair.Key);
            if (template.HasErrors)
            {
                var problems = string.Join("; ", template.Messages.Select(m => $"line {m.Span.Start.Line + 1}, column {m.Span.Start.Column + 1}: {m.Message}"));
                throw new TemplateException($"template '{pair.Value.Path ?? pair.Key}' does not parse: {problems}");
            }

            parsed[pair.Key] = template;
        }
    }

    /// <summary>The file names of the templates, as a templates folder may override them, in ordinal order.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. BuiltIn.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The built-in templates only.</summary>
    public static TemplateSet Defaults { get; } = new(BuiltInSources());

    /// <summary>
    /// The built-in templates, each replaced by the file of the same name in <paramref name="folder"/>
    /// when it has one. Files there that are not templates (neither <c>.sbn-md</c> nor <c>.sbn-html</c>) are ignored.
    /// </summary>
    /// <exception cref="TemplateException">
    /// The folder holds an unknown template file, or a Handlebars (<c>.hbs</c>) template from before the
    /// move to Scriban, or a template does not parse, or a template file is a symbolic link leading outside the
    /// folder, not a regular file, or larger than <see cref="MaxTemplateBytes"/>.
    /// </exception>
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
        var roots = new DataRoots(folder) { FirstFolderName = "the templates folder" };
        var files = Directory.GetFiles(folder);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(HandlebarsExtension, StringComparison.Ordinal))
            {
                // Ignoring it would silently drop a team's override; say what it is now called.
                var renamed = ScribanName(name);
                throw new TemplateException($"template '{path}' is a Handlebars template, and templates are Scriban now: rewrite it as '{renamed}' (see templates/README.md){(sources.ContainsKey(renamed) ? string.Empty : Suggestion(renamed))}");
            }

            if (!IsTemplate(name))
            {
                continue;
            }

            if (!sources.ContainsKey(name))
            {
                throw new TemplateException($"template '{path}' is not one of the templates, so it would never be used; the templates are {string.Join(", ", Files)}{Suggestion(name)}");
            }

            sources[name] = new Source(ReadTemplate(path, roots).Replace("\r\n", "\n", StringComparison.Ordinal), path.Replace('\\', '/'));
        }

        return new TemplateSet(sources);
    }

    /// <summary>
    /// The text of template file <paramref name="path"/>. The templates folder may come from the repository, so a
    /// file there is read only when it is a regular file (a FIFO would hang the render) that stays inside the folder
    /// (a link to a secret would land in the pages) and is at most <see cref="MaxTemplateBytes"/> long.
    /// </summary>
    private static string ReadTemplate(string path, DataRoots roots)
    {
        if (roots.Refusal(path) is { } refusal)
        {
            throw new TemplateException($"template '{path}' {refusal}; it was not read");
        }

        try
        {
            var length = new FileInfo(DataRoots.Resolve(path) ?? path).Length;
            if (length > MaxTemplateBytes)
            {
                throw new TemplateException($"template '{path}' is {length.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes; a template may be at most {MaxTemplateBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes (1 MiB)");
            }

            return File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new TemplateException($"template '{path}' cannot be read: {error.Message}", error);
        }
    }

    /// <summary>The built-in text of a template, as a team would copy it to start an override.</summary>
    public static string BuiltInText(string file) =>
        BuiltIn.Value.TryGetValue(file, out var text) ? text : throw new ArgumentException($"no template '{file}'", nameof(file));

    /// <summary>Where a template comes from: the overriding file's path, or <c>built-in</c>.</summary>
    public string Origin(string file) => sources[file].Path ?? "built-in";

    /// <summary>Renders template <paramref name="file"/> with <paramref name="model"/>, a view model of this assembly.</summary>
    /// <exception cref="TemplateException">
    /// The template (or a partial it includes) names a field the model does not have, or fails otherwise
    /// (a loop past its limit, a field of an empty value).
    /// </exception>
    public string Render(string file, object model)
    {
        if (file.StartsWith('_') || !parsed.TryGetValue(file, out var template))
        {
            throw new ArgumentException($"no template '{file}'", nameof(file));
        }

        var extension = Extension(file);
        var context = new TemplateRenderContext(IsMarkdown(file), name => parsed.GetValueOrDefault("_" + name + extension));
        context.PushModel(model);
        try
        {
            return template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (ScriptRuntimeException exception)
        {
            throw Explain(file, exception);
        }
    }

    private TemplateException Explain(string file, ScriptRuntimeException exception)
    {
        // The span names the file being rendered when it went wrong: a partial, when it was inside one.
        var span = exception.Span;
        var where = span.FileName is { } name && sources.ContainsKey(name) ? name : file;
        var origin = sources[where].Path is { } path ? $"template '{where}' ({path})" : $"built-in template '{where}'";
        var at = $"line {span.Start.Line + 1}, column {span.Start.Column + 1}";
        if (exception is TemplateFieldException missing)
        {
            var expression = missing.Expression is { } e ? $"in '{e}', " : string.Empty;
            var suggestion = missing.Suggestion is { } s ? $"did you mean '{s}'? " : string.Empty;
            return new TemplateException($"{origin} names field '{missing.Field}', which does not exist ({expression}{at}; {suggestion}strict mode: see templates/README.md for the fields each template gets)", exception);
        }

        return new TemplateException($"{origin} failed at {at}: {exception.OriginalMessage}", exception);
    }

    private static bool IsTemplate(string file) =>
        file.EndsWith(MarkdownExtension, StringComparison.Ordinal) || file.EndsWith(HtmlExtension, StringComparison.Ordinal);

    private static bool IsMarkdown(string file) => file.EndsWith(MarkdownExtension, StringComparison.Ordinal);

    private static string Extension(string file) => IsMarkdown(file) ? MarkdownExtension : HtmlExtension;

    /// <summary>The Scriban name of a Handlebars template's file: <c>monitor.md.hbs</c> is <c>monitor.sbn-md</c>.</summary>
    private static string ScribanName(string file)
    {
        var stem = file[..^HandlebarsExtension.Length];
        return stem.EndsWith(".md", StringComparison.Ordinal) ? stem[..^".md".Length] + MarkdownExtension
            : stem.EndsWith(".html", StringComparison.Ordinal) ? stem[..^".html".Length] + HtmlExtension
            : stem;
    }

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
