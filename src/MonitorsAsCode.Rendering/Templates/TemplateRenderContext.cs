using System.Collections;
using System.Globalization;
using System.Reflection;
using MonitorsAsCode.Definitions.Validation;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace MonitorsAsCode.Rendering.Templates;

/// <summary>
/// The sandbox one template is rendered in: strict about names, limited in loops and recursion, blind to
/// every .NET member but the view models' public properties, and escaping every value it writes for the
/// template's kind unless the value is <see cref="TemplateMarkup"/>.
/// </summary>
internal sealed class TemplateRenderContext : TemplateContext
{
    /// <summary>More iterations than any list of definitions has, few enough to stop <c>while true</c> at once.</summary>
    public const int MaximumLoopIterations = 100_000;

    /// <summary>Nested function calls and includes: a partial including itself stops here.</summary>
    public const int MaximumRecursion = 20;

    private readonly Func<string, string> escape;
    private readonly Func<string, Template?> partial;
    private readonly ScriptObject model = new();

    /// <param name="markdown">Whether the template writes Markdown (<c>.sbn-md</c>) rather than HTML (<c>.sbn-html</c>).</param>
    /// <param name="partial">The partial a name in <c>include 'name'</c> stands for, or null when there is none.</param>
    public TemplateRenderContext(bool markdown, Func<string, Template?> partial)
        : base(Builtins(markdown))
    {
        escape = markdown ? MarkdownText.Inline : HtmlText.Escape;
        this.partial = partial;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        AutoIndent = false;
        LoopLimit = MaximumLoopIterations;
        RecursiveLimit = MaximumRecursion;

        // Scriban cuts text past LimitToString with an ellipsis; a report may be long, and a silently
        // truncated page is worse than a long one. Loops and recursion are what bound a template's work.
        LimitToString = 0;
        NewLine = "\n";
        MemberRenamer = StandardMemberRenamer.Default;
        MemberFilter = IsViewMember;
        TryGetVariable = MissingVariable;
        TryGetMember = MissingMember;
        PushCulture(CultureInfo.InvariantCulture);
        BuiltinObject.Import("include", new Func<TemplateContext, SourceSpan, string, TemplateMarkup>(Include));
    }

    /// <summary>Makes the model's public properties the template's variables, named in snake_case (<c>has_results</c>).</summary>
    public void PushModel(object model)
    {
        this.model.Import(model, MemberFilter, MemberRenamer);
        PushGlobal(this.model);
    }

    /// <summary>Writes what <c>{{ value }}</c> gives: markup as it is, anything else escaped for the template's kind.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TemplateMarkup markup)
        {
            return Write(markup.Text);
        }

        return textAsObject is not null && ObjectToString(textAsObject) is { } text ? Write(escape(text)) : this;
    }

    /// <summary>
    /// Truth as the templates were written for it: null, false, empty text, an empty list and zero are false,
    /// so <c>if description</c> and <c>if causes</c> skip what has nothing to show.
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        TemplateMarkup markup => markup.Text.Length > 0,
        int number => number != 0,
        long number => number != 0,
        double number => number != 0,
        IEnumerable items => items.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };

    private static ScriptObject Builtins(bool markdown)
    {
        var builtins = GetDefaultBuiltinObject();

        // include reads templates through a loader and returns its text for escaping; the replacement
        // (registered in the constructor) reads only this set's partials and returns markup.
        builtins.Remove("include");
        builtins.Remove("include_join");

        // html is a function of its own in HTML templates, and means nothing in Markdown ones.
        builtins.Remove("html");
        if (markdown)
        {
            builtins.Import("md", new Func<TemplateContext, object?, TemplateMarkup>(Markdown));
            builtins.Import("md_prose", new Func<TemplateContext, object?, int, TemplateMarkup>(Prose));
            builtins.Import("md_code", new Func<TemplateContext, object?, string?, int, TemplateMarkup>(Code));
        }
        else
        {
            builtins.Import("html", new Func<TemplateContext, object?, TemplateMarkup>(Html));
        }

        return builtins;
    }

    // Scriban reads the parameters of these methods, defaults included, so they are methods rather than lambdas.
    private static TemplateMarkup Markdown(TemplateContext context, object? value) =>
        new(MarkdownText.Inline(context.ObjectToString(value) ?? string.Empty));

    private static TemplateMarkup Prose(TemplateContext context, object? text, int indent = 0) =>
        new(MarkdownText.Prose(context.ObjectToString(text) ?? string.Empty, Indent(indent)));

    private static TemplateMarkup Code(TemplateContext context, object? code, string? language = null, int indent = 0) =>
        new(MarkdownText.CodeBlock(context.ObjectToString(code) ?? string.Empty, language, Indent(indent)));

    private static TemplateMarkup Html(TemplateContext context, object? value) =>
        new(HtmlText.Escape(context.ObjectToString(value) ?? string.Empty));

    private static int Indent(int indent) => indent is >= 0 and <= 16 ? indent : 0;

    private static bool IsViewMember(MemberInfo member) =>
        member is PropertyInfo { GetMethod: { IsPublic: true, IsStatic: false } } property
        && property.GetIndexParameters().Length == 0
        && property.DeclaringType?.Assembly == typeof(TemplateRenderContext).Assembly;

    private TemplateMarkup Include(TemplateContext context, SourceSpan span, string name)
    {
        var template = partial(name) ?? throw new ScriptRuntimeException(span, $"there is no partial '{name}'");
        return new TemplateMarkup(context.RenderTemplate(template, [], context.CurrentNode));
    }

    private bool MissingVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        // Scriban looks names up with strictness off when it only probes (formatting a date); those are not the template's.
        value = null;
        return context.StrictVariables
            ? throw new TemplateFieldException(span, variable.Name, null, NearestName.Find(variable.Name, model.GetMembers()))
            : false;
    }

    private static bool MissingMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var names = context.GetMemberAccessor(target).GetMembers(context, span, target);
        var expression = context.CurrentNode is ScriptMemberExpression node ? node.ToString() : null;
        throw new TemplateFieldException(span, member, expression, NearestName.Find(member, names));
    }
}
