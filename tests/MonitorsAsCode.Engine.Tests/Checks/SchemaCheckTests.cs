using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Results;

namespace MonitorsAsCode.Engine.Tests.Checks;

[UseCulture("de-DE")]
public sealed class SchemaCheckTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void All_declared_columns_present_passes_with_no_problems()
    {
        var result = RunSchema("id,amount,country\na,1.5,de\n");

        result.Status.Should().Be(CheckStatus.Pass);
        result.Value.Should().Be(0);
        result.Evidence.Summary.Should().Be("all 3 declared columns present");
        result.Evidence.Details.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_declared_column_fails_and_is_named()
    {
        var result = RunSchema("id,country\na,de\n");

        result.Status.Should().Be(CheckStatus.Fail);
        result.Value.Should().Be(1);
        result.Evidence.Summary.Should().Be("missing 'amount'");
        EvidenceText.Rows(result.Evidence, "missing columns").Should().Equal("amount");
    }

    [Fact]
    public void Column_order_in_the_file_does_not_matter()
    {
        var result = RunSchema("country,amount,id\nde,1.5,a\n");

        result.Status.Should().Be(CheckStatus.Pass);
        result.Value.Should().Be(0);
    }

    [Fact]
    public void Column_names_are_compared_case_sensitively()
    {
        var result = RunSchema("id,Amount,country\na,1.5,de\n");

        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().Be("missing 'amount'; unexpected 'Amount'");
    }

    [Fact]
    public void Unexpected_columns_warn_by_default_and_are_listed()
    {
        var result = RunSchema("id,amount,country,extra,debug\na,1.5,de,x,y\n");

        result.Status.Should().Be(CheckStatus.Warn);
        result.Value.Should().Be(0);
        result.Evidence.Summary.Should().Be("unexpected 'extra', 'debug'");
        EvidenceText.Rows(result.Evidence, "unexpected columns").Should().Equal("extra", "debug");
    }

    [Theory]
    [InlineData("warn", CheckStatus.Warn)]
    [InlineData("fail", CheckStatus.Fail)]
    [InlineData("ignore", CheckStatus.Pass)]
    public void Unexpected_columns_are_judged_by_the_monitors_policy(string policy, CheckStatus expected)
    {
        var result = RunSchema("id,amount,country,extra\na,1.5,de,x\n", policy);

        result.Status.Should().Be(expected);
        result.Evidence.Summary.Should().Be("unexpected 'extra'");
    }

    [Fact]
    public void Missing_columns_fail_even_when_unexpected_columns_are_ignored()
    {
        var result = RunSchema("id,extra\na,x\n", "ignore");

        result.Status.Should().Be(CheckStatus.Fail);
        result.Value.Should().Be(2);
        result.Evidence.Summary.Should().Be("missing 'amount', 'country'; unexpected 'extra'");
    }

    [Fact]
    public void More_than_five_missing_columns_are_summarised_with_a_count()
    {
        directory.Write("current.csv", "other\nx\n");
        var yaml = """
            datasets:
              - id: ds
                snapshots: { current: current.csv }
                columns:
                  c1: { type: string }
                  c2: { type: string }
                  c3: { type: string }
                  c4: { type: string }
                  c5: { type: string }
                  c6: { type: string }
                  c7: { type: string }
            monitors:
              - id: schema
                dataset: ds
                check: schema
            """;

        var result = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results.Single();

        result.Value.Should().Be(7);
        result.Evidence.Summary.Should().Be("missing 'c1', 'c2', 'c3', 'c4', 'c5' and 2 more; unexpected 'other'");
        EvidenceText.Rows(result.Evidence, "missing columns").Should().HaveCount(7);
    }

    [Fact]
    public void Columns_of_the_wrong_type_are_named_with_their_declared_and_stored_types()
    {
        File.Copy(RepositoryCheckout.Path("monitors", "fraud-scoring", "data", "current.parquet"), directory.PathOf("current.parquet"));
        var yaml = """
            datasets:
              - id: fraud
                snapshots: { current: current.parquet }
                columns:
                  transaction_id:    { type: int64 }
                  event_time:        { type: date }
                  amount:            { type: int64 }
                  merchant_category: { type: string }
                  country:           { type: bool }
                  device_type:       { type: string }
                  payment_method:    { type: string }
                  account_age_days:  { type: string }
                  txn_sum_30d:       { type: double }
                  hour_of_day:       { type: timestamp }
                  score:             { type: double }
                  is_fraud:          { type: double }
                  model_version:     { type: int64 }
            monitors:
              - id: schema
                dataset: fraud
                check: schema
            """;

        var result = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results.Single();

        result.Status.Should().Be(CheckStatus.Fail);
        result.Value.Should().Be(8);
        result.Evidence.Summary.Should().Be(
            "wrong type 'transaction_id' declared int64, stored string; 'event_time' declared date, stored timestamp; "
            + "'amount' declared int64, stored double; 'country' declared bool, stored string; "
            + "'account_age_days' declared string, stored int64; and 3 more of the wrong type");
        EvidenceText.Rows(result.Evidence, "columns of the wrong type").Should().Equal(
            "transaction_id | int64 | string",
            "event_time | date | timestamp",
            "amount | int64 | double",
            "country | bool | string",
            "account_age_days | string | int64",
            "hour_of_day | timestamp | int64",
            "is_fraud | double | bool",
            "model_version | int64 | string");
    }

    private CheckResult RunSchema(string csv, string? policy = null)
    {
        directory.Write("current.csv", csv);
        var policyLine = policy is null ? string.Empty : "    unexpected_columns: " + policy + "\n";
        var yaml = """
            datasets:
              - id: ds
                snapshots: { current: current.csv }
                columns:
                  id: { type: string, role: id }
                  amount: { type: double }
                  country: { type: string }
            monitors:
              - id: schema
                dataset: ds
                check: schema

            """ + policyLine;

        var run = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml));

        return run.Results.Should().ContainSingle().Subject;
    }
}
