namespace MonitorsAsCode.Definitions.Slos;

/// <summary><c>x is null</c> or <c>x is not null</c>: never unknown.</summary>
public sealed record SliNullTest(SliExpression Operand, bool Negated, int Start, int Length) : SliExpression(Start, Length);
