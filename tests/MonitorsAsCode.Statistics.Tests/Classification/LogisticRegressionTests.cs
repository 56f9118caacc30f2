using MonitorsAsCode.Statistics.Classification;

namespace MonitorsAsCode.Statistics.Tests.Classification;

public sealed class LogisticRegressionTests
{
    [Theory]
    [MemberData(nameof(DomainClassifierCaseFile.LogisticCaseNames), MemberType = typeof(DomainClassifierCaseFile))]
    public void Newton_finds_the_minimiser_scipys_bfgs_finds(string name)
    {
        var testCase = DomainClassifierCaseFile.Instance.LogisticCases.Single(c => c.Name == name);

        var model = LogisticRegression.Fit(testCase.Features, testCase.Positive, testCase.L2);

        model.Intercept.Should().BeApproximately(testCase.Intercept, 1e-6);
        model.Weights.Should().HaveCount(testCase.Weights.Length);
        for (var j = 0; j < testCase.Weights.Length; j++)
        {
            model.Weights[j].Should().BeApproximately(testCase.Weights[j], 1e-6, "weight {0}", j);
        }
    }

    [Fact]
    public void The_probability_is_the_logistic_of_the_margin()
    {
        var testCase = DomainClassifierCaseFile.Instance.LogisticCases[0];
        var model = LogisticRegression.Fit(testCase.Features, testCase.Positive, testCase.L2);
        var x = testCase.Features[0];

        var margin = model.Intercept + x.Select((v, j) => v * model.Weights[j]).Sum();

        model.Probability(x).Should().BeApproximately(1 / (1 + Math.Exp(-margin)), 1e-15);
    }
}
