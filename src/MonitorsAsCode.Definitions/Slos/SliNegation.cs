namespace MonitorsAsCode.Definitions.Slos;

/// <summary>A number's negation: <c>-x</c>.</summary>
public sealed record SliNegation(SliExpression Operand, int Start, int Length) : SliExpression(Start, Length);
