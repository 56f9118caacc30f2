using MonitorsAsCode.Cli;
using MonitorsAsCode.Fuzz.Generators;
using MonitorsAsCode.Fuzz.Harness;
using MonitorsAsCode.Fuzz.Outputs;
using Xunit.Abstractions;

namespace MonitorsAsCode.Fuzz.Targets;

/// <summary>
/// Damaged CSV and JSON Lines snapshots (encodings, invalid UTF-8, lone surrogates, long lines, many columns,
/// quoting, NaN and infinities, wrong types, empty files) through <c>monitors profile</c> and <c>monitors run</c>:
/// each is read or refused as unreadable (exit 3) with one message, never a crash, a hang or unbounded memory,
/// and a run's JSON parses.
/// </summary>
public sealed class SnapshotFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Damaged_csv_and_json_lines_are_read_or_refused_without_crash_or_hang()
    {
        new FuzzTarget(nameof(SnapshotFuzzTests), output).Run(ciCases: 250, fuzzCase =>
        {
            var mutator = new SnapshotTextMutator(fuzzCase);
            var csv = fuzzCase.Random.Next(2) == 0;
            var extension = csv ? "csv" : "jsonl";
            fuzzCase.Note(extension);
            var current = fuzzCase.Write($"defs/data/current.{extension}", csv ? mutator.Csv() : mutator.JsonLines());
            fuzzCase.Write("defs/data/reference.csv", "order_id,placed_at,amount,category\no1,2026-01-01T09:00:00Z,1.5,a\no2,2026-01-01T10:00:00Z,2.5,b\n");
            fuzzCase.Write("defs/definitions.yaml", Definitions(extension));

            FuzzFailures.Collect(
                () =>
                {
                    var profiled = InProcessCli.Run("profile", current, "--format", "json");
                    if (profiled.ExitCode == ExitCodes.Passed)
                    {
                        OutputValidity.Json(profiled.Out, "profile's JSON").Dispose();
                    }
                    else if (profiled.ExitCode != ExitCodes.DataUnreadable)
                    {
                        throw new FuzzFailure(FailureKind.Crash, $"profile of a damaged snapshot exits {profiled.ExitCode}, neither 0 nor 3", profiled.Describe());
                    }

                    OutputValidity.PlainText(profiled.Error, "profile's standard error");
                },
                () => EveryRenderer.Run(fuzzCase.PathOf("defs"), fuzzCase.Random.Next(2) == 0 ? "json" : "text"));
        });
    }

    private static string Definitions(string extension) => $$"""
        datasets:
          - id: orders
            owner: shop-data
            snapshots: { reference: data/reference.csv, current: data/current.{{extension}}, captured_at: 2026-01-02T00:00:00Z }
            columns:
              order_id:  { type: string, role: id }
              placed_at: { type: timestamp, role: event_time }
              amount:    { type: double, role: feature }
              category:  { type: string, role: feature }

        monitors:
          - id: schema
            dataset: orders
            check: schema
            severity: investigate
            owner: shop-data
        {{OrdersMonitors.AmountCompleteness}}{{OrdersMonitors.OrdersFreshness}}{{OrdersMonitors.AmountDrift}}
          - id: category-validity
            dataset: orders
            check: validity
            column: category
            allowed: reference
            warn: 0.1
            fail: 0.5
            severity: info
            owner: shop-data
          - id: order-uniqueness
            dataset: orders
            check: uniqueness
            column: order_id
            warn: 0.1
            fail: 0.5
            severity: info
            owner: shop-data

        """;
}
