namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// A token of a PromQL query: its kind, its text as written, its value (a string literal unquoted), and its
/// 0-based offset into the query.
/// </summary>
internal readonly record struct PromqlToken(PromqlTokenKind Kind, string Text, string Value, int Offset)
{
    /// <summary>The word in lower case, for keywords, which PromQL matches without regard to case.</summary>
    public string Word => Text.ToLowerInvariant();

    /// <summary>A string whose escapes (<c>\xff</c>) make bytes that are not UTF-8; a regular expression must be UTF-8.</summary>
    public bool InvalidUtf8 { get; init; }
}
