using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Statistics.Tests.Performance;

public sealed class DeLongIntervalTests
{
    [Theory]
    [MemberData(nameof(PerformanceCaseFile.ClassificationNames), MemberType = typeof(PerformanceCaseFile))]
    public void Variance_and_interval_agree_with_the_papers_psi_matrix_in_numpy(string name)
    {
        var testCase = PerformanceCaseFile.Classification(name);
        if (testCase.Weights is not null)
        {
            return;
        }

        if (testCase.Delong is not { } expected)
        {
            FluentActions.Invoking(() => DeLongInterval.Of(testCase.Scores, testCase.Positive)).Should().Throw<ArgumentException>();
            return;
        }

        var estimate = DeLongInterval.Of(testCase.Scores, testCase.Positive);

        NumericAssert.Close(estimate.Auc, expected.Auc, name + " AUC");
        NumericAssert.Close(estimate.Variance, expected.Variance, name + " variance");
        NumericAssert.Close(estimate.Interval.Lower, expected.Interval[0], name + " lower bound");
        NumericAssert.Close(estimate.Interval.Upper, expected.Interval[1], name + " upper bound");
    }
}
