using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary><c>x in (a, b)</c> or <c>x not in (a, b)</c> over literal values; unknown when x is null.</summary>
public sealed record SliMembership(SliExpression Value, IReadOnlyList<SliExpression> Candidates, bool Negated, int Start, int Length) : SliExpression(Start, Length);
