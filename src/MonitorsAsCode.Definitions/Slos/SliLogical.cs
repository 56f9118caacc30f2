namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// Two conditions joined with <c>and</c> or <c>or</c>, in three-valued logic as SQL does: <c>false and
/// unknown</c> is false, <c>true or unknown</c> is true, anything else with unknown is unknown.
/// </summary>
public sealed record SliLogical(SliLogicalOperator Operator, SliExpression Left, SliExpression Right, int Start, int Length) : SliExpression(Start, Length);
