using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Tests.Baselines;

/// <summary>
/// Nine weeks of daily volumes with a weekly season (Saturdays 60% above a weekday), seeded noise, and two anomalies in
/// the last three weeks: a Saturday at a weekday's level (a 37% drop that a fixed band cannot see) and a Wednesday
/// spike. Seasonal baselines flag exactly the anomalies; a fixed band misses the Saturday drop and fires on every
/// ordinary Saturday.
/// </summary>
public sealed class SeasonalAnomalyTests
{
    private const int Days = 63;
    private const int SaturdayDrop = 49;
    private const int WednesdaySpike = 53;
    private static readonly double[] Week = [1.6, 1.3, 0.9, 1.0, 1.0, 1.0, 1.1]; // 2026-08-01 is a Saturday
    private static readonly Threshold FixedBand = new(700, 1400);

    private static readonly MonitorDefinition Volume = new("daily-volume", "payments", CheckKind.Volume);

    public static TheoryData<BaselineMethod> SeasonalMethods() => new(BaselineMethod.SamePeriodLastWeek, BaselineMethod.HoltWinters);

    [Theory]
    [MemberData(nameof(SeasonalMethods))]
    public void A_seasonal_baseline_fails_exactly_the_injected_anomalies(BaselineMethod method)
    {
        var monitor = Volume with { Baseline = new BaselineDefinition(method) { Window = TimeSpan.FromDays(28), MinHistory = 14 } };
        var (history, series) = Filled(monitor);

        var failing = new List<int>();
        for (var day = 42; day < Days; day++)
        {
            var result = history.Judge(monitor, day, series[day]);
            result.Status.Should().NotBe(CheckStatus.Skipped, "four weeks of history are enough for {0}", method);
            if (result.Status == CheckStatus.Fail)
            {
                failing.Add(day);
            }
        }

        failing.Should().Equal(SaturdayDrop, WednesdaySpike);
    }

    [Fact]
    public void A_fixed_band_misses_the_saturday_drop_and_fires_on_ordinary_saturdays()
    {
        var series = Series();

        var failing = Enumerable.Range(42, Days - 42).Where(day => StatusPolicy.Judge(series[day], null, FixedBand) == CheckStatus.Fail).ToList();

        failing.Should().NotContain(SaturdayDrop);
        failing.Should().Contain([42, 56, WednesdaySpike]);
    }

    [Fact]
    public void A_failed_window_is_left_out_of_the_next_baselines()
    {
        var monitor = Volume with { Baseline = new BaselineDefinition(BaselineMethod.SamePeriodLastWeek) { MinHistory = 14 } };
        var (history, series) = Filled(monitor);

        var nextSaturday = history.Judge(monitor, SaturdayDrop + 7, series[SaturdayDrop + 7]);

        nextSaturday.Evidence.Details.Single(t => t.Title == "Left out of the baseline").Rows
            .Select(r => r[0].ToString() + " " + r[1]).Should().Equal("2026-09-19T00:00:00Z failed (an incident is not the new normal)", "2026-09-23T00:00:00Z failed (an incident is not the new normal)");
    }

    [Fact]
    public void Median_mad_without_seasons_takes_the_saturday_drop_for_a_normal_day()
    {
        var monitor = Volume with { Baseline = new BaselineDefinition(BaselineMethod.MedianMad) { MinHistory = 14 } };
        var (history, series) = Filled(monitor);

        history.Judge(monitor, SaturdayDrop, series[SaturdayDrop]).Status.Should().Be(CheckStatus.Pass);
    }

    /// <summary>A backfill: each day judged against the days before it, and recorded as judged.</summary>
    private static (SyntheticHistory History, double[] Series) Filled(MonitorDefinition monitor)
    {
        var series = Series();
        var history = new SyntheticHistory();
        for (var day = 0; day < Days; day++)
        {
            var result = history.Judge(monitor, day, series[day]);
            history.Record(monitor, day, series[day], result.Warn, result.Fail, result.Status);
        }

        return (history, series);
    }

    private static double[] Series()
    {
        var random = new Random(14);
        var series = new double[Days];
        for (var day = 0; day < Days; day++)
        {
            series[day] = Math.Round(1000 * Week[day % 7] * (1 + ((random.NextDouble() - 0.5) * 0.06)));
        }

        series[SaturdayDrop] = 1000;
        series[WednesdaySpike] = 1450;
        return series;
    }
}
