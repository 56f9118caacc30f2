using System.Globalization;
using MonitorsAsCode.Statistics.Drift;
using MonitorsAsCode.Statistics.Tests.Drift;

namespace MonitorsAsCode.Statistics.Tests.Globalization;

public sealed class CultureTests
{
    [Fact]
    [UseCulture("de-DE")]
    public void Use_culture_switches_to_a_culture_with_a_decimal_comma()
    {
        CultureInfo.CurrentCulture.Name.Should().Be("de-DE");
        1.5.ToString(CultureInfo.CurrentCulture).Should().Be("1,5");
    }

    [Fact]
    [UseCulture("de-DE")]
    public void Reference_cases_are_read_and_matched_the_same_under_a_german_culture()
    {
        var testCase = DriftCaseFile.Instance.Numeric("values_equal_to_interpolated_edges");

        var bins = QuantileBins.FromReference(testCase.Reference, testCase.Bins);
        var psi = PopulationStabilityIndex.FromCounts(bins.Count(testCase.Reference), bins.Count(testCase.Current));
        var distance = WassersteinDistance.Between(testCase.Reference, testCase.Current);

        DriftCaseFile.Instance.Summary("two_values").Expected.Min.Should().Be(-2.25);
        bins.Edges.Should().Equal(testCase.Expected.Edges);
        NumericAssert.Close(psi.Value, testCase.Expected.Psi, "psi");
        NumericAssert.Close(distance.Value, testCase.Expected.Wasserstein, "wasserstein_distance");
    }

    [Fact]
    [UseCulture("de-DE")]
    public void Error_messages_format_numbers_in_the_invariant_culture()
    {
        var act = () => WassersteinDistance.Between(new[] { 1.0, -1e-5 * double.MaxValue * 1e10 }, new[] { 1.0 });

        act.Should().Throw<ArgumentException>().WithMessage("The reference value at index 1 is -Infinity*");
    }
}
