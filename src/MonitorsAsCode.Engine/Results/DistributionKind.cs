namespace MonitorsAsCode.Engine.Results;

/// <summary>What the bins of a <see cref="DistributionComparison"/> are.</summary>
public enum DistributionKind
{
    /// <summary>Numeric bins cut at the reference's quantiles, in ascending order.</summary>
    Bins,

    /// <summary>Categories (text or bool values).</summary>
    Categories,
}
