using MonitorsAsCode.Statistics.Baselines;

namespace MonitorsAsCode.Statistics.Tests.Baselines;

public sealed class HoltWintersTests
{
    private const double Relative = 1e-9;

    [Theory]
    [MemberData(nameof(BaselineCaseFile.HoltWintersNames), MemberType = typeof(BaselineCaseFile))]
    public void Initial_state_is_statsmodels_simple_heuristic(string name)
    {
        var c = BaselineCaseFile.Instance.HoltWinters.Single(x => x.Name == name);

        var (level, trend, seasonal) = HoltWinters.InitialState(c.Values, c.Period);

        level.Should().BeApproximately(c.InitialLevel, Math.Abs(c.InitialLevel) * Relative);
        trend.Should().BeApproximately(c.InitialTrend, Math.Max(Math.Abs(c.InitialTrend) * Relative, Math.Abs(c.InitialLevel) * 1e-15));
        for (var j = 0; j < c.Period; j++)
        {
            seasonal[j].Should().BeApproximately(c.InitialSeasonal[j], Math.Abs(c.InitialLevel) * 1e-14);
        }
    }

    [Theory]
    [MemberData(nameof(BaselineCaseFile.HoltWintersNames), MemberType = typeof(BaselineCaseFile))]
    public void Fitted_values_forecast_and_sse_agree_with_statsmodels(string name)
    {
        var c = BaselineCaseFile.Instance.HoltWinters.Single(x => x.Name == name);

        var fit = HoltWinters.Fit(c.Values, c.Period, new HoltWintersParameters(c.Alpha, c.Beta, c.Gamma));

        for (var t = 0; t < c.Values.Length; t++)
        {
            fit.Fitted[t].Should().BeApproximately(c.Fitted[t], Math.Abs(c.Fitted[t]) * Relative, "fitted value {0}", t);
        }

        fit.Forecast.Should().BeApproximately(c.Forecast, Math.Abs(c.Forecast) * Relative);
        fit.SumOfSquaredErrors.Should().BeApproximately(c.Sse, c.Sse * Relative);
    }

    [Theory]
    [MemberData(nameof(BaselineCaseFile.GridNames), MemberType = typeof(BaselineCaseFile))]
    public void Grid_search_picks_the_weights_with_statsmodels_smallest_sse(string name)
    {
        var c = BaselineCaseFile.Instance.HoltWintersGrid.Single(x => x.Name == name);

        var fit = HoltWinters.FitBest(c.Values, c.Period);

        fit.Parameters.Should().Be(new HoltWintersParameters(c.Alpha, c.Beta, c.Gamma));
        fit.SumOfSquaredErrors.Should().BeApproximately(c.Sse, c.Sse * Relative);
    }

    [Fact]
    public void A_missing_point_is_bridged_by_the_forecast_and_left_out_of_the_errors()
    {
        var c = BaselineCaseFile.Instance.HoltWinters.Single(x => x.Name == "weekly-42-mid");
        var parameters = new HoltWintersParameters(c.Alpha, c.Beta, c.Gamma);
        var full = HoltWinters.Fit(c.Values, c.Period, parameters);
        var bridged = (double[])c.Values.Clone();
        bridged[30] = full.Fitted[30];
        var withGap = (double[])c.Values.Clone();
        withGap[30] = double.NaN;

        var expected = HoltWinters.Fit(bridged, c.Period, parameters);
        var actual = HoltWinters.Fit(withGap, c.Period, parameters);

        actual.Forecast.Should().BeApproximately(expected.Forecast, Math.Abs(expected.Forecast) * 1e-12);
        actual.SumOfSquaredErrors.Should().BeApproximately(expected.SumOfSquaredErrors, expected.SumOfSquaredErrors * 1e-12);
        actual.Residuals(withGap).Should().HaveCount(c.Values.Length - 1);
    }

    [Fact]
    public void Fewer_than_two_seasons_are_refused()
    {
        var act = () => HoltWinters.Fit(new double[13], 7, new HoltWintersParameters(0.5, 0.5, 0.5));

        act.Should().Throw<ArgumentException>().WithMessage("*two seasons (14 points)*");
    }
}
