using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Struct, list and map columns are listed in the schema with their shape — they used to be left out
/// silently — while the flat columns around them keep their place and read as before.
/// </summary>
public sealed class ParquetSchemaTests
{
    [Fact]
    public void Nested_columns_are_listed_with_their_shapes_in_file_order()
    {
        var schema = new ParquetSnapshotReader(ParquetFixtures.DuckDb("nested_100.parquet")).ReadSchema();

        schema.Fields.Should().Equal(new SnapshotField("id", ColumnKind.Int64), new SnapshotField("label", ColumnKind.String));
        schema.NestedFields.Should().Equal(
            new NestedField("s", "struct<a: int64, b: string>"),
            new NestedField("l", "list<double>"),
            new NestedField("m", "map<string, int64>"),
            new NestedField("ls", "list<struct<p: int64, q: bool>>"));
    }

    [Fact]
    public void Flat_columns_beside_nested_ones_read_every_row_on_every_path()
    {
        var path = ParquetFixtures.DuckDb("nested_100.parquet");
        var reader = new ParquetSnapshotReader(path);
        ColumnRequest[] requests = [new("id", ColumnKind.Int64), new("label", ColumnKind.String)];

        var table = SnapshotTable.Load(reader, requests);
        var accumulators = new[] { new Scanning.RecordingAccumulator(), new Scanning.RecordingAccumulator() };
        reader.Scan(requests, accumulators);

        table.RowCount.Should().Be(100);
        ((Int64Column)table["id"]).Values[99].Should().Be(99);
        table["label"].FormatValue(7).Should().Be("v3");
        accumulators[1].Values.Should().HaveCount(100).And.HaveElementAt(7, "v3");
        reader.ReadStatistics(requests)[0].Rows.Should().Be(100);
    }

    [Fact]
    public void Reading_a_nested_column_says_nested_columns_are_not_supported()
    {
        var path = ParquetFixtures.DuckDb("nested_100.parquet");

        var read = () => new ParquetSnapshotReader(path).ReadBatches([new("s", ColumnKind.String)]);

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(
            path + ", column 's': is a nested column (struct<a: int64, b: string>); nested columns (structs, lists, maps) are not supported: only flat columns are read");
    }
}
