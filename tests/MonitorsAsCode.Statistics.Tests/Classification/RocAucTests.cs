using MonitorsAsCode.Statistics.Classification;

namespace MonitorsAsCode.Statistics.Tests.Classification;

public sealed class RocAucTests
{
    [Fact]
    public void The_reference_values_say_how_they_were_generated()
    {
        DomainClassifierCaseFile.Instance.GeneratedBy.Should().StartWith("/usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Classification/reference/make_domain_classifier_cases.py").And.Contain("scipy");
    }

    [Theory]
    [MemberData(nameof(DomainClassifierCaseFile.AucCaseNames), MemberType = typeof(DomainClassifierCaseFile))]
    public void Auc_agrees_with_scipys_mann_whitney_u(string name)
    {
        var testCase = DomainClassifierCaseFile.Instance.AucCases.Single(c => c.Name == name);

        var auc = RocAuc.Of(testCase.Scores, testCase.Positive);

        NumericAssert.Measured(auc, testCase.Auc, name + " auc");
    }

    [Fact]
    public void Scores_without_both_classes_are_rejected()
    {
        FluentActions.Invoking(() => RocAuc.Of([0.1, 0.2], [true, true])).Should().Throw<ArgumentException>();
    }
}
