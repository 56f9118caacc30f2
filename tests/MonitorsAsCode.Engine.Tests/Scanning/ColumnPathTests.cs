using System.Globalization;
using System.Text;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Scanning;

/// <summary>
/// A Parquet snapshot's pass goes column by column, every monitor's accumulator fed from the column scan (row groups
/// in parallel); a CSV snapshot's goes batch by batch. The same rows must give the same results either way, evidence
/// included: where nulls concentrate by segment, the invalid values, the repeated keys, the newest event.
/// </summary>
[UseCulture("de-DE")]
public sealed class ColumnPathTests : IDisposable
{
    private const int Rows = 3000;
    private const int RowGroupRows = 700;

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Parquet_row_groups_and_csv_batches_give_the_same_results_and_evidence()
    {
        await WriteParquet(Path.Combine(directory.Root, "current.parquet"));
        WriteCsv(Path.Combine(directory.Root, "current.csv"));

        var fromParquet = Run("current.parquet");
        var fromCsv = Run("current.csv");

        fromParquet.Results.Should().HaveCount(6);
        fromParquet.Results.Should().OnlyContain(r => r.Status != CheckStatus.Error, "every monitor is measured");
        fromParquet.Results.Should().BeEquivalentTo(fromCsv.Results, options => options.WithStrictOrdering());

        // The facts built into the rows below, so equal results cannot be equally wrong.
        var byId = fromParquet.Results.ToDictionary(r => r.MonitorId);
        byId["amount-complete"].Value.Should().Be(Enumerable.Range(0, Rows).Count(AmountIsNull) / (double)Rows);
        byId["amount-complete"].Evidence.Details.Should().Contain(t => t.Title == "null share of 'amount' by country", "the nulls are all in one country");
        byId["unique-id"].Value.Should().Be(Enumerable.Range(0, Rows).Count(i => i % 100 == 99) / (double)Enumerable.Range(0, Rows).Count(i => i % 250 != 3));
        byId["country-valid"].Evidence.Details.Single().Rows.Select(r => r[0].Text).Should().Contain("xx");
        byId["amount-range"].Value.Should().BeGreaterThan(0);
        byId["fresh"].Status.Should().Be(CheckStatus.Pass);
    }

    private RunResult Run(string current)
    {
        var definitions = ValidDefinitions.Load(directory.Root, $$"""
            datasets:
              - id: d
                snapshots: { current: {{current}}, captured_at: 2026-01-02T00:00:00Z }
                columns:
                  id: { type: int64, role: id }
                  ts: { type: timestamp, role: event_time }
                  amount: { type: double }
                  country: { type: string, role: segment }
                  flag: { type: bool, role: segment }
            monitors:
              - { id: amount-complete, dataset: d, check: completeness, column: amount, fail: 0.5 }
              - { id: country-complete, dataset: d, check: completeness, column: country, fail: 0.5 }
              - { id: unique-id, dataset: d, check: uniqueness, columns: [id], fail: 0.5 }
              - { id: country-valid, dataset: d, check: validity, column: country, allowed: [de, fr, it, es], fail: 0.5 }
              - { id: amount-range, dataset: d, check: validity, column: amount, min: 0, max: 900, fail: 0.5 }
              - { id: fresh, dataset: d, check: freshness, column: ts, fail: 3d }
            """);
        return new MonitorRunner().Run(definitions);
    }

    private static bool AmountIsNull(int row) => Country(row) == "fr" && row % 3 == 0;

    private static string? Country(int row) => row % 41 == 0 ? null : row % 97 == 0 ? "xx" : new[] { "de", "fr", "it", "es" }[row % 4];

    private static long? Id(int row) => row % 250 == 3 ? null : row % 100 == 99 ? row - 1 : row;

    private static DateTime Time(int row) => new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(row * 10);

    private static double? Amount(int row) => AmountIsNull(row) ? null : row % 11 == 0 ? double.NaN : row % 3.0 * 500;

    private static bool? Flag(int row) => row % 13 == 0 ? null : row % 2 == 0;

    private static async Task WriteParquet(string path)
    {
        var id = new global::Parquet.Schema.DataField<long>("id", true);
        var ts = new global::Parquet.Schema.DateTimeDataField("ts", global::Parquet.Schema.DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: global::Parquet.Schema.DateTimeTimeUnit.Micros, isNullable: false);
        var amount = new global::Parquet.Schema.DataField<double>("amount", true);
        var country = new global::Parquet.Schema.DataField<string>("country", true);
        var flag = new global::Parquet.Schema.DataField<bool>("flag", true);
        await using var stream = File.Create(path);
        await using var writer = await global::Parquet.ParquetWriter.CreateAsync(new global::Parquet.Schema.ParquetSchema(id, ts, amount, country, flag), stream);
        for (var start = 0; start < Rows; start += RowGroupRows)
        {
            var rows = Enumerable.Range(start, Math.Min(RowGroupRows, Rows - start)).ToArray();
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<long>(id, rows.Select(Id).ToArray().AsMemory());
            await group.WriteAsync<DateTime>(ts, rows.Select(Time).ToArray().AsMemory());
            await group.WriteAsync<double>(amount, rows.Select(Amount).ToArray().AsMemory());
            await group.WriteAsync(country, rows.Select(Country).ToArray());
            await group.WriteAsync<bool>(flag, rows.Select(Flag).ToArray().AsMemory());
        }
    }

    private static void WriteCsv(string path)
    {
        var text = new StringBuilder("id,ts,amount,country,flag\n");
        for (var row = 0; row < Rows; row++)
        {
            var amount = Amount(row) is { } value ? (double.IsNaN(value) ? "NaN" : value.ToString("R", CultureInfo.InvariantCulture)) : "";
            var flag = Flag(row) is { } set ? (set ? "true" : "false") : "";
            text.Append(CultureInfo.InvariantCulture, $"{Id(row)},{Time(row):yyyy-MM-ddTHH:mm:ssZ},{amount},{Country(row)},{flag}\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
