using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Statistics.Tests.Performance;

public sealed class RegressionMetricsTests
{
    [Theory]
    [MemberData(nameof(PerformanceCaseFile.RegressionNames), MemberType = typeof(PerformanceCaseFile))]
    public void Errors_agree_with_scikit_learn(string name)
    {
        var testCase = PerformanceCaseFile.Regression(name);
        var predicted = testCase.Predicted;
        var actual = testCase.Actual;
        var weights = testCase.Weights;

        ReferenceValue.Agrees(RegressionMetrics.MeanAbsoluteError(predicted, actual, weights), testCase.Mae, name + " MAE");
        ReferenceValue.Agrees(RegressionMetrics.RootMeanSquaredError(predicted, actual, weights), testCase.Rmse, name + " RMSE");
        ReferenceValue.Agrees(RegressionMetrics.MeanAbsolutePercentageError(predicted, actual, weights), testCase.Mape, name + " MAPE");
        ReferenceValue.Agrees(RegressionMetrics.RSquared(predicted, actual, weights), testCase.R2, name + " R²");
        ReferenceValue.Agrees(RegressionMetrics.ShareWithin(predicted, actual, testCase.Tolerance, weights), testCase.Within, name + " share within tolerance");
    }

    [Fact]
    public void No_rows_are_undefined_not_zero()
    {
        RegressionMetrics.MeanAbsoluteError([], []).Should().Be(double.NaN);
        RegressionMetrics.RSquared([], []).Should().Be(double.NaN);
    }

    [Fact]
    public void Predictions_without_their_actual_values_are_refused()
    {
        FluentActions.Invoking(() => RegressionMetrics.MeanAbsoluteError([1, 2], [1])).Should().Throw<ArgumentException>();
    }
}
