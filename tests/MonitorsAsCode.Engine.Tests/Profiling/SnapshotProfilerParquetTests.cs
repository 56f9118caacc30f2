using System.Globalization;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Engine.Profiling;
using MonitorsAsCode.Engine.Tests.Scanning;

namespace MonitorsAsCode.Engine.Tests.Profiling;

/// <summary>
/// A Parquet snapshot is profiled in one scan without keeping rows; the profile must still say what pandas
/// says about the same data (reference/current_2k_aggregates.csv, from the fixture's expected-value CSV).
/// </summary>
[UseCulture("de-DE")]
public sealed class SnapshotProfilerParquetTests
{
    [Fact]
    public void Profile_of_a_parquet_snapshot_matches_pandas()
    {
        var profile = SnapshotProfiler.Profile(SnapshotAggregationTests.Fixture("current_2k.parquet"));
        var columns = profile.Columns.ToDictionary(c => c.Name);
        var reference = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Scanning", "reference", "current_2k_aggregates.csv"))
            .Where(line => !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split(','))
            .ToList();

        profile.Rows.Should().Be(2000);
        profile.Columns.Select(c => c.Name).Should().StartWith(["id", "ts", "num_0"]);
        foreach (var row in reference)
        {
            var column = columns[row[0]];
            var value = row[1] == "count" ? 0 : double.Parse(row[3], CultureInfo.InvariantCulture);
            switch (row[1])
            {
                case "nulls":
                    column.Nulls.Should().Be((long)value, row[0]);
                    column.Count.Should().Be(2000 - (long)value, row[0]);
                    break;
                case "min":
                    Convert.ToDouble(column.Minimum, CultureInfo.InvariantCulture).Should().Be(value, row[0]);
                    break;
                case "max":
                    Convert.ToDouble(column.Maximum, CultureInfo.InvariantCulture).Should().Be(value, row[0]);
                    break;
                case "mean":
                    column.Mean!.Value.Should().BeApproximately(value, 1e-12 * Math.Abs(value), row[0]);
                    break;
                case "std":
                    column.StandardDeviation!.Value.Should().BeApproximately(value, 1e-12 * value, row[0]);
                    break;
                default:
                    break;
            }
        }

        foreach (var name in new[] { "cat_0", "cat_1", "cat_2", "flag_0", "flag_1" })
        {
            columns[name].Distinct.Should().Be(reference.Count(r => r[0] == name && r[1] == "count"), name);
        }

        var trues = long.Parse(reference.Single(r => r[0] == "flag_0" && r[2] == "true")[3], CultureInfo.InvariantCulture);
        columns["flag_0"].Mean.Should().Be((double)trues / columns["flag_0"].Count);
        columns["flag_0"].Minimum.Should().Be("false");
        columns["cat_1"].Minimum.Should().Be("country_00");
        columns["cat_1"].Type.Should().Be(ColumnType.String);
        columns["id"].Distinct.Should().Be(2000);
        columns["ts"].Minimum.Should().Be("2024-01-31T00:00:00Z");
    }
}
