using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Statistics.Tests.Performance;

public sealed class ConfusionMatrixTests
{
    [Fact]
    public void The_reference_values_say_how_they_were_generated()
    {
        PerformanceCaseFile.Instance.GeneratedBy.Should().StartWith("/usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Performance/reference/make_performance_cases.py")
            .And.Contain("scikit-learn").And.Contain("statsmodels");
    }

    [Theory]
    [MemberData(nameof(PerformanceCaseFile.ClassificationNames), MemberType = typeof(PerformanceCaseFile))]
    public void Thresholded_metrics_agree_with_scikit_learn(string name)
    {
        var testCase = PerformanceCaseFile.Classification(name);

        var matrix = ConfusionMatrix.Of(testCase.Scores, testCase.Positive, testCase.Threshold, testCase.Weights);

        ReferenceValue.Agrees(matrix.Accuracy, testCase.Accuracy, name + " accuracy");
        ReferenceValue.Agrees(matrix.Precision, testCase.Precision, name + " precision");
        ReferenceValue.Agrees(matrix.Recall, testCase.Recall, name + " recall");
        ReferenceValue.Agrees(matrix.F1, testCase.F1, name + " F1");
        ReferenceValue.Agrees(matrix.CostPerPrediction(testCase.FalsePositiveCost, testCase.FalseNegativeCost), testCase.Cost, name + " cost");
    }

    [Fact]
    public void A_score_equal_to_the_threshold_predicts_positive()
    {
        var matrix = ConfusionMatrix.Of([0.5, 0.49], [true, true], 0.5);

        matrix.TruePositives.Should().Be(1);
        matrix.FalseNegatives.Should().Be(1);
    }

    [Fact]
    public void Matrices_of_two_chunks_merge_into_the_matrix_of_both()
    {
        var testCase = PerformanceCaseFile.Classification("calibrated_300");
        var scores = testCase.Scores.AsSpan();
        var positive = testCase.Positive.AsSpan();

        var merged = ConfusionMatrix.Of(scores[..100], positive[..100], testCase.Threshold)
            .Merge(ConfusionMatrix.Of(scores[100..], positive[100..], testCase.Threshold));

        merged.Should().Be(ConfusionMatrix.Of(scores, positive, testCase.Threshold));
    }

    [Fact]
    public void No_rows_make_every_metric_undefined()
    {
        var matrix = ConfusionMatrix.Of([], [], 0.5);

        matrix.Accuracy.Should().Be(double.NaN);
        matrix.F1.Should().Be(double.NaN);
        matrix.CostPerPrediction(1, 25).Should().Be(double.NaN);
    }
}
