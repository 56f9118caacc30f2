using System.Buffers.Binary;
using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// The writers' own account of each column chunk — null count, minimum and maximum — checked against
/// the values this reader decodes, row group by row group, for every fixture that has statistics.
/// The statistics are decoded here from their plain encoding, independently of the reader's converters.
/// </summary>
public sealed class ColumnStatisticsTests
{
    private static readonly HashSet<string> Unreadable = new(StringComparer.Ordinal) { "datapage_v1-corrupt-checksum.parquet" };

    [Fact]
    public void Decoded_values_agree_with_the_writers_statistics()
    {
        var checkedNulls = 0;
        var checkedBounds = 0;
        foreach (var folder in new[] { ParquetFixtures.ParquetTestingFolder, ParquetFixtures.DuckDbFolder })
        {
            foreach (var path in Directory.GetFiles(folder, "*.parquet").Order(StringComparer.Ordinal))
            {
                if (Unreadable.Contains(Path.GetFileName(path)))
                {
                    continue;
                }

                ParquetFooter footer;
                using (var handle = File.OpenHandle(path))
                {
                    footer = ParquetFooter.Read(handle, path);
                }

                var table = ParquetFixtures.LoadAll(path);
                var start = 0;
                for (var g = 0; g < footer.MetaData.RowGroups.Count; g++)
                {
                    var rowGroup = footer.MetaData.RowGroups[g];
                    var rows = (int)rowGroup.NumRows;
                    foreach (var column in footer.Schema.Columns)
                    {
                        var statistics = rowGroup.Columns[column.LeafIndex].MetaData?.Statistics;
                        if (statistics is null)
                        {
                            continue;
                        }

                        var where = $"{Path.GetFileName(path)} row group {g} column '{column.Name}'";
                        var values = table[column.Name];
                        if (statistics.NullCount is { } nulls)
                        {
                            values.Valid.Skip(start).Take(rows).Count(v => !v).Should().Be((int)nulls, where);
                            checkedNulls++;
                        }

                        if (statistics.Min is { } min && statistics.Max is { } max && CheckBounds(column, statistics.MinMaxDeprecated, min, max, values, start, rows, where))
                        {
                            checkedBounds++;
                        }
                    }

                    start += rows;
                }
            }
        }

        checkedNulls.Should().BeGreaterThan(200);
        checkedBounds.Should().BeGreaterThan(200);
    }

    private static bool CheckBounds(ParquetColumn column, bool deprecated, byte[] min, byte[] max, Column values, int start, int rows, string where)
    {
        var present = Enumerable.Range(start, rows).Where(i => values.Valid[i]).ToList();
        if (present.Count == 0)
        {
            return false;
        }

        switch (column.Physical, column.Semantics)
        {
            case (PhysicalType.Boolean, _):
                {
                    var flags = present.Select(i => ((BoolColumn)values).Values[i]).ToList();
                    (min[0] != 0).Should().Be(flags.Min(), where);
                    (max[0] != 0).Should().Be(flags.Max(), where);
                    return true;
                }

            case (PhysicalType.Int32, ValueSemantics.SignedInteger or ValueSemantics.Date):
            case (PhysicalType.Int32, ValueSemantics.UnsignedInteger) when !deprecated:
                {
                    var unsigned = column.Semantics == ValueSemantics.UnsignedInteger;
                    long Read(byte[] bytes) => unsigned ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadInt32LittleEndian(bytes);
                    var numbers = present.Select(i => values is DateColumn dates ? dates.Days[i] : ((Int64Column)values).Values[i]).ToList();
                    numbers.Min().Should().Be(Read(min), where);
                    numbers.Max().Should().Be(Read(max), where);
                    return true;
                }

            case (PhysicalType.Int64, ValueSemantics.SignedInteger or ValueSemantics.Timestamp):
                {
                    long Read(byte[] bytes)
                    {
                        var raw = BinaryPrimitives.ReadInt64LittleEndian(bytes);
                        return column.Semantics != ValueSemantics.Timestamp ? raw : column.Unit switch
                        {
                            TimeUnit.Millis => raw * 1000,
                            TimeUnit.Nanos => (long)Math.Floor(raw / 1000m),
                            _ => raw,
                        };
                    }

                    var numbers = present.Select(i => values is TimestampColumn t ? t.Microseconds[i] : ((Int64Column)values).Values[i]).ToList();
                    numbers.Min().Should().Be(Read(min), where);
                    numbers.Max().Should().Be(Read(max), where);
                    return true;
                }

            case (PhysicalType.Int64, ValueSemantics.UnsignedInteger) when !deprecated:
                {
                    var numbers = present.Select(i => (ulong)((Int64Column)values).Values[i]).ToList();
                    numbers.Min().Should().Be(BinaryPrimitives.ReadUInt64LittleEndian(min), where);
                    numbers.Max().Should().Be(BinaryPrimitives.ReadUInt64LittleEndian(max), where);
                    return true;
                }

            case (PhysicalType.Int32 or PhysicalType.Int64, ValueSemantics.Decimal):
                {
                    decimal Read(byte[] bytes) => (bytes.Length == 4 ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : BinaryPrimitives.ReadInt64LittleEndian(bytes)) / (decimal)Math.Pow(10, column.Scale);
                    var numbers = present.Select(i => ((DoubleColumn)values).Values[i]).ToList();
                    numbers.Min().Should().Be((double)Read(min), where);
                    numbers.Max().Should().Be((double)Read(max), where);
                    return true;
                }

            case (PhysicalType.Float or PhysicalType.Double, _):
            case (PhysicalType.FixedLenByteArray, ValueSemantics.Float16):
                {
                    double Read(byte[] bytes) => bytes.Length switch
                    {
                        2 => (double)BitConverter.UInt16BitsToHalf(BinaryPrimitives.ReadUInt16LittleEndian(bytes)),
                        4 => BinaryPrimitives.ReadSingleLittleEndian(bytes),
                        _ => BinaryPrimitives.ReadDoubleLittleEndian(bytes),
                    };
                    var numbers = present.Select(i => ((DoubleColumn)values).Values[i]).Where(v => !double.IsNaN(v)).ToList();
                    if (numbers.Count == 0 || double.IsNaN(Read(min)) || double.IsNaN(Read(max)))
                    {
                        return false;
                    }

                    numbers.Min().Should().Be(Read(min), where);
                    numbers.Max().Should().Be(Read(max), where);
                    return true;
                }

            case (PhysicalType.ByteArray or PhysicalType.FixedLenByteArray, ValueSemantics.Text or ValueSemantics.Binary) when !deprecated:
                {
                    var texts = (StringColumn)values;
                    var bytes = present.Select(i => column.Semantics == ValueSemantics.Text ? Encoding.UTF8.GetBytes(texts.Values[i]!) : Convert.FromBase64String(texts.Values[i]!)).ToList();
                    bytes.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));

                    // Writers may truncate the bounds: the minimum to a prefix, the maximum to something no smaller.
                    bytes[0].AsSpan().StartsWith(min).Should().BeTrue(where + " minimum");
                    bytes[^1].AsSpan().SequenceCompareTo(max).Should().BeLessThanOrEqualTo(0, where + " maximum");
                    return true;
                }

            default:
                return false;
        }
    }
}
