namespace MonitorsAsCode.Definitions.Slos;

/// <summary><c>not</c> a condition; <c>not unknown</c> stays unknown.</summary>
public sealed record SliNot(SliExpression Operand, int Start, int Length) : SliExpression(Start, Length);
