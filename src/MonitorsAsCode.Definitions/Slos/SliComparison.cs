namespace MonitorsAsCode.Definitions.Slos;

/// <summary>Two values compared; unknown when either is null.</summary>
public sealed record SliComparison(SliComparisonOperator Operator, SliExpression Left, SliExpression Right, int Start, int Length) : SliExpression(Start, Length);
