using Scriban.Parsing;
using Scriban.Syntax;

namespace MonitorsAsCode.Rendering.Templates;

/// <summary>A template named a variable or a member that its model does not have (strict mode).</summary>
internal sealed class TemplateFieldException(SourceSpan span, string field, string? expression, string? suggestion)
    : ScriptRuntimeException(span, $"field '{field}' does not exist")
{
    /// <summary>The name the template used.</summary>
    public string Field { get; } = field;

    /// <summary>The member expression the field was read in (<c>dataset.ownerr</c>), or null for a plain variable.</summary>
    public string? Expression { get; } = expression;

    /// <summary>The nearest name the model does have, or null.</summary>
    public string? Suggestion { get; } = suggestion;
}
