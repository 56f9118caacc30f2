namespace MonitorsAsCode.Definitions.Slos;

/// <summary>The literal <c>true</c> or <c>false</c>.</summary>
public sealed record SliBoolean(bool Value, int Start, int Length) : SliExpression(Start, Length);
