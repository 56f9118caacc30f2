using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Slos;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Running;

/// <summary>How the runner reads snapshots: once each, only the needed columns, and only when needed.</summary>
[UseCulture("de-DE")]
public sealed class MonitorRunnerScanTests : IDisposable
{
    private const string Header = "id,amount,channel,country,hour,note,event_time";

    private const string Dataset = """
        datasets:
          - id: payments
            snapshots: { reference: reference.csv, current: current.csv }
            columns:
              id: { type: string, role: id }
              amount: { type: double }
              channel: { type: string, role: segment }
              country: { type: string, role: other }
              hour: { type: int64 }
              note: { type: string, role: other }
              event_time: { type: timestamp, role: event_time }
        monitors:

        """;

    private const string AmountDrift = """
          - id: amount-drift
            dataset: payments
            check: drift
            column: amount
            warn: 0.1

        """;

    private const string LocalMonitors = PaymentsExample.HourValid + """
          - id: id-unique
            dataset: payments
            check: uniqueness
            column: id
            fail: 0
          - id: country-nulls
            dataset: payments
            check: completeness
            column: country
            fail: 0.5
          - id: fresh
            dataset: payments
            check: freshness
            column: event_time
            fail: 2d
          - id: schema
            dataset: payments
            check: schema

        """;

    private static readonly RunOptions AsOf = new() { AsOf = new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero) };

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();
    private readonly RecordingSnapshotOpener opener = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Each_snapshot_is_scanned_once_with_only_the_columns_its_monitors_need()
    {
        var (reference, current) = WriteSnapshots();

        var run = Run(Dataset + AmountDrift + LocalMonitors);

        run.Results.Should().OnlyContain(r => r.Status != CheckStatus.Error);
        opener.Opened.Should().Equal([reference, current], "one pass over each snapshot, the reference first; a row format's numeric drift values are gathered in that pass, not parsed again");
        opener.ColumnsScanned(current).Should().ContainSingle()
            .Which.Should().Equal(["id", "amount", "channel", "country", "hour", "event_time"], "columns come in declaration order, and 'note' is never needed");
        opener.ColumnsScanned(reference).Should().ContainSingle()
            .Which.Should().Equal(["amount", "country"], "drift needs 'amount', and completeness shows the reference's null share since it is read anyway");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void From_parquet_numeric_drift_gathers_its_columns_in_the_pass_or_reads_each_alone_when_they_do_not_fit(bool tightMemory)
    {
        var data = RepositoryCheckout.Path("monitors", "fraud-scoring", "data");
        var yaml = $$"""
            datasets:
              - id: fraud
                snapshots: { reference: {{data}}/reference.parquet, current: {{data}}/current.parquet }
                columns:
                  transaction_id: { type: string, role: id }
                  amount: { type: double }
                  country: { type: string }
                  hour_of_day: { type: int64 }
            monitors:
              - { id: amount-drift, dataset: fraud, check: drift, column: amount, method: psi, warn: 0.1 }
              - { id: country-drift, dataset: fraud, check: drift, column: country, method: psi, warn: 0.1 }
              - { id: all-drift, dataset: fraud, check: drift, columns: [amount, country, hour_of_day], method: psi, warn: 0.2 }
            """;
        var reference = $"{data}/reference.parquet";
        var current = $"{data}/current.parquet";

        // An eighth of 1 MB is less than two numeric columns of the example's rows: they are not gathered in the pass.
        var run = new MonitorRunner(opener.Open).Run(ValidDefinitions.Load(directory.Root, yaml), AsOf with { MemoryLimit = tightMemory ? 1L << 20 : null });

        run.Results.Should().OnlyContain(r => r.Status != CheckStatus.Error);
        var plain = new MonitorRunnerScanTests();
        var untight = new MonitorRunner(plain.opener.Open).Run(ValidDefinitions.Load(directory.Root, yaml), AsOf);
        run.Results.Should().BeEquivalentTo(untight.Results, options => options.WithStrictOrdering(), "gathered or read again, the values are the same");
        foreach (var path in new[] { reference, current })
        {
            var scans = opener.ColumnsScanned(path).Select(c => string.Join(",", c)).ToList();
            scans[0].Should().Be("amount,country,hour_of_day", "one pass reads every column the monitors compare");
            if (tightMemory)
            {
                scans.Skip(1).Should().BeEquivalentTo(["amount", "hour_of_day"], "numeric columns are read alone when measured, and 'amount' once although two monitors compare it the same way");
            }
            else
            {
                scans.Should().ContainSingle("the numeric columns' values fit the pass's gathering room, so they are not read again");
            }
        }

        plain.Dispose();
    }

    [Fact]
    public void Columns_are_requested_as_their_declared_types()
    {
        var (_, current) = WriteSnapshots();

        Run(Dataset + LocalMonitors);

        opener.Scans.Should().ContainSingle().Which.Columns.Should().Equal(
            new ColumnRequest("id", ColumnKind.String),
            new ColumnRequest("channel", ColumnKind.String),
            new ColumnRequest("country", ColumnKind.String),
            new ColumnRequest("hour", ColumnKind.Int64),
            new ColumnRequest("event_time", ColumnKind.Timestamp));
        opener.Opened.Should().Equal(current);
    }

    [Fact]
    public void The_reference_is_not_read_when_no_monitor_needs_it()
    {
        var (reference, current) = WriteSnapshots();

        var run = Run(Dataset + LocalMonitors);

        run.Results.Should().HaveCount(5).And.OnlyContain(r => r.Status != CheckStatus.Error);
        opener.Opened.Should().Equal(current).And.NotContain(reference);
        run.Results.Single(r => r.MonitorId == "country-nulls").Evidence.Summary.Should().NotContain("reference");
    }

    [Fact]
    public void A_missing_reference_file_does_not_matter_when_no_monitor_needs_it()
    {
        var (reference, _) = WriteSnapshots();
        File.Delete(reference);

        var run = Run(Dataset + LocalMonitors);

        run.Results.Should().OnlyContain(r => r.Status != CheckStatus.Error);
    }

    [Fact]
    public void A_dataset_whose_monitors_are_all_disabled_is_not_read()
    {
        var (_, current) = WriteSnapshots();
        File.Delete(current);
        var disabled = """
              - id: amount-drift
                dataset: payments
                check: drift
                column: amount
                warn: 0.1
                enabled: false

            """;

        var run = Run(Dataset + disabled);

        run.Results.Should().ContainSingle().Which.Status.Should().Be(CheckStatus.Skipped);
        opener.Opened.Should().BeEmpty();
    }

    [Fact]
    public void Volume_reads_the_reference_once_for_its_row_count_without_columns()
    {
        var (reference, _) = WriteSnapshots();
        var volume = """
              - id: rows
                dataset: payments
                check: volume
                warn: { below: 0.8, above: 1.25 }

            """;

        var run = Run(Dataset + volume);

        run.Results.Single().Value.Should().Be(1);
        opener.ColumnsScanned(reference).Should().ContainSingle().Which.Should().BeEmpty();
    }

    [Fact]
    public void A_declared_column_missing_from_the_current_file_errors_its_monitors_and_fails_the_schema()
    {
        var (reference, current) = WriteSnapshots();
        directory.Write("current.csv", "id,channel,country,hour,note,event_time\na,web,de,1,x,2026-11-15T12:00:00Z\nb,app,fr,2,y,2026-11-15T13:00:00Z\n");
        var amountNulls = """
              - id: amount-nulls
                dataset: payments
                check: completeness
                column: amount
                fail: 0.5

            """;

        var run = Run(Dataset + AmountDrift + LocalMonitors + amountNulls);

        var byId = run.Results.ToDictionary(r => r.MonitorId);
        byId["amount-drift"].Status.Should().Be(CheckStatus.Error);
        byId["amount-drift"].Value.Should().BeNull();
        byId["amount-drift"].Evidence.Summary.Should().Be($"column 'amount' is missing from {current}");
        byId["amount-nulls"].Status.Should().Be(CheckStatus.Error);
        byId["amount-nulls"].Evidence.Summary.Should().Be($"column 'amount' is missing from {current}");
        byId["schema"].Status.Should().Be(CheckStatus.Fail);
        byId["schema"].Evidence.Summary.Should().Be("missing 'amount'");
        byId["hour-valid"].Status.Should().Be(CheckStatus.Pass);
        opener.ColumnsScanned(current).Single().Should().NotContain("amount");
        opener.ColumnsScanned(reference).Single().Should().Contain("amount");
    }

    [Fact]
    public void A_declared_column_missing_from_the_reference_file_errors_the_monitors_comparing_against_it()
    {
        var (reference, _) = WriteSnapshots();
        directory.Write("reference.csv", "id,hour\na,1\nb,2\n");

        var run = Run(Dataset + AmountDrift + LocalMonitors);

        var drift = run.Results.Single(r => r.MonitorId == "amount-drift");
        drift.Status.Should().Be(CheckStatus.Error);
        drift.Evidence.Summary.Should().Be($"column 'amount' is missing from {reference}");
        run.Results.Where(r => r.MonitorId != "amount-drift").Should().OnlyContain(r => r.Status != CheckStatus.Error);
    }

    [Fact]
    public void An_empty_current_snapshot_stops_the_run_naming_the_dataset_and_the_file()
    {
        var (_, current) = WriteSnapshots();
        directory.Write("current.csv", Header + "\n");

        var act = () => Run(Dataset + LocalMonitors);

        var thrown = act.Should().Throw<SnapshotReadException>().Which;
        thrown.FilePath.Should().Be(current);
        thrown.Message.Should().Be($"{current}: the current snapshot of dataset 'payments' has no rows, so there is nothing to monitor");
    }

    [Fact]
    public void An_empty_reference_snapshot_stops_the_run_when_a_monitor_needs_it()
    {
        var (reference, _) = WriteSnapshots();
        directory.Write("reference.csv", Header + "\n");

        var act = () => Run(Dataset + AmountDrift);

        act.Should().Throw<SnapshotReadException>()
            .Which.Message.Should().Be($"{reference}: the reference snapshot of dataset 'payments' has no rows, so there is nothing to monitor");
    }

    [Fact]
    public void A_missing_current_file_stops_the_run_naming_the_file()
    {
        var (_, current) = WriteSnapshots();
        File.Delete(current);

        var act = () => Run(Dataset + LocalMonitors);

        act.Should().Throw<SnapshotReadException>().Which.FilePath.Should().Be(current);
    }

    [Fact]
    public void A_value_that_does_not_cast_to_its_declared_type_stops_the_run_with_its_position()
    {
        WriteSnapshots();
        directory.Write("current.csv", Header + "\na,1.5,web,de,1,x,2026-11-15T12:00:00Z\nb,2.5,web,de,noon,x,2026-11-15T12:00:00Z\n");

        var act = () => Run(Dataset + LocalMonitors);

        var thrown = act.Should().Throw<SnapshotReadException>().Which;
        thrown.Row.Should().Be(2);
        thrown.ColumnName.Should().Be("hour");
        thrown.Value.Should().Be("noon");
    }

    [Fact]
    public void Scan_progress_is_reported_per_dataset_and_snapshot_up_to_the_end()
    {
        WriteSnapshots();
        var progress = new RecordingProgress();

        new MonitorRunner(opener.Open).Run(ValidDefinitions.Load(directory.Root, Dataset + AmountDrift), AsOf with { Progress = progress });

        progress.Reports.Should().Contain(new ScanProgress("payments", "current", 1));
        progress.Reports.Should().Contain(new ScanProgress("payments", "reference", 1));
        progress.Reports.Should().OnlyContain(p => p.DatasetId == "payments" && p.Fraction >= 0 && p.Fraction <= 1);
    }

    private const string Slos = """
        slos:
          - id: amounts-small
            dataset: payments
            indicator: { good: "amount < 4", total: "hour >= 0" }
            objective: 0.5
            window: 7d
          - id: amount-stable
            indicator: { monitor: amount-drift }
            time_slice: 1h
            objective: 0.5
            window: 7d

        """;

    [Fact]
    public void Monitors_and_slos_of_a_dataset_share_one_scan_of_each_snapshot_and_give_the_same_results_as_apart()
    {
        var (reference, current) = WriteSnapshots();
        var definitions = ValidDefinitions.Load(directory.Root, Dataset + AmountDrift + LocalMonitors + Slos);

        var together = new MonitorRunner(opener.Open).Run(definitions, AsOf);

        opener.Opened.Should().Equal(reference, current);
        opener.ColumnsScanned(current).Should().ContainSingle("monitors and SLOs read the current snapshot in one pass")
            .Which.Should().Equal(["id", "amount", "channel", "country", "hour", "event_time"]);
        opener.ColumnsScanned(reference).Should().ContainSingle().Which.Should().Equal(["amount", "country"]);

        var monitorsAlone = new MonitorRunner().Run(definitions with { Slos = [] }, AsOf);
        var slosAlone = new SloRunner().Run(definitions, definitions.Slos, AsOf);
        together.Slos.Should().HaveCount(2).And.OnlyContain(s => s.TotalEvents > 0);
        together.Slos.Should().BeEquivalentTo(slosAlone, options => options.WithStrictOrdering().ComparingByMembers<SloResult>());
        together.Results.Should().BeEquivalentTo(monitorsAlone.Results, options => options.WithStrictOrdering().ComparingByMembers<CheckResult>());
        together.Slos[0].GoodEvents.Should().Be(2, "two of the three current amounts are below 4");
    }

    [Fact]
    public void A_dataset_read_only_by_slos_is_scanned_once_for_them_and_its_disabled_monitors_are_skipped()
    {
        var (reference, current) = WriteSnapshots();
        var disabled = PaymentsExample.HourValid + "    enabled: false\n";

        var run = Run(Dataset + disabled + Slos.Replace("  - id: amount-stable\n    indicator: { monitor: amount-drift }\n    time_slice: 1h\n    objective: 0.5\n    window: 7d\n", string.Empty, StringComparison.Ordinal));

        run.Results.Should().ContainSingle().Which.Status.Should().Be(CheckStatus.Skipped);
        run.Slos.Should().ContainSingle().Which.GoodEvents.Should().Be(2);
        opener.Opened.Should().Equal(current).And.NotContain(reference);
        opener.ColumnsScanned(current).Should().ContainSingle().Which.Should().Equal(["amount", "hour", "event_time"]);
    }

    [Fact]
    public void An_empty_current_snapshot_read_only_for_slos_says_its_slos_have_no_events()
    {
        var (_, current) = WriteSnapshots();
        directory.Write("current.csv", Header + "\n");

        var act = () => Run(Dataset + "  []\n" + Slos.Replace("  - id: amount-stable\n    indicator: { monitor: amount-drift }\n    time_slice: 1h\n    objective: 0.5\n    window: 7d\n", string.Empty, StringComparison.Ordinal));

        act.Should().Throw<SnapshotReadException>()
            .Which.Message.Should().Be($"{current}: the current snapshot of dataset 'payments' has no rows, so its SLOs have no events");
    }

    private (string Reference, string Current) WriteSnapshots()
    {
        var reference = directory.Write("reference.csv", Header + "\na,1.5,web,de,1,x,2026-11-14T12:00:00Z\nb,2.5,app,fr,2,y,2026-11-14T13:00:00Z\nc,3.5,web,,3,z,2026-11-14T14:00:00Z\n");
        var current = directory.Write("current.csv", Header + "\na,1.5,web,de,1,x,2026-11-15T12:00:00Z\nb,2.5,app,fr,2,y,2026-11-15T13:00:00Z\nc,4.5,web,de,3,z,2026-11-15T14:00:00Z\n");
        return (reference, current);
    }

    private RunResult Run(string yaml) => new MonitorRunner(opener.Open).Run(ValidDefinitions.Load(directory.Root, yaml), AsOf);

    private sealed class RecordingProgress : IProgress<ScanProgress>
    {
        public List<ScanProgress> Reports { get; } = [];

        public void Report(ScanProgress value) => Reports.Add(value);
    }
}
