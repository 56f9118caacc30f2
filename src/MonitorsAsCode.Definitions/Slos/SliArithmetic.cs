namespace MonitorsAsCode.Definitions.Slos;

/// <summary>Arithmetic on two numbers; null when either is null.</summary>
public sealed record SliArithmetic(SliArithmeticOperator Operator, SliExpression Left, SliExpression Right, int Start, int Length) : SliExpression(Start, Length);
