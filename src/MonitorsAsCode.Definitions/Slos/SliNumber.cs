namespace MonitorsAsCode.Definitions.Slos;

/// <summary>A number literal, parsed with the invariant culture: <c>120</c>, <c>0.5</c>, <c>1e-3</c>.</summary>
public sealed record SliNumber(double Value, int Start, int Length) : SliExpression(Start, Length);
