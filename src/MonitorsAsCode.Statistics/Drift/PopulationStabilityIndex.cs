using System.Collections.Immutable;

namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The population stability index between a reference and a current sample counted into the same
/// bins: PSI = Σᵢ (rᵢ − cᵢ)·ln(rᵢ / cᵢ), where rᵢ and cᵢ are the shares of bin i (count / total,
/// natural log). A share of exactly zero is replaced by <see cref="ZeroShareReplacement"/> on each
/// side independently, without renormalising, so an empty bin gives a large but finite term.
/// </summary>
public sealed record PopulationStabilityIndex
{
    /// <summary>The share that stands in for a share of exactly zero: 0.0001.</summary>
    public const double ZeroShareReplacement = 0.0001;

    private PopulationStabilityIndex(double value, ImmutableArray<double> binContributions)
    {
        Value = value;
        BinContributions = binContributions;
    }

    /// <summary>The index: zero for identical shares, larger the more the shares moved; never negative.</summary>
    public double Value { get; }

    /// <summary>
    /// The term (rᵢ − cᵢ)·ln(rᵢ / cᵢ) of each bin, in bin order; they add up to <see cref="Value"/>.
    /// Reported as evidence of which bins moved most.
    /// </summary>
    public ImmutableArray<double> BinContributions { get; }

    /// <summary>
    /// Computes the index from aligned count vectors: bin i of both vectors is the same bin (a quantile
    /// bin of <see cref="QuantileBins"/>, or a category of the union of both samples' categories).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The vectors differ in length, a count is negative, or either sample is empty (its counts add up to zero).
    /// </exception>
    public static PopulationStabilityIndex FromCounts(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        var (referenceTotal, currentTotal) = SampleArguments.TotalsOfAlignedCounts(referenceCounts, currentCounts);

        var contributions = new double[referenceCounts.Length];
        var sum = 0.0;
        for (var i = 0; i < contributions.Length; i++)
        {
            var referenceShare = ShareOrReplacement(referenceCounts[i], referenceTotal);
            var currentShare = ShareOrReplacement(currentCounts[i], currentTotal);
            var contribution = (referenceShare - currentShare) * Math.Log(referenceShare / currentShare);
            contributions[i] = contribution;
            sum += contribution;
        }

        return new PopulationStabilityIndex(sum, ImmutableArray.Create(contributions));
    }

    private static double ShareOrReplacement(long count, long total)
    {
        var share = (double)count / total;
        return share == 0 ? ZeroShareReplacement : share;
    }
}
