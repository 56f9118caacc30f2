using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.Parquet;

namespace MonitorsAsCode.Data.Tests.Snapshots;

/// <summary>
/// <see cref="SnapshotField.CanBeReadAs"/> is what the engine uses to leave unreadable columns out of a scan, so it
/// must say exactly what the readers do: every column it allows reads, every column it refuses does not.
/// </summary>
public sealed class SnapshotFieldTests
{
    [Theory]
    [InlineData("duckdb-written", "current_2k.parquet")]
    [InlineData("parquet-testing", "alltypes_plain.parquet")]
    public void Can_be_read_as_agrees_with_the_parquet_reader_for_every_column_and_kind(string folder, string file)
    {
        var path = folder == "duckdb-written" ? ParquetFixtures.DuckDb(file) : ParquetFixtures.ParquetTesting(file);
        var reader = new ParquetSnapshotReader(path);
        var refused = 0;
        foreach (var field in reader.ReadSchema().Fields)
        {
            foreach (var kind in Enum.GetValues<ColumnKind>())
            {
                var read = () => reader.ReadBatches([new ColumnRequest(field.Name, kind)]).ToList();
                if (field.CanBeReadAs(kind))
                {
                    read.Should().NotThrow($"column '{field.Name}' stored as {field.Kind} is readable as {kind}");
                }
                else
                {
                    refused++;
                    read.Should().Throw<SnapshotReadException>($"column '{field.Name}' stored as {field.Kind} is not readable as {kind}")
                        .Which.Message.Should().Contain("cannot be cast to " + kind.ToString().ToLowerInvariant());
                }
            }
        }

        refused.Should().BePositive();
    }

    [Theory]
    [InlineData(ColumnKind.Int64, ColumnKind.Double, true)]
    [InlineData(ColumnKind.Double, ColumnKind.Int64, false)]
    [InlineData(ColumnKind.Timestamp, ColumnKind.String, true)]
    [InlineData(ColumnKind.String, ColumnKind.Bool, false)]
    [InlineData(ColumnKind.Timestamp, ColumnKind.Date, false)]
    [InlineData(ColumnKind.Date, ColumnKind.Date, true)]
    public void Typed_fields_read_as_their_kind_integers_as_doubles_and_anything_as_text(ColumnKind stored, ColumnKind requested, bool expected)
    {
        new SnapshotField("c", stored).CanBeReadAs(requested).Should().Be(expected);
    }

    [Fact]
    public void Untyped_fields_can_be_asked_for_as_any_kind_since_casting_proves_their_values()
    {
        var field = new SnapshotField("c", null);

        Enum.GetValues<ColumnKind>().Should().OnlyContain(kind => field.CanBeReadAs(kind));
    }
}
