namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// A numeric column's finite values on both sides counted into bins cut at the reference's quantiles (the inner
/// <paramref name="Edges"/>, ascending and distinct), bins closed above as <see cref="BinCounts.UpperClosed"/> counts them.
/// </summary>
internal sealed record BinnedPicture(double[] Edges, long[] Reference, long[] Current);
