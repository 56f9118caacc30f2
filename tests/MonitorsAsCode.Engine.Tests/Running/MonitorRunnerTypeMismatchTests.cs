using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Running;

/// <summary>
/// A Parquet column stored as a type that cannot be read as its declared one is a mismatch between the definitions
/// and the data, handled like a missing column: the run completes, the schema monitor names it, and the monitors and
/// SLOs reading it are errors naming the dataset, column and both types.
/// </summary>
[UseCulture("de-DE")]
public sealed class MonitorRunnerTypeMismatchTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_column_stored_as_an_unreadable_type_errors_its_monitors_and_the_run_completes()
    {
        var run = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, FraudYaml(amount: "int64", modelVersion: "int64")));

        var byId = run.Results.ToDictionary(r => r.MonitorId);
        var current = directory.PathOf("current.parquet");
        byId["amount-nulls"].Status.Should().Be(CheckStatus.Error);
        byId["amount-nulls"].Value.Should().BeNull();
        byId["amount-nulls"].Evidence.Summary.Should().Be(
            $"column 'amount' of dataset 'fraud' is declared int64 but stored as double in {current}, which cannot be read as int64");
        byId["schema"].Status.Should().Be(CheckStatus.Fail);
        byId["schema"].Value.Should().Be(2);
        byId["schema"].Evidence.Summary.Should().Be("wrong type 'amount' declared int64, stored double; 'model_version' declared int64, stored string");
        byId["hour-valid"].Status.Should().Be(CheckStatus.Pass);
        byId["hour-valid"].Value.Should().Be(0);
    }

    [Fact]
    public void Integers_declared_double_are_read_though_the_schema_monitor_reports_the_difference()
    {
        var run = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, FraudYaml(hour: "double")));

        var byId = run.Results.ToDictionary(r => r.MonitorId);
        byId["hour-valid"].Status.Should().Be(CheckStatus.Pass);
        byId["hour-valid"].Value.Should().Be(0);
        byId["amount-nulls"].Status.Should().Be(CheckStatus.Pass);
        byId["schema"].Status.Should().Be(CheckStatus.Fail);
        byId["schema"].Evidence.Summary.Should().Be("wrong type 'hour_of_day' declared double, stored int64");
    }

    [Fact]
    public void As_declared_every_monitor_reads_its_column()
    {
        var run = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, FraudYaml()));

        run.Results.Should().OnlyContain(r => r.Status == CheckStatus.Pass);
    }

    [Fact]
    public void An_slo_reading_a_column_of_an_unreadable_type_is_an_error_naming_it()
    {
        File.Copy(RepositoryCheckout.Path("monitors", "fraud-scoring", "data", "serving.parquet"), directory.PathOf("serving.parquet"));
        var yaml = """
            datasets:
              - id: serving
                snapshots: { current: serving.parquet, captured_at: 2026-11-16T00:00:00Z }
                columns:
                  request_id:    { type: string, role: id }
                  request_time:  { type: timestamp, role: event_time }
                  model_version: { type: string, role: model_version }
                  latency_ms:    { type: timestamp, role: other }
                  status:        { type: int64, role: other }
            slos:
              - id: latency
                service: scoring
                owner: risk-ml
                dataset: serving
                indicator:
                  good: "latency_ms is not null"
                  total: "status < 500"
                objective: 0.99
                window: 28d
              - id: availability
                service: scoring
                owner: risk-ml
                dataset: serving
                indicator:
                  good: "status < 500"
                objective: 0.99
                window: 28d
            """;

        var run = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml));

        var latency = run.Slos.Single(s => s.SloId == "latency");
        latency.Status.Should().Be(CheckStatus.Error);
        latency.Evidence.Summary.Should().Be(
            $"column 'latency_ms' of dataset 'serving' is declared timestamp but stored as double in {directory.PathOf("serving.parquet")}, which cannot be read as timestamp");
        run.Slos.Single(s => s.SloId == "availability").Status.Should().NotBe(CheckStatus.Error);
    }

    private string FraudYaml(string amount = "double", string modelVersion = "string", string hour = "int64")
    {
        File.Copy(RepositoryCheckout.Path("monitors", "fraud-scoring", "data", "current.parquet"), directory.PathOf("current.parquet"), overwrite: true);
        return $$"""
            datasets:
              - id: fraud
                snapshots: { current: current.parquet }
                columns:
                  transaction_id:    { type: string, role: id }
                  event_time:        { type: timestamp, role: event_time }
                  amount:            { type: {{amount}}, role: feature }
                  merchant_category: { type: string, role: feature }
                  country:           { type: string, role: feature }
                  device_type:       { type: string, role: feature }
                  payment_method:    { type: string, role: feature }
                  account_age_days:  { type: int64, role: feature }
                  txn_sum_30d:       { type: double, role: feature }
                  hour_of_day:       { type: {{hour}}, role: feature }
                  score:             { type: double, role: prediction }
                  is_fraud:          { type: bool, role: label }
                  model_version:     { type: {{modelVersion}}, role: model_version }
            monitors:
              - id: schema
                dataset: fraud
                check: schema
              - id: amount-nulls
                dataset: fraud
                check: completeness
                column: amount
                fail: 0.5
              - id: hour-valid
                dataset: fraud
                check: validity
                column: hour_of_day
                min: 0
                max: 23
                fail: 0.01
            """;
    }
}
