using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Results;

namespace MonitorsAsCode.Engine.Tests.Checks;

[UseCulture("de-DE")]
public sealed class ValidityCheckTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Values_outside_the_range_are_invalid_and_listed_with_their_side()
    {
        directory.Write("current.csv", "hour,score,method\n-1,0.5,card\n0,0.5,card\n23,0.5,card\n24,0.5,card\n30,0.5,card\n30,0.5,card\n12,0.5,card\n,0.5,card\n");

        var result = Run("column: hour\n    min: 0\n    max: 23\n    fail: 0.5");

        result.Value.Should().Be(4.0 / 7, "four of the seven non-null values are outside [0, 23]; the null is not counted");
        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().Be("57.1% of values (4 of 7) are outside [0, 23]: '30' (2), '-1' (1), '24' (1)");
        EvidenceText.Rows(result.Evidence, "top invalid values").Should().Equal("30 | 2 | 0.285714", "-1 | 1 | 0.142857", "24 | 1 | 0.142857");
        EvidenceText.Rows(result.Evidence, "out of range").Should().Equal("below min | 1", "above max | 3");
    }

    [Fact]
    public void The_range_bounds_are_inclusive()
    {
        directory.Write("current.csv", "hour,score,method\n0,0,card\n23,1,card\n");

        var hours = Run("column: hour\n    min: 0\n    max: 23\n    fail: 0");
        var scores = Run("column: score\n    min: 0\n    max: 1\n    fail: 0");

        hours.Value.Should().Be(0);
        hours.Status.Should().Be(CheckStatus.Pass);
        hours.Evidence.Summary.Should().Be("all 2 non-null values of 'hour' are valid");
        scores.Value.Should().Be(0);
    }

    [Fact]
    public void A_range_with_only_a_minimum_accepts_any_larger_value()
    {
        directory.Write("current.csv", "hour,score,method\n1,-0.5,card\n1,1e300,card\n1,0,card\n1,-2,card\n");

        var result = Run("column: score\n    min: 0\n    warn: 0.1");

        result.Value.Should().Be(0.5);
        result.Status.Should().Be(CheckStatus.Warn);
        result.Evidence.Summary.Should().Be("50.0% of values (2 of 4) are outside [0, Infinity]: '-0.5' (1), '-2' (1)");
        EvidenceText.Rows(result.Evidence, "out of range").Should().Equal("below min | 2", "above max | 0");
    }

    [Fact]
    public void NaN_is_invalid_under_a_range_but_on_neither_side_of_it()
    {
        directory.Write("current.csv", "hour,score,method\n1,0.5,card\n1,NaN,card\n1,0.25,card\n1,nan,card\n");

        var result = Run("column: score\n    min: 0\n    max: 1\n    fail: 0.25");

        result.Value.Should().Be(0.5);
        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().Be("50.0% of values (2 of 4) are outside [0, 1]: 'NaN' (2)");
        EvidenceText.Rows(result.Evidence, "top invalid values").Should().Equal("NaN | 2 | 0.5");
        result.Evidence.Details.Should().NotContain(t => t.Title == "out of range", "NaN is neither below the minimum nor above the maximum");
    }

    [Fact]
    public void Values_not_in_the_allowed_list_are_invalid_and_named()
    {
        directory.Write("current.csv", "hour,score,method\n1,0,card\n1,0,cash\n1,0,bank\n1,0,cash\n1,0,crypto\n1,0,\n1,0,Card\n1,0,card\n");

        var result = Run("column: method\n    allowed: [card, bank]\n    warn: 0.1\n    fail: 0.5");

        result.Value.Should().Be(4.0 / 7);
        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().Be("57.1% of values (4 of 7) are not in the allowed list: 'cash' (2), 'Card' (1), 'crypto' (1)");
        EvidenceText.Rows(result.Evidence, "top invalid values").Should().Equal("cash | 2 | 0.285714", "Card | 1 | 0.142857", "crypto | 1 | 0.142857");
    }

    [Fact]
    public void Allowed_numbers_are_compared_in_their_invariant_text_form()
    {
        directory.Write("current.csv", "hour,score,method\n1,0.5,card\n2,0.5,card\n3,1.5,card\n");

        var hours = Run("column: hour\n    allowed: [1, 2]\n    fail: 0.5");
        var scores = Run("column: score\n    allowed: [0.5]\n    fail: 0.5");

        hours.Value.Should().BeApproximately(1.0 / 3, 1e-15);
        hours.Evidence.Summary.Should().EndWith("are not in the allowed list: '3' (1)");
        scores.Evidence.Summary.Should().EndWith("are not in the allowed list: '1.5' (1)");
    }

    [Fact]
    public void More_than_five_distinct_invalid_values_are_counted_in_the_summary()
    {
        directory.Write("current.csv", "hour,score,method\n1,0,a\n1,0,b\n1,0,c\n1,0,d\n1,0,e\n1,0,f\n1,0,g\n1,0,ok\n");

        var result = Run("column: method\n    allowed: [ok]\n    fail: 0.5");

        result.Evidence.Summary.Should().Be("87.5% of values (7 of 8) are not in the allowed list: 'a' (1), 'b' (1), 'c' (1), 'd' (1), 'e' (1) and 2 more distinct values");
        EvidenceText.Rows(result.Evidence, "top invalid values").Should().HaveCount(5);
    }

    [Fact]
    public void With_allowed_reference_a_category_never_seen_in_the_reference_is_invalid_and_named()
    {
        directory.Write("reference.csv", "hour,score,method\n1,0,card\n1,0,bank\n1,0,\n1,0,cash\n");
        directory.Write("current.csv", "hour,score,method\n1,0,card\n1,0,bank\n1,0,crypto\n1,0,card\n");

        var result = Run("column: method\n    allowed: reference\n    fail: 0", reference: true);

        result.Value.Should().Be(0.25);
        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().Be("25.0% of values (1 of 4) are never seen in the reference: 'crypto' (1)");
        EvidenceText.Rows(result.Evidence, "top invalid values").Should().Equal("crypto | 1 | 0.25");
    }

    [Fact]
    public void With_allowed_reference_a_number_seen_in_the_reference_is_valid()
    {
        directory.Write("reference.csv", "hour,score,method\n1,0,card\n2,0,card\n3,0,card\n");
        directory.Write("current.csv", "hour,score,method\n3,0,card\n1,0,card\n3,0,card\n");

        var result = Run("column: hour\n    allowed: reference\n    fail: 0", reference: true);

        result.Value.Should().Be(0);
        result.Status.Should().Be(CheckStatus.Pass);
        result.Evidence.Summary.Should().Be("all 3 non-null values of 'hour' are valid");
    }

    [Fact]
    public void A_column_with_only_nulls_cannot_be_validated()
    {
        directory.Write("current.csv", "hour,score,method\n,0,card\n,0,card\n");

        var result = Run("column: hour\n    min: 0\n    fail: 0");

        result.Status.Should().Be(CheckStatus.Error);
        result.Value.Should().BeNull();
        result.Evidence.Summary.Should().Be("column 'hour' has no non-null values to validate");
    }

    private CheckResult Run(string monitor, bool reference = false)
    {
        var snapshots = reference ? "{ reference: reference.csv, current: current.csv }" : "{ current: current.csv }";
        var yaml = $$"""
            datasets:
              - id: ds
                snapshots: {{snapshots}}
                columns:
                  hour: { type: int64 }
                  score: { type: double }
                  method: { type: string }
            monitors:
              - id: valid
                dataset: ds
                check: validity
                {{monitor}}

            """;

        return new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results.Should().ContainSingle().Subject;
    }
}
