using MonitorsAsCode.Statistics.Classification;
using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Statistics.Tests.Performance;

/// <summary>The metrics of scores as probabilities and as rankings, against scikit-learn and numpy.</summary>
public sealed class ProbabilityMetricsTests
{
    [Theory]
    [MemberData(nameof(PerformanceCaseFile.ClassificationNames), MemberType = typeof(PerformanceCaseFile))]
    public void Average_precision_agrees_with_scikit_learn(string name)
    {
        var testCase = PerformanceCaseFile.Classification(name);

        ReferenceValue.Agrees(AveragePrecision.Of(testCase.Scores, testCase.Positive, testCase.Weights), testCase.AveragePrecision, name);
    }

    [Theory]
    [MemberData(nameof(PerformanceCaseFile.ClassificationNames), MemberType = typeof(PerformanceCaseFile))]
    public void Log_loss_agrees_with_scikit_learn(string name)
    {
        var testCase = PerformanceCaseFile.Classification(name);

        ReferenceValue.Agrees(LogLoss.Of(testCase.Scores, testCase.Positive, testCase.Weights), testCase.LogLoss, name);
    }

    [Theory]
    [MemberData(nameof(PerformanceCaseFile.ClassificationNames), MemberType = typeof(PerformanceCaseFile))]
    public void Brier_score_agrees_with_scikit_learn(string name)
    {
        var testCase = PerformanceCaseFile.Classification(name);

        ReferenceValue.Agrees(BrierScore.Of(testCase.Scores, testCase.Positive, testCase.Weights), testCase.Brier, name);
    }

    [Theory]
    [MemberData(nameof(PerformanceCaseFile.ClassificationNames), MemberType = typeof(PerformanceCaseFile))]
    public void Expected_calibration_error_agrees_with_numpy_over_scikit_learns_bins(string name)
    {
        var testCase = PerformanceCaseFile.Classification(name);

        ReferenceValue.Agrees(ExpectedCalibrationError.Of(testCase.Scores, testCase.Positive, testCase.Bins, testCase.Weights), testCase.Ece, name);
    }

    [Theory]
    [MemberData(nameof(PerformanceCaseFile.ClassificationNames), MemberType = typeof(PerformanceCaseFile))]
    public void Roc_auc_agrees_with_scikit_learn(string name)
    {
        var testCase = PerformanceCaseFile.Classification(name);
        if (testCase.Weights is not null)
        {
            return; // ROC AUC is not weighted: its interval is DeLong's, not a bootstrap's.
        }

        if (testCase.RocAuc is { } expected)
        {
            NumericAssert.Close(RocAuc.Of(testCase.Scores, testCase.Positive), expected, name);
        }
        else
        {
            FluentActions.Invoking(() => RocAuc.Of(testCase.Scores, testCase.Positive)).Should().Throw<ArgumentException>();
        }
    }

    [Fact]
    public void A_probability_outside_zero_to_one_is_refused()
    {
        FluentActions.Invoking(() => BrierScore.Of([1.5], [true])).Should().Throw<ArgumentException>().WithMessage("*within [0, 1]*1.5*");
        FluentActions.Invoking(() => LogLoss.Of([double.NaN], [true])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ExpectedCalibrationError.Of([-0.1], [true])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_probability_on_an_inner_edge_falls_in_the_lower_bin_as_numpy_searchsorted_puts_it()
    {
        ExpectedCalibrationError.BinOf(0.1, 10).Should().Be(0);
        ExpectedCalibrationError.BinOf(0.30000000000000004, 10).Should().Be(2);
        ExpectedCalibrationError.BinOf(1.0, 10).Should().Be(9);
        ExpectedCalibrationError.BinOf(0.0, 10).Should().Be(0);
    }
}
