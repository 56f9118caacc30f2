namespace MonitorsAsCode.Definitions.Slos;

/// <summary>The tree of an SLI expression, or the first problem that stopped it from parsing.</summary>
public sealed record SliParseResult(SliExpression? Expression, SliExpressionError? Error)
{
    /// <summary>Whether the text parsed.</summary>
    public bool Succeeded => Expression is not null;
}
