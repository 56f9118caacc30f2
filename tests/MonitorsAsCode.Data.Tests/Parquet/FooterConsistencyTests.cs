using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;
using MonitorsAsCode.Data.Tests.Scanning;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Footers whose row counts disagree are refused on every path that reads the file, with the file,
/// row group and column named; before, a row group stating 0 rows was skipped although its chunks held
/// values, and a flipped bit in the footer could drop row groups, so the file read as fewer rows.
/// </summary>
public sealed class FooterConsistencyTests
{
    private const int Rows = 3_000;

    /// <summary>Every way a monitor, a scan or a profile reads the file.</summary>
    private static readonly (string Way, Func<string, long> Read)[] Ways =
    [
        ("schema", path => new ParquetSnapshotReader(path).ReadSchema().Fields.Count),
        ("batches", path => ParquetFixtures.LoadAll(path).RowCount),
        ("scan", path => Scan(path, needsValues: true)),
        ("null-count scan", path => Scan(path, needsValues: false)),
        ("statistics", path =>
        {
            var reader = new ParquetSnapshotReader(path);
            return reader.ReadStatistics([.. reader.ReadSchema().Fields.Select(f => new ColumnRequest(f.Name, f.Kind!.Value))])[0].Rows;
        }),
    ];

    [Fact]
    public void Row_group_stating_zero_rows_over_chunks_with_values_is_refused_on_every_path()
    {
        var bytes = new ParquetFileBuilder()
            .Column("n", 2, ParquetFileBuilder.Plain(1L, 2L, 3L), 3)
            .WithRowGroupRows(0)
            .WithFileRows(0)
            .Build();
        using var file = TemporaryFile.WithBytes(".parquet", bytes);

        foreach (var (way, read) in Ways)
        {
            var act = () => read(file.Path);
            act.Should().Throw<SnapshotReadException>(way)
                .Which.Message.Should().Be($"{file.Path}, column 'n': has an inconsistent footer: row group 0: the column chunk holds 3 values but the row group has 0 rows; the file is corrupt and is not read");
        }
    }

    [Fact]
    public void File_row_count_other_than_the_sum_of_its_row_groups_is_refused()
    {
        var bytes = new ParquetFileBuilder().Column("n", 2, ParquetFileBuilder.Plain(1L, 2L, 3L), 3).WithFileRows(4).Build();
        using var file = TemporaryFile.WithBytes(".parquet", bytes);

        foreach (var (way, read) in Ways)
        {
            var act = () => read(file.Path);
            act.Should().Throw<SnapshotReadException>(way)
                .Which.Message.Should().Be($"{file.Path}: has an inconsistent footer: its row groups hold 3 rows in all (1 row groups) but the footer says the file has 4; the file is corrupt and is not read");
        }
    }

    [Fact]
    public void Consistent_file_of_several_row_groups_reads_every_row_on_every_path()
    {
        using var file = TemporaryFile.WithBytes(".parquet", ThreeRowGroups());

        foreach (var (way, read) in Ways.Skip(1))
        {
            read(file.Path).Should().Be(Rows, way);
        }
    }

    /// <remarks>
    /// Only the row count is compared: a flip in a type annotation (an integer's logical type turned into a
    /// decimal's, say) makes a valid file of another meaning, which no reader can tell from the original since
    /// footers carry no checksum; the schema monitor reports the changed type.
    /// </remarks>
    [Fact]
    public void Every_single_bit_flip_in_the_footer_is_refused_or_reads_the_same_rows()
    {
        var original = ThreeRowGroups();
        var footerLength = BitConverter.ToInt32(original, original.Length - 8);
        var footerStart = original.Length - 8 - footerLength;
        using var file = TemporaryFile.Reserve(".parquet");
        var silent = new List<string>();
        for (var at = footerStart; at < original.Length - 8; at++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var bytes = (byte[])original.Clone();
                bytes[at] ^= (byte)(1 << bit);
                File.WriteAllBytes(file.Path, bytes);
                foreach (var (way, read) in Ways.Skip(1))
                {
                    try
                    {
                        var rows = read(file.Path);
                        if (rows != Rows)
                        {
                            silent.Add(string.Create(CultureInfo.InvariantCulture, $"footer byte {at - footerStart} bit {bit}, {way}: {rows} rows"));
                        }
                    }
                    catch (SnapshotReadException)
                    {
                        // Refused, as it should be when the footer no longer holds together.
                    }
                }
            }
        }

        silent.Should().BeEmpty("a corrupt footer must be an error, never a different set of rows");
    }

    /// <summary>3,000 rows in three row groups of 1,000, an optional integer and a dictionary-encoded text column.</summary>
    private static byte[] ThreeRowGroups()
    {
        var ids = new long[Rows];
        var valid = new bool[Rows];
        var text = new string?[Rows];
        for (var i = 0; i < Rows; i++)
        {
            ids[i] = i * 7L;
            valid[i] = i % 5 != 0;
            text[i] = valid[i] ? "v" + (i % 13).ToString(CultureInfo.InvariantCulture) : null;
        }

        return WriteThreeRowGroups(ids, valid, text).GetAwaiter().GetResult();
    }

    /// <summary>Written by Parquet.Net, one row group per 1,000 rows.</summary>
    private static async Task<byte[]> WriteThreeRowGroups(long[] ids, bool[] valid, string?[] text)
    {
        var id = new global::Parquet.Schema.DataField<long>("id", true);
        var label = new global::Parquet.Schema.DataField<string>("label", true);
        using var stream = new MemoryStream();
        await using (var writer = await global::Parquet.ParquetWriter.CreateAsync(new global::Parquet.Schema.ParquetSchema(id, label), stream))
        {
            for (var start = 0; start < Rows; start += 1_000)
            {
                using var group = writer.CreateRowGroup();
                await group.WriteAsync<long>(id, Enumerable.Range(start, 1_000).Select(i => valid[i] ? ids[i] : (long?)null).ToArray().AsMemory());
                await group.WriteAsync(label, text[start..(start + 1_000)]);
            }
        }

        return stream.ToArray();
    }

    private static long Scan(string path, bool needsValues)
    {
        var reader = new ParquetSnapshotReader(path);
        var requests = reader.ReadSchema().Fields.Select(f => new ColumnRequest(f.Name, f.Kind!.Value)).ToList();
        var accumulators = requests.Select(_ => new RecordingAccumulator(needsValues)).ToList();
        reader.Scan(requests, accumulators);
        return accumulators[0].Values.Count + accumulators[0].Nulls + accumulators[0].Skipped;
    }
}
