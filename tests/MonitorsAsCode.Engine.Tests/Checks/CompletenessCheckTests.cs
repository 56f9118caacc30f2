using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Results;

namespace MonitorsAsCode.Engine.Tests.Checks;

[UseCulture("de-DE")]
public sealed class CompletenessCheckTests : IDisposable
{
    private const string OneNullInFour = "id,amount,country\n1,1.5,de\n2,,de\n3,2.5,de\n4,3.5,de\n";

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Null_share_is_the_share_of_null_rows_of_the_current_snapshot()
    {
        directory.Write("current.csv", OneNullInFour);

        var result = Run("warn: 0.5").Results.Single();

        result.Value.Should().Be(0.25);
        result.Status.Should().Be(CheckStatus.Pass);
        result.Evidence.Summary.Should().Be("25.0% of 4 rows are null (1)");
        result.Evidence.Details.Should().BeEmpty();
    }

    [Fact]
    public void A_quoted_empty_string_is_a_value_not_a_null()
    {
        directory.Write("current.csv", "id,amount,country\n1,1.5,\"\"\n2,2.5,\n3,3.5,de\n");

        var result = Run("fail: 0.5", column: "country").Results.Single();

        result.Value.Should().BeApproximately(1.0 / 3, 1e-15);
        result.Evidence.Summary.Should().Be("33.3% of 3 rows are null (1)");
    }

    [Fact]
    public void A_column_without_nulls_has_a_null_share_of_zero()
    {
        directory.Write("current.csv", "id,amount,country\n1,1.5,de\n2,2.5,fr\n");

        var result = Run("fail: 0").Results.Single();

        result.Value.Should().Be(0);
        result.Status.Should().Be(CheckStatus.Pass, "a value equal to the threshold does not breach it");
        result.Evidence.Summary.Should().Be("0.0% of 2 rows are null (0)");
    }

    [Theory]
    [InlineData("warn: 0.25", CheckStatus.Pass)]
    [InlineData("warn: 0.2499", CheckStatus.Warn)]
    [InlineData("fail: 0.25", CheckStatus.Pass)]
    [InlineData("fail: 0.2499", CheckStatus.Fail)]
    [InlineData("warn: 0.1\n    fail: 0.25", CheckStatus.Warn)]
    [InlineData("warn: 0.1\n    fail: 0.2", CheckStatus.Fail)]
    [InlineData("warn: 0.25\n    fail: 0.5", CheckStatus.Pass)]
    public void A_null_share_equal_to_a_threshold_does_not_breach_it_and_a_greater_one_does(string thresholds, CheckStatus expected)
    {
        directory.Write("current.csv", OneNullInFour);

        var result = Run(thresholds).Results.Single();

        result.Value.Should().Be(0.25);
        result.Status.Should().Be(expected);
    }

    [Fact]
    public void The_segment_the_nulls_concentrate_in_is_named()
    {
        directory.Write("current.csv", "id,amount,country\n1,1.5,de\n2,,fr\n3,2.5,de\n4,3.5,\n5,,fr\n6,4.5,it\n");

        var result = Run("fail: 0.5", countryRole: "feature").Results.Single();

        result.Value.Should().BeApproximately(2.0 / 6, 1e-15);
        result.Evidence.Summary.Should().Be("33.3% of 6 rows are null (2); most nulls where country = fr: 100.0% null there, 0.0% elsewhere");
        EvidenceText.Table(result.Evidence, "null share of 'amount' by country").Columns
            .Should().Equal("country", "rows", "null share", "nulls", "null share elsewhere");
        EvidenceText.Rows(result.Evidence, "null share of 'amount' by country").Should().Equal(
            "fr | 2 | 1 | 2 | 0",
            "(null) | 1 | 0 | 0 | 0.4",
            "it | 1 | 0 | 0 | 0.4",
            "de | 2 | 0 | 0 | 0.5");
    }

    [Fact]
    public void No_segment_is_named_when_nulls_are_spread_evenly()
    {
        directory.Write("current.csv", "id,amount,country\n1,1.5,de\n2,,de\n3,2.5,fr\n4,,fr\n");

        var result = Run("fail: 0.6", countryRole: "segment").Results.Single();

        result.Value.Should().Be(0.5);
        result.Evidence.Summary.Should().Be("50.0% of 4 rows are null (2)");
        result.Evidence.Details.Should().BeEmpty();
    }

    [Fact]
    public void No_segment_is_named_when_one_value_covers_every_row()
    {
        directory.Write("current.csv", OneNullInFour);

        var result = Run("fail: 0.5", countryRole: "segment").Results.Single();

        result.Value.Should().Be(0.25);
        result.Evidence.Summary.Should().Be("25.0% of 4 rows are null (1)");
        result.Evidence.Details.Should().BeEmpty();
    }

    [Fact]
    public void Id_columns_and_columns_missing_from_the_file_are_not_used_as_segments()
    {
        // 'id' separates the nulls perfectly but is an id; 'channel' is declared but not in the file.
        directory.Write("current.csv", "id,amount,country\nx,1.5,de\ny,,de\nz,2.5,fr\nw,,fr\n");
        var yaml = """
            datasets:
              - id: ds
                snapshots: { current: current.csv }
                columns:
                  id: { type: string, role: id }
                  amount: { type: double }
                  country: { type: string, role: segment }
                  channel: { type: string, role: segment }
            monitors:
              - id: nulls
                dataset: ds
                check: completeness
                column: amount
                fail: 0.6
            """;

        var result = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results.Single();

        result.Status.Should().Be(CheckStatus.Pass);
        result.Evidence.Summary.Should().Be("50.0% of 4 rows are null (2)");
        result.Evidence.Details.Should().BeEmpty();
    }

    [Fact]
    public void The_reference_null_share_is_shown_when_the_reference_is_read_for_another_monitor()
    {
        directory.Write("current.csv", OneNullInFour);
        directory.Write("reference.csv", "id,amount,country\n1,,de\n2,,fr\n3,2.5,de\n4,3.5,it\n");
        var yaml = Yaml(reference: true) + """
              - id: amount-drift
                dataset: ds
                check: drift
                column: amount
                warn: 100

            """;

        var result = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results[0];

        result.Value.Should().Be(0.25);
        result.Evidence.Summary.Should().Be("25.0% of 4 rows are null (1); reference 50.0%");
    }

    [Fact]
    public void A_column_missing_only_from_the_reference_does_not_stop_completeness_of_the_current()
    {
        directory.Write("current.csv", "id,amount,country\n1,1.5,de\n2,2.5,\n3,3.5,de\n4,4.5,de\n");
        directory.Write("reference.csv", "id,amount\n1,1.5\n2,2.5\n");
        var yaml = Yaml(reference: true, column: "country") + """
              - id: amount-drift
                dataset: ds
                check: drift
                column: amount
                warn: 100

            """;

        var result = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results[0];

        result.Status.Should().Be(CheckStatus.Pass);
        result.Value.Should().Be(0.25);
        result.Evidence.Summary.Should().Be("25.0% of 4 rows are null (1)");
    }

    private RunResult Run(string thresholds, string column = "amount", string countryRole = "other") =>
        new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, Yaml(reference: false, column, thresholds, countryRole)));

    // 'country' is not a segment unless asked, so the summaries stay to the null share.
    private static string Yaml(bool reference, string column = "amount", string thresholds = "fail: 0.5", string countryRole = "other")
    {
        var snapshots = reference ? "{ reference: reference.csv, current: current.csv }" : "{ current: current.csv }";
        return $$"""
            datasets:
              - id: ds
                snapshots: {{snapshots}}
                columns:
                  id: { type: int64, role: id }
                  amount: { type: double }
                  country: { type: string, role: {{countryRole}} }
            monitors:
              - id: nulls
                dataset: ds
                check: completeness
                column: {{column}}
                {{thresholds}}

            """;
    }
}
