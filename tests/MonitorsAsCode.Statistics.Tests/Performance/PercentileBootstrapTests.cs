using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Statistics.Tests.Performance;

public sealed class PercentileBootstrapTests
{
    public static TheoryData<string> BootstrappedClassification() =>
        new(PerformanceCaseFile.Instance.ClassificationCases.Where(c => c.Bootstrap is not null).Select(c => c.Name));

    public static TheoryData<string> BootstrappedRegression() =>
        new(PerformanceCaseFile.Instance.RegressionCases.Where(c => c.Bootstrap is not null).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(BootstrappedClassification))]
    public void Classification_intervals_agree_with_numpy_over_the_same_resamples(string name)
    {
        var c = PerformanceCaseFile.Classification(name);
        var boot = c.Bootstrap!; // the theory only lists bootstrapped cases
        var order = AveragePrecision.DescendingOrder(c.Scores);
        var statistics = new Dictionary<string, Func<double[], double>>
        {
            ["f1"] = w => ConfusionMatrix.Of(c.Scores, c.Positive, c.Threshold, w).F1,
            ["average_precision"] = w => AveragePrecision.OfOrdered(c.Scores, c.Positive, w, order),
            ["log_loss"] = w => LogLoss.Of(c.Scores, c.Positive, w),
            ["brier"] = w => BrierScore.Of(c.Scores, c.Positive, w),
            ["ece"] = w => ExpectedCalibrationError.Of(c.Scores, c.Positive, c.Bins, w),
        };

        statistics.Keys.Should().BeEquivalentTo(boot.Intervals.Keys);
        foreach (var (statistic, compute) in statistics)
        {
            var interval = PercentileBootstrap.Interval(c.Scores.Length, compute, boot.Resamples, seed: boot.Seed);
            ReferenceValue.Agrees(interval, boot.Intervals[statistic], $"{name} {statistic}");
        }
    }

    [Theory]
    [MemberData(nameof(BootstrappedRegression))]
    public void Regression_intervals_agree_with_numpy_over_the_same_resamples(string name)
    {
        var c = PerformanceCaseFile.Regression(name);
        var boot = c.Bootstrap!; // the theory only lists bootstrapped cases
        var statistics = new Dictionary<string, Func<double[], double>>
        {
            ["mae"] = w => RegressionMetrics.MeanAbsoluteError(c.Predicted, c.Actual, w),
            ["rmse"] = w => RegressionMetrics.RootMeanSquaredError(c.Predicted, c.Actual, w),
            ["mape"] = w => RegressionMetrics.MeanAbsolutePercentageError(c.Predicted, c.Actual, w),
            ["r2"] = w => RegressionMetrics.RSquared(c.Predicted, c.Actual, w),
        };

        statistics.Keys.Should().BeEquivalentTo(boot.Intervals.Keys);
        foreach (var (statistic, compute) in statistics)
        {
            var interval = PercentileBootstrap.Interval(c.Actual.Length, compute, boot.Resamples, seed: boot.Seed);
            ReferenceValue.Agrees(interval, boot.Intervals[statistic], $"{name} {statistic}");
        }
    }

    [Fact]
    public void The_first_resample_draws_the_rows_the_script_drew()
    {
        var c = PerformanceCaseFile.Regression("noisy_250");
        var boot = c.Bootstrap!; // noisy_250 is bootstrapped
        double[]? first = null;

        PercentileBootstrap.Replicates(c.Actual.Length, w => { first ??= (double[])w.Clone(); return 0; }, 1, boot.Seed);

        foreach (var row in boot.FirstDraws)
        {
            first![row].Should().BeGreaterThanOrEqualTo(1, "row {0} was drawn in the first resample", row);
        }

        first!.Sum().Should().Be(c.Actual.Length);
    }

    [Fact]
    public void The_same_seed_gives_the_same_interval_and_another_seed_another()
    {
        var c = PerformanceCaseFile.Regression("noisy_250");
        double Mae(double[] w) => RegressionMetrics.MeanAbsoluteError(c.Predicted, c.Actual, w);

        var once = PercentileBootstrap.Interval(c.Actual.Length, Mae, 300, seed: 7);
        var again = PercentileBootstrap.Interval(c.Actual.Length, Mae, 300, seed: 7);
        var other = PercentileBootstrap.Interval(c.Actual.Length, Mae, 300, seed: 8);

        again.Should().Be(once);
        other.Should().NotBe(once);
    }

    [Fact]
    public void The_interval_of_a_mean_covers_the_true_mean_about_as_often_as_its_level_says()
    {
        // 200 seeded samples of 60 draws from an exponential with mean 1: a 90% percentile interval of the mean should
        // cover 1 in about 180 of them (the percentile bootstrap runs a little short on small skewed samples).
        var random = new Random(20261207);
        var covered = 0;
        for (var trial = 0; trial < 200; trial++)
        {
            var sample = new double[60];
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = -Math.Log(1 - random.NextDouble());
            }

            var zeros = new double[sample.Length];
            var interval = PercentileBootstrap.Interval(sample.Length, w => RegressionMetrics.MeanAbsoluteError(zeros, sample, w), 400, level: 0.9, seed: (ulong)trial);
            covered += interval!.Value.Contains(1) ? 1 : 0;
        }

        covered.Should().BeInRange(160, 195);
    }

    [Fact]
    public void A_statistic_undefined_in_most_resamples_has_no_interval()
    {
        PercentileBootstrap.Interval(10, _ => double.NaN, 50).Should().BeNull();
    }
}
