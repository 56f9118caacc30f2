using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Statistics.Tests.Performance;

public sealed class WilsonIntervalTests
{
    [Theory]
    [MemberData(nameof(PerformanceCaseFile.ClassificationNames), MemberType = typeof(PerformanceCaseFile))]
    public void Intervals_of_accuracy_precision_and_recall_agree_with_statsmodels(string name)
    {
        var testCase = PerformanceCaseFile.Classification(name);
        if (testCase.Weights is not null)
        {
            return;
        }

        var m = ConfusionMatrix.Of(testCase.Scores, testCase.Positive, testCase.Threshold);

        ReferenceValue.Agrees(Interval(m.TruePositives + m.TrueNegatives, m.Total), testCase.AccuracyWilson, name + " accuracy");
        ReferenceValue.Agrees(Interval(m.TruePositives, m.PredictedPositives), testCase.PrecisionWilson, name + " precision");
        ReferenceValue.Agrees(Interval(m.TruePositives, m.ActualPositives), testCase.RecallWilson, name + " recall");
    }

    [Theory]
    [MemberData(nameof(PerformanceCaseFile.RegressionNames), MemberType = typeof(PerformanceCaseFile))]
    public void The_interval_of_the_share_within_tolerance_agrees_with_statsmodels(string name)
    {
        var testCase = PerformanceCaseFile.Regression(name);
        if (testCase.Weights is not null)
        {
            return;
        }

        var within = RegressionMetrics.ShareWithin(testCase.Predicted, testCase.Actual, testCase.Tolerance) * testCase.Actual.Length;

        ReferenceValue.Agrees(Interval(Math.Round(within), testCase.Actual.Length), testCase.WithinWilson, name);
    }

    [Fact]
    public void The_normal_quantile_is_scipys()
    {
        NumericAssert.Close(ConfidenceInterval.NormalQuantile(0.95), PerformanceCaseFile.Instance.Z975, "z at 95%");
    }

    [Fact]
    public void No_trials_have_no_interval()
    {
        FluentActions.Invoking(() => WilsonInterval.Of(0, 0)).Should().Throw<ArgumentException>();
    }

    private static ConfidenceInterval? Interval(double successes, double trials) => trials > 0 ? WilsonInterval.Of(successes, trials) : null;
}
