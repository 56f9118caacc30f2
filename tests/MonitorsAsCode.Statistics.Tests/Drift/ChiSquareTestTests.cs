using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class ChiSquareTestTests
{
    public static TheoryData<string> CountCases => DriftMethodsCaseFile.CountCaseNames();

    [Theory]
    [MemberData(nameof(CountCases))]
    public void Statistic_degrees_of_freedom_and_p_value_match_scipy_chi2_contingency(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Counts(name);
        var expected = testCase.Expected.ChiSquare;

        var test = ChiSquareTest.FromCounts(testCase.ReferenceCounts, testCase.CurrentCounts);

        NumericAssert.Close(test.Statistic, expected.Statistic, "chi2_contingency statistic");
        test.DegreesOfFreedom.Should().Be(expected.Dof);
        NumericAssert.Close(test.PValue, expected.Pvalue, "chi2_contingency p-value", 1e-9);
    }

    [Fact]
    public void Category_absent_from_both_samples_is_left_out()
    {
        var withAbsent = ChiSquareTest.FromCounts(new long[] { 5, 0, 3 }, new long[] { 4, 0, 6 });
        var without = ChiSquareTest.FromCounts(new long[] { 5, 3 }, new long[] { 4, 6 });

        withAbsent.Should().Be(without);
        withAbsent.DegreesOfFreedom.Should().Be(1);
    }

    [Fact]
    public void A_single_category_has_no_degrees_of_freedom_and_p_value_one()
    {
        ChiSquareTest.FromCounts(new long[] { 30, 0 }, new long[] { 12, 0 }).Should().Be(new ChiSquareTest(0, 0, 1));
    }

    [Fact]
    public void Stable_column_of_two_hundred_levels_fires_at_about_the_nominal_rate()
    {
        const int levels = 200;
        const int rows = 100_000;
        const int runs = 100;
        var cumulative = new double[levels];
        var total = 0.0;
        for (var i = 0; i < levels; i++)
        {
            total += 1.0 / Math.Pow(i + 1, 0.8);
            cumulative[i] = total;
        }

        var random = new Random(20240612);
        var reference = new long[levels];
        var current = new long[levels];
        var fired = 0;
        for (var run = 0; run < runs; run++)
        {
            Draw(random, cumulative, rows, reference);
            Draw(random, cumulative, rows, current);
            if (ChiSquareTest.FromCounts(reference, current).PValue < 0.05)
            {
                fired++;
            }
        }

        // Both samples come from the same shares, so a correct test fires in about 5 of 100 runs.
        fired.Should().BeLessThanOrEqualTo(10).And.BeGreaterThan(0, "a test that never fires has lost its power");
    }

    [Fact]
    public void Count_vectors_of_different_lengths_are_rejected()
    {
        var act = () => ChiSquareTest.FromCounts(new long[] { 1, 2, 3 }, new long[] { 1, 2 });

        act.Should().Throw<ArgumentException>().WithMessage("The count vectors must be aligned bin by bin*");
    }

    // Draws rows categories with probabilities proportional to the steps of cumulative: a guide table
    // gives the first category the uniform draw can fall in, so each draw scans only a step or two.
    private static void Draw(Random random, double[] cumulative, int rows, long[] counts)
    {
        const int guideSize = 4096;
        var total = cumulative[^1];
        var guide = new int[guideSize];
        var category = 0;
        for (var g = 0; g < guideSize; g++)
        {
            while (cumulative[category] < g * total / guideSize)
            {
                category++;
            }

            guide[g] = category;
        }

        Array.Clear(counts);
        for (var row = 0; row < rows; row++)
        {
            var u = random.NextDouble();
            var x = u * total;
            var index = guide[(int)(u * guideSize)];
            while (cumulative[index] < x)
            {
                index++;
            }

            counts[index]++;
        }
    }
}
