namespace MonitorsAsCode.Definitions.Slos;

/// <summary>A problem in an SLI expression, at a 0-based offset into its text.</summary>
public sealed record SliExpressionError(string Message, int Offset)
{
    /// <summary>When the problem is a column the dataset does not declare: its name.</summary>
    public string? UnknownColumn { get; init; }
}
