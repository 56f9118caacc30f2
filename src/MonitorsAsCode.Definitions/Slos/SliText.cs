namespace MonitorsAsCode.Definitions.Slos;

/// <summary>A text literal in single or double quotes: <c>'fraud-v3.2.1'</c>.</summary>
public sealed record SliText(string Value, int Start, int Length) : SliExpression(Start, Length);
