namespace MonitorsAsCode.Definitions.Slos;

/// <summary>Joins conditions: <c>and</c>, <c>or</c>.</summary>
public enum SliLogicalOperator
{
    /// <summary><c>and</c></summary>
    And,

    /// <summary><c>or</c></summary>
    Or,
}
