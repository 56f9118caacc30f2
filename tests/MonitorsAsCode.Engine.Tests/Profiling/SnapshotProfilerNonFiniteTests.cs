using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Engine.Profiling;

namespace MonitorsAsCode.Engine.Tests.Profiling;

/// <summary>
/// NaN and ±∞ are counted as non-finite by both profile paths: the CSV one that loads columns and the Parquet
/// one that aggregates in one scan. Expected values from pandas 1.5 / numpy 1.24 (Debian's /usr/bin/python3)
/// over the same values: tests/MonitorsAsCode.Cli.Tests/Commands/reference/non_finite_profile.py prints
/// count 9, nulls 1, non_finite 5 (2 NaN, 2 +inf, 1 -inf), min -1.25, max 10.0, mean 4.0, std 4.703721930556695.
/// </summary>
[UseCulture("de-DE")]
public sealed class SnapshotProfilerNonFiniteTests : IDisposable
{
    private const double Null = 0;

    private static readonly double[] Readings = [2.5, double.NaN, double.PositiveInfinity, -1.25, Null, double.NegativeInfinity, 10, double.NaN, 4.75, double.PositiveInfinity];

    private static readonly bool[] Valid = [true, true, true, true, false, true, true, true, true, true];

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Csv_and_parquet_profiles_count_the_same_non_finite_values_and_leave_them_out_of_the_statistics()
    {
        var csv = directory.Write("readings.csv", "id,reading\n1,2.5\n2,NaN\n3,inf\n4,-1.25\n5,\n6,-inf\n7,10\n8,NaN\n9,4.75\n10,Infinity\n");
        var parquet = directory.PathOf("readings.parquet");
        await WriteParquet(parquet);

        foreach (var path in new[] { csv, parquet })
        {
            var reading = SnapshotProfiler.Profile(path).Columns.Single(c => c.Name == "reading");

            reading.Count.Should().Be(9, path);
            reading.Nulls.Should().Be(1, path);
            reading.NonFinite.Should().Be(5, path);
            reading.Minimum.Should().Be(-1.25, path);
            reading.Maximum.Should().Be(10.0, path);
            reading.Mean!.Value.Should().BeApproximately(4.0, 1e-12, path);
            reading.StandardDeviation!.Value.Should().BeApproximately(4.703721930556695, 4.703721930556695 * 1e-12, path);
            SnapshotProfiler.Profile(path).Columns.Single(c => c.Name == "id").NonFinite.Should().Be(0, path);
        }
    }

    /// <summary>The readings written by Parquet.Net: a required id and the optional readings, nulls where <see cref="Valid"/> is false.</summary>
    private static async Task WriteParquet(string path)
    {
        var id = new global::Parquet.Schema.DataField<long>("id", false);
        var reading = new global::Parquet.Schema.DataField<double>("reading", true);
        await using var stream = File.Create(path);
        await using var writer = await global::Parquet.ParquetWriter.CreateAsync(new global::Parquet.Schema.ParquetSchema(id, reading), stream);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<long>(id, new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }.AsMemory());
        await group.WriteAsync<double>(reading, Readings.Select((r, i) => Valid[i] ? r : (double?)null).ToArray().AsMemory());
    }
}
