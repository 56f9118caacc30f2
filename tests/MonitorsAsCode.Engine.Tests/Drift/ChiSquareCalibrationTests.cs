using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Engine.Tests.Drift;

/// <summary>
/// The chi-square test compares two samples, not a sample with the reference taken as the truth: on a stable
/// categorical column it fires at α = 0.05 about one time in twenty, however many rows there are.
/// </summary>
public sealed class ChiSquareCalibrationTests
{
    [Fact]
    public void A_stable_200_level_column_at_100k_rows_a_side_does_not_fire_in_90_of_100_seeded_resamplings()
    {
        const int Levels = 200;
        const int Rows = 100_000;
        var random = new Random(20261121);

        // A skewed but fixed distribution over 200 categories (Zipf-like), cumulative for sampling.
        var cumulative = new double[Levels];
        var total = 0.0;
        for (var i = 0; i < Levels; i++)
        {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }

        var quiet = 0;
        for (var run = 0; run < 100; run++)
        {
            var reference = Sample(random, cumulative, total, Rows);
            var current = Sample(random, cumulative, total, Rows);
            if (ChiSquareTest.FromCounts(reference, current).PValue >= 0.05)
            {
                quiet++;
            }
        }

        quiet.Should().BeGreaterThanOrEqualTo(90);
    }

    private static long[] Sample(Random random, double[] cumulative, double total, int rows)
    {
        var counts = new long[cumulative.Length];
        for (var i = 0; i < rows; i++)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            counts[index < 0 ? Math.Min(~index, cumulative.Length - 1) : index]++;
        }

        return counts;
    }
}
