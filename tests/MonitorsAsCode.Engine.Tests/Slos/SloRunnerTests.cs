using System.Globalization;
using System.Text;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Slos;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Slos;

/// <summary>SLOs evaluated on snapshots: from CSV rows to events, windows and verdicts, and into gates.</summary>
public sealed class SloRunnerTests : IDisposable
{
    private const string Definitions = """
        datasets:
          - id: serving
            snapshots: { current: serving.csv, captured_at: 2026-11-16T00:00:00Z }
            columns:
              request_time: { type: timestamp, role: event_time }
              latency_ms:   { type: double }
              status:       { type: int64 }
        slos:
          - id: latency
            dataset: serving
            indicator: { good: "latency_ms <= 120", total: "status < 500" }
            objective: 0.95
            window: 1d
          - id: availability
            dataset: serving
            indicator: { good: "status < 500" }
            objective: 0.9
            window: 1d
        gates:
          - id: deploy
            monitors: []
            slos: [latency]
        """;

    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    public SloRunnerTests()
    {
        // 100 requests a minute apart up to 23:59; the last 10 are slow and one of them failed.
        // One row has no time and one comes after the capture: neither counts.
        var csv = new StringBuilder("request_time,latency_ms,status\n");
        for (var i = 0; i < 100; i++)
        {
            var time = new DateTime(2026, 11, 15, 22, 20, 0, DateTimeKind.Utc).AddMinutes(i);
            var slow = i >= 90;
            csv.Append(time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
                .Append(slow ? "300" : "40").Append(',').Append(i == 95 ? "503" : "200").Append('\n');
        }

        csv.Append(",40,200\n").Append("2026-11-16T00:10:00Z,900,500\n");
        folder.Write("serving.csv", csv.ToString());
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Rows_become_events_up_to_the_capture_and_the_total_expression_selects_them()
    {
        var definitions = ValidDefinitions.Load(folder.Root, Definitions);

        var results = new SloRunner().Run(definitions, definitions.Slos);

        var latency = results[0];
        (latency.TotalEvents, latency.GoodEvents).Should().Be((99, 90), "the failed request is not a latency event; 9 slow ones remain");
        latency.AsOf.Should().Be(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero));
        latency.AsOfSource.Should().Be(AsOfSource.CapturedAt);
        latency.BudgetRemaining.Should().BeApproximately(1 - (9.0 / 99 / 0.05), 1e-9);
        latency.Status.Should().Be(CheckStatus.Fail);
        latency.Evidence.Summary.Should().EndWith("; 1 rows without request_time not counted; 1 rows after the as-of instant not counted");
        var availability = results[1];
        (availability.TotalEvents, availability.GoodEvents).Should().Be((100, 99));
        availability.BudgetRemaining.Should().BeApproximately(0.9, 1e-9);
        availability.Status.Should().Be(CheckStatus.Pass);
    }

    [Fact]
    public void The_as_of_option_replays_the_slo_at_an_earlier_instant()
    {
        var definitions = ValidDefinitions.Load(folder.Root, Definitions);

        var results = new SloRunner().Run(definitions, definitions.Slos, new RunOptions { AsOf = new DateTimeOffset(2026, 11, 15, 23, 0, 0, TimeSpan.Zero) });

        (results[0].TotalEvents, results[0].GoodEvents).Should().Be((41, 41));
        results[0].Status.Should().Be(CheckStatus.Pass);
        results[0].Evidence.Summary.Should().EndWith("; 1 rows without request_time not counted; 60 rows after the as-of instant not counted");
    }

    [Fact]
    public void A_gate_that_names_a_failing_slo_fails_and_lists_it_apart_from_its_monitors()
    {
        var definitions = ValidDefinitions.Load(folder.Root, Definitions);

        var run = new MonitorRunner().Run(definitions);

        run.Results.Should().BeEmpty();
        run.Slos.Select(s => (s.SloId, s.Status)).Should().Equal(("latency", CheckStatus.Fail), ("availability", CheckStatus.Pass));
        var gate = run.Gates.Should().ContainSingle().Subject;
        gate.Status.Should().Be(CheckStatus.Fail);
        gate.Blocking.Should().BeEmpty();
        gate.Slos.Should().Equal("latency");
        gate.BlockingSlos.Should().Equal("latency");
        run.HasFailures.Should().BeTrue();
    }

    [Fact]
    public void Running_one_gate_evaluates_only_its_slos()
    {
        var definitions = ValidDefinitions.Load(folder.Root, Definitions);

        var run = new MonitorRunner().Run(definitions, new RunOptions { Gate = "deploy" });

        run.Slos.Select(s => s.SloId).Should().Equal("latency");
    }

    [Fact]
    public void A_column_missing_from_the_snapshot_is_an_error_result_naming_it()
    {
        var definitions = ValidDefinitions.Load(folder.Root, Definitions.Replace("      status:       { type: int64 }\n", "      status:       { type: int64 }\n      region:       { type: string }\n", StringComparison.Ordinal)
            .Replace("good: \"status < 500\"", "good: \"status < 500 and region != 'eu'\"", StringComparison.Ordinal));

        var results = new SloRunner().Run(definitions, definitions.Slos);

        results[1].Status.Should().Be(CheckStatus.Error);
        results[1].Evidence.Summary.Should().Be($"column 'region' is missing from {folder.PathOf("serving.csv")}");
        results[0].Status.Should().Be(CheckStatus.Fail, "the other SLO on the dataset is still measured");
    }

    [Fact]
    public void A_monitor_judges_each_time_slice_on_that_slices_rows()
    {
        // Two hours of scores: the first complete, the second half null.
        var csv = new StringBuilder("event_time,score\n");
        for (var i = 0; i < 120; i++)
        {
            var time = new DateTime(2026, 11, 15, 10, 0, 0, DateTimeKind.Utc).AddMinutes(i);
            csv.Append(time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',').Append(i >= 60 && i % 2 == 0 ? string.Empty : "0.5").Append('\n');
        }

        folder.Write("scores.csv", csv.ToString());
        var definitions = ValidDefinitions.Load(folder.Root, """
            datasets:
              - id: scores
                snapshots: { current: scores.csv, captured_at: 2026-11-15T12:00:00Z }
                columns:
                  event_time: { type: timestamp, role: event_time }
                  score:      { type: double, role: prediction }
            monitors:
              - id: score-complete
                dataset: scores
                check: completeness
                column: score
                fail: 0.1
            slos:
              - id: scores-complete
                indicator: { monitor: score-complete }
                time_slice: 1h
                objective: 0.9
                window: 7d
            """);

        var result = new SloRunner().Run(definitions, definitions.Slos).Single();

        (result.TotalEvents, result.GoodEvents).Should().Be((2, 1));
        result.DatasetId.Should().Be("scores");
        result.BudgetRemaining.Should().BeApproximately(1 - (0.5 / 0.1), 1e-9);
        result.Evidence.Summary.Should().StartWith("SLI 50.0% (1 of 2 time slices good) over 7d");
    }

    [Fact]
    public void Timeslices_budgeting_of_an_expression_counts_slices_that_reach_their_target()
    {
        var definitions = ValidDefinitions.Load(folder.Root, Definitions.Replace("    objective: 0.95\n", "    objective: 0.95\n    budgeting: timeslices\n    time_slice: 10m\n    time_slice_target: 0.5\n", StringComparison.Ordinal));

        var latency = new SloRunner().Run(definitions, definitions.Slos)[0];

        // Ten-minute slices from 22:20 to 00:00: nine full of fast answers, the 23:50 slice slow.
        (latency.TotalEvents, latency.GoodEvents).Should().Be((10, 9));
    }
}
