using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using MonitorsAsCode.Definitions;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>
/// Gives each C# argument a <see cref="MonitorsAsCode.Definitions.SourceLocation"/> (its file, line and column) for the definition
/// records, and turns the locations in validation diagnostics back into the argument's syntax.
/// </summary>
internal sealed class LocationTable
{
    private readonly Dictionary<SourceLocation, Location> locations = new();
    private readonly List<KeyValuePair<SourceLocation, Location>> expressions = [];

    public SourceLocation Add(Location location)
    {
        var span = location.GetLineSpan();
        var source = new SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        if (!locations.ContainsKey(source))
        {
            locations.Add(source, location);
        }

        return source;
    }

    /// <summary>
    /// Adds an SLI expression argument. The validator places a problem inside an expression at the expression's
    /// column plus the offset in its text, which <see cref="Find"/> turns back into a position in the string literal.
    /// </summary>
    public SourceLocation AddExpression(Location location)
    {
        var source = Add(location);
        expressions.Add(new KeyValuePair<SourceLocation, Location>(source, location));
        return source;
    }

    public Location? Find(SourceLocation? source)
    {
        if (source is null)
        {
            return null;
        }

        var exact = locations.TryGetValue(source, out var location) ? location : null;
        if (exact is not null && !IsExpressionStart(source))
        {
            return exact;
        }

        return InExpression(source, exact is null) ?? exact;
    }

    private bool IsExpressionStart(SourceLocation source)
    {
        foreach (var expression in expressions)
        {
            if (expression.Key.Equals(source))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The position <paramref name="source"/> falls on inside an expression written on its line: the word there when the
    /// expression is a plain one-line string literal (so columns in the text are columns in the source), else the whole argument
    /// when nothing else was written there (<paramref name="unknown"/>).
    /// </summary>
    private Location? InExpression(SourceLocation source, bool unknown)
    {
        KeyValuePair<SourceLocation, Location>? best = null;
        foreach (var expression in expressions)
        {
            var start = expression.Key;
            if (start.Line == source.Line && start.Column <= source.Column && string.Equals(start.File, source.File, System.StringComparison.Ordinal)
                && (best is null || start.Column > best.Value.Key.Column))
            {
                best = expression;
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        var argument = found.Value;
        var offset = source.Column - found.Key.Column;
        if (argument.SourceTree is not { } tree)
        {
            return unknown ? argument : null;
        }

        var token = tree.GetRoot().FindToken(argument.SourceSpan.Start);
        if (!token.IsKind(SyntaxKind.StringLiteralToken) || token.Span != argument.SourceSpan || token.Text.Length < 2 || token.Text[0] != '"'
            || token.ValueText.Length != token.Text.Length - 2)
        {
            return unknown ? argument : null;
        }

        if (offset > token.ValueText.Length)
        {
            return null;
        }

        var text = token.Text;
        var first = 1 + offset;
        var last = first;
        while (last < text.Length - 1 && (char.IsLetterOrDigit(text[last]) || text[last] == '_'))
        {
            last++;
        }

        if (last == first)
        {
            last = first + 1;
        }

        return Location.Create(tree, TextSpan.FromBounds(token.SpanStart + first, token.SpanStart + last));
    }
}
