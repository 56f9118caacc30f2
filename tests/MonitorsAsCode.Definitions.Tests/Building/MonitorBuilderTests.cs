using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Tests.Yaml;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Building;

public sealed class MonitorBuilderTests
{
    private const string Yaml = """
        datasets:
          - id: fraud-scoring
            owner: risk-ml
            snapshots: { reference: data/reference.csv, current: data/current.csv, captured_at: 2026-11-16T00:00:00Z }
            columns:
              event_time: { type: timestamp, role: event_time }
              amount:     { type: double }
              country:    { type: string, role: segment }
        monitors:
          - id: amount-drift
            dataset: fraud-scoring
            check: drift
            column: amount
            method: jensen-shannon
            bins: 20
            warn: 0.1
            fail: 0.25
            severity: act
            owner: risk-ml-oncall
            runbook: runbooks/feature-drift.md
            description: Amounts look like the training window.
          - id: rows
            dataset: fraud-scoring
            check: volume
            warn: { below: 0.8, above: 1.25 }
            fail: { below: 0.5 }
          - id: fresh
            dataset: fraud-scoring
            check: freshness
            column: event_time
            warn: 1d12h
            fail: 2d
          - id: country-valid
            dataset: fraud-scoring
            check: validity
            column: country
            allowed: [US, GB]
            fail: 0.01
            enabled: false
          - id: amount-valid
            dataset: fraud-scoring
            check: validity
            column: amount
            min: 0
            max: 50000
            fail: 0.01
          - id: seen
            dataset: fraud-scoring
            check: validity
            column: country
            allowed: reference
            fail: 0.01
          - id: key
            dataset: fraud-scoring
            check: uniqueness
            columns: [event_time, amount]
            fail: 0.01
          - id: nulls
            dataset: fraud-scoring
            check: completeness
            column: amount
            warn: 0
          - id: schema
            dataset: fraud-scoring
            check: schema
            unexpected_columns: ignore
        gates:
          - id: deploy
            description: Before a deploy.
            monitors: [amount-drift, rows]
        """;

    [Fact]
    public void A_csharp_set_produces_the_same_records_as_the_same_yaml()
    {
        var m = new MonitorBuilder("defs");
        var data = m.Dataset("fraud-scoring", owner: "risk-ml")
            .Snapshots(reference: "data/reference.csv", current: "data/current.csv", capturedAt: new DateTimeOffset(2026, 11, 16, 1, 0, 0, TimeSpan.FromHours(1)))
            .Column("event_time", ColumnType.Timestamp, ColumnRole.EventTime)
            .Column("amount", ColumnType.Double)
            .Column("country", ColumnType.String, ColumnRole.Segment);
        m.Drift("amount-drift", data, "amount", DriftMethod.JensenShannon).Bins(20)
            .Warn(0.1).Fail(0.25).Severity(Severity.Act).Owner("risk-ml-oncall").Runbook("runbooks/feature-drift.md")
            .Description("Amounts look like the training window.");
        m.Volume("rows", data).Warn(below: 0.8, above: 1.25).Fail(below: 0.5);
        m.Freshness("fresh", data, "event_time").Warn(TimeSpan.FromHours(36)).Fail(TimeSpan.FromDays(2));
        m.Validity("country-valid", data, "country").Allowed("US", "GB").Fail(0.01).Disabled();
        m.Validity("amount-valid", data, "amount").Range(0, 50000).Fail(0.01);
        m.Validity("seen", "fraud-scoring", "country").AllowedFromReference().Fail(0.01);
        m.Uniqueness("key", data, ["event_time", "amount"]).Fail(0.01);
        m.Completeness("nulls", data, "amount").Warn(0);
        m.Schema("schema", data).UnexpectedColumns(UnexpectedColumns.Ignore);
        m.Gate("deploy", "amount-drift", "rows").Description("Before a deploy.");

        var csharp = m.ToDefinitionSet();
        var yaml = YamlDefinitionLoaderTests.Load(("defs/definitions.yaml", Yaml)).Definitions;

        csharp.Datasets.Should().BeEquivalentTo(yaml.Datasets, options => options.Excluding(member => member.Name == "Source"));
        csharp.Monitors.Should().BeEquivalentTo(yaml.Monitors, options => options.Excluding(member => member.Name == "Source"));
        csharp.Gates.Should().BeEquivalentTo(yaml.Gates, options => options.Excluding(member => member.Name == "Source"));
    }

    [Fact]
    public void P_value_limits_written_below_are_the_records_yaml_reads_for_a_p_value_method()
    {
        var yaml = YamlDefinitionLoaderTests.Load(("defs/definitions.yaml", """
            datasets:
              - id: fraud-scoring
                owner: risk-ml
                snapshots: { reference: data/reference.csv, current: data/current.csv }
                columns: { amount: { type: double } }
            monitors:
              - { id: amount-ks, dataset: fraud-scoring, check: drift, column: amount, method: ks, warn: 0.05, fail: 0.01 }
            """));

        var csharp = MonitorSetLoader.Load([new Defined(m =>
        {
            m.Dataset("fraud-scoring", owner: "risk-ml")
                .Snapshots(reference: "data/reference.csv", current: "data/current.csv")
                .Column("amount", ColumnType.Double);
            m.Drift("amount-ks", "fraud-scoring", "amount", DriftMethod.KolmogorovSmirnov).WarnBelow(0.05).FailBelow(0.01);
        })], "defs");

        yaml.Diagnostics.Should().BeEmpty();
        csharp.Diagnostics.Should().BeEmpty();
        csharp.Definitions.Monitors.Single().Warn.Should().Be(Threshold.AtLeast(0.05));
        csharp.Definitions.Monitors.Should().BeEquivalentTo(yaml.Definitions.Monitors, options => options.Excluding(member => member.Name == "Source"));
    }

    [Fact]
    public void A_limit_in_the_wrong_direction_for_the_method_names_the_call_to_use()
    {
        var m = new MonitorBuilder();
        var data = m.Dataset("fraud-scoring").Snapshots(reference: "r.csv", current: "c.csv").Column("amount", ColumnType.Double);
        var ks = Line(); m.Drift("amount-ks", data, "amount", DriftMethod.KolmogorovSmirnov).Warn(0.05).FailBelow(0.01);
        var psi = Line(); m.Drift("amount-psi", data, "amount").Warn(0.1).FailBelow(0.25);

        var diagnostics = DefinitionValidator.Validate(m.ToDefinitionSet());

        diagnostics.Select(d => d.ToString()).Should().Equal(
            $"{ThisFile()}({ks},1): error MAC0003: monitor 'amount-ks': warn is an upper limit, but a smaller ks p-value is worse; its threshold is a lower limit (breached below it): in C#, call WarnBelow",
            $"{ThisFile()}({psi},1): error MAC0003: monitor 'amount-psi': fail is a lower limit, but a larger psi is worse; its threshold is an upper limit (breached above it): in C#, call Fail");
    }

    [Fact]
    public void Validation_points_at_the_csharp_line_of_the_offending_call()
    {
        var m = new MonitorBuilder();
        var data = m.Dataset("fraud-scoring").Snapshots(reference: "r.csv", current: "c.csv").Column("amount", ColumnType.Double);
        var line = Line(); m.Drift("amount-drift", data, "amount").Warn(0.25).Fail(0.1);

        var diagnostics = DefinitionValidator.Validate(m.ToDefinitionSet());

        diagnostics.Select(d => d.ToString()).Should().Equal(
            $"{ThisFile()}({line},1): error MAC0009: monitor 'amount-drift': warn (0.25) must be less strict than fail (0.1), or the warning never comes first; swap them");
    }

    [Fact]
    public void Gate_diagnostics_point_at_the_csharp_line_of_the_gate_call()
    {
        var m = new MonitorBuilder();
        var data = m.Dataset("fraud-scoring").Snapshots(reference: "r.csv", current: "c.csv").Column("amount", ColumnType.Double);
        m.Drift("amount-drift", data, "amount").Warn(0.1).Fail(0.25);
        var first = Line(); m.Gate("deploy", "amount-drift");
        var second = Line(); m.Gate("deploy", "amount-drift", "amount-drfit")
            .Description("Declared twice.");

        var diagnostics = DefinitionValidator.Validate(m.ToDefinitionSet());

        diagnostics.Select(d => d.ToString()).Should().Equal(
            $"{ThisFile()}({second},1): error MAC0005: duplicate gate id 'deploy' (first declared at {ThisFile()}({first},1))",
            $"{ThisFile()}({second},1): error MAC0011: gate 'deploy' names monitor 'amount-drfit', which is not declared (did you mean 'amount-drift'?)");
    }

    [Fact]
    public void Each_chained_call_is_located_on_its_own_line()
    {
        var m = new MonitorBuilder();
        var data = m.Dataset("fraud-scoring").Snapshots(reference: "r.csv", current: "c.csv").Column("amount", ColumnType.Double);
        var head = Line(); m.Completeness("amount-nulls", data, "amont")
            .Fail(0.01)
            .Severity(Severity.Act);

        var diagnostics = DefinitionValidator.Validate(m.ToDefinitionSet());

        diagnostics.Select(d => d.ToString()).Should().Equal(
            $"{ThisFile()}({head + 2},1): error MAC0010: monitor 'amount-nulls' has severity act but no runbook: whoever is paged needs to know what to do",
            $"{ThisFile()}({head},1): error MAC0007: monitor 'amount-nulls' names column 'amont', which dataset 'fraud-scoring' does not declare (did you mean 'amount'?)");
    }

    [Fact]
    public void Relative_snapshot_paths_resolve_against_the_base_directory_and_absolute_ones_are_kept()
    {
        var m = new MonitorBuilder("monitors/fraud");
        m.Dataset("a").Snapshots(reference: "data/ref.csv", current: "/srv/current.csv");
        m.Dataset("b").Snapshots(reference: null, current: "cur.csv");

        var datasets = m.ToDefinitionSet().Datasets;

        datasets.Select(d => (d.Snapshots.Reference, d.Snapshots.Current)).Should().Equal(
            ("monitors/fraud/data/ref.csv", "/srv/current.csv"),
            (null, "monitors/fraud/cur.csv"));
    }

    [Fact]
    public void A_dataset_without_snapshots_is_a_build_problem_at_its_declaration()
    {
        var m = new MonitorBuilder();
        var line = Line(); m.Dataset("other");

        m.BuildProblems().Select(d => d.ToString()).Should().Equal(
            $"{ThisFile()}({line},1): error MAC0004: dataset 'other' is missing the required field 'snapshots': call .Snapshots(reference: ..., current: ...)");
    }

    [Fact]
    public void A_dataset_is_named_by_its_builder_or_by_its_id()
    {
        DatasetReference byId = "fraud-scoring";
        DatasetReference byBuilder = new MonitorBuilder().Dataset("fraud-scoring");

        byBuilder.Should().Be(byId);
        DatasetReference.FromId("x").Id.Should().Be("x");
    }

    private static int Line([CallerLineNumber] int line = 0) => line;

    /// <summary>A set defined by a lambda, so one test can hold its C# definitions.</summary>
    internal sealed class Defined(Action<MonitorBuilder> define) : MonitorSet
    {
        public override void Define(MonitorBuilder m) => define(m);
    }

    private static string ThisFile([CallerFilePath] string file = "") => file.Replace('\\', '/');

    [Fact]
    public void Link_bases_declared_in_csharp_are_the_records_yaml_reads_and_are_validated_at_the_call()
    {
        var builder = new MonitorBuilder();
        var line = LineHere(); builder.DocsUrl("https://docs.example.com/ml").RunbookBaseUrl("wiki/ml");

        var set = builder.ToDefinitionSet();
        set.DocsUrl.Should().Be("https://docs.example.com/ml");
        set.RunbookBaseUrl.Should().Be("wiki/ml");
        var diagnostics = DefinitionValidator.Validate(set);
        diagnostics.Should().ContainSingle().Which.Should().Match<DefinitionDiagnostic>(d =>
            d.Rule.Id == "MAC0026" && d.Location!.Line == line && d.Message.StartsWith("runbook_base_url 'wiki/ml' is not a base address for links", StringComparison.Ordinal));
    }

    [Fact]
    public void Events_declared_in_csharp_are_the_records_yaml_reads_and_are_validated_at_the_call()
    {
        var builder = new MonitorBuilder();
        builder.Dataset("payments").Snapshots(reference: "r.csv", current: "c.csv");
        builder.Event("campaign", "2026-10-01", "2026-10-14", Definitions.Events.EventKind.Campaign, Definitions.Events.EventEffect.Suppress)
            .Datasets("payments").Description("Autumn campaign");
        var line = LineHere(); builder.Event("reversed", "2026-10-14", "2026-10-01", Definitions.Events.EventKind.Outage, Definitions.Events.EventEffect.Annotate).Datasets("payment");
        var badLine = LineHere(); builder.Event("bad", "14.10.2026", "2026-10-01", Definitions.Events.EventKind.Outage, Definitions.Events.EventEffect.Annotate);

        var set = builder.ToDefinitionSet();
        set.Events.Select(e => e.Id).Should().Equal("campaign", "reversed");
        set.Events[0].To.Should().Be(new DateTimeOffset(2026, 10, 15, 0, 0, 0, TimeSpan.Zero));
        set.Events[0].Description.Should().Be("Autumn campaign");
        DefinitionValidator.Validate(set).Select(d => (d.Rule.Id, d.Location!.Line)).Should().Equal(("MAC0033", line), ("MAC0006", line));
        builder.BuildProblems().Should().ContainSingle().Which.Should().Match<DefinitionDiagnostic>(d =>
            d.Rule.Id == "MAC0003" && d.Location!.Line == badLine && d.Message == "event 'bad': 'from' must be an ISO 8601 date or instant such as 2026-10-01 or 2026-10-01T06:00:00Z, not '14.10.2026'");
    }

    private static int LineHere([CallerLineNumber] int line = 0) => line;
}
