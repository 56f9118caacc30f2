using System.Buffers.Binary;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Sums a column's chunk statistics over the row groups into what holds for the whole file, trusting
/// only what is exact: null counts when every row group has one; bounds only from the current
/// <c>min_value</c>/<c>max_value</c> fields (the deprecated <c>min</c>/<c>max</c> were compared as signed
/// bytes by some writers, wrong for unsigned and text columns), only when the footer declares the type's
/// own sort order, only when not marked truncated, and only for signed integers, reals, dates and timestamps.
/// </summary>
internal static class StoredStatistics
{
    public static StoredColumnStatistics For(FileMetaData metaData, ParquetColumn column, ColumnKind requested)
    {
        long rows = 0;
        long? nulls = 0;
        var boundsKnown = HasOrderedBounds(metaData, column, requested);
        object? minimum = null, maximum = null;
        foreach (var rowGroup in metaData.RowGroups)
        {
            rows += rowGroup.NumRows;
            if (rowGroup.NumRows == 0)
            {
                continue;
            }

            var statistics = column.LeafIndex < rowGroup.Columns.Count ? rowGroup.Columns[column.LeafIndex].MetaData?.Statistics : null;
            if (statistics?.NullCount is not { } n || n < 0 || n > rowGroup.NumRows)
            {
                nulls = null;
                boundsKnown = false;
                continue;
            }

            nulls += n;
            if (!boundsKnown || n == rowGroup.NumRows)
            {
                // A row group of nulls only has no bounds to contribute.
                continue;
            }

            if (statistics.MinMaxDeprecated || !statistics.MinExact || !statistics.MaxExact
                || Decode(statistics.Min, column, requested) is not { } low || Decode(statistics.Max, column, requested) is not { } high)
            {
                boundsKnown = false;
                continue;
            }

            minimum = minimum is null || Compare(low, minimum) < 0 ? low : minimum;
            maximum = maximum is null || Compare(high, maximum) > 0 ? high : maximum;
        }

        return boundsKnown
            ? new StoredColumnStatistics(column.Name, rows, nulls, minimum, maximum)
            : new StoredColumnStatistics(column.Name, rows, nulls, null, null);
    }

    /// <summary>
    /// One row group's stored facts about <paramref name="column"/>, trusted on the same terms as <see cref="For"/>:
    /// whether its values are all null, and its exact bounds when known (null otherwise).
    /// </summary>
    public static (bool AllNull, long? Minimum, long? Maximum) RowGroupBounds(FileMetaData metaData, ParquetColumn column, ColumnKind requested, int index)
    {
        var rowGroup = metaData.RowGroups[index];
        var statistics = column.LeafIndex < rowGroup.Columns.Count ? rowGroup.Columns[column.LeafIndex].MetaData?.Statistics : null;
        if (statistics?.NullCount is not { } nulls || nulls < 0 || nulls > rowGroup.NumRows)
        {
            return (false, null, null);
        }

        if (nulls == rowGroup.NumRows)
        {
            return (true, null, null);
        }

        if (!HasOrderedBounds(metaData, column, requested) || statistics.MinMaxDeprecated || !statistics.MinExact || !statistics.MaxExact
            || Decode(statistics.Min, column, requested) is not long low || Decode(statistics.Max, column, requested) is not long high)
        {
            return (false, null, null);
        }

        return (false, low, high);
    }

    private static bool HasOrderedBounds(FileMetaData metaData, ParquetColumn column, ColumnKind requested)
    {
        if (column.LeafIndex >= metaData.TypeDefinedOrder.Count || !metaData.TypeDefinedOrder[column.LeafIndex] || requested != column.NaturalKind)
        {
            return false;
        }

        return (column.Semantics, column.Physical) switch
        {
            (ValueSemantics.Real, PhysicalType.Double or PhysicalType.Float) => true,
            (ValueSemantics.SignedInteger, PhysicalType.Int32 or PhysicalType.Int64) => true,
            (ValueSemantics.Date, PhysicalType.Int32) => true,
            (ValueSemantics.Timestamp, PhysicalType.Int64) => true,
            _ => false,
        };
    }

    /// <summary>A plain-encoded bound as the value the reader would produce, or null when it is malformed or NaN.</summary>
    private static object? Decode(byte[]? bytes, ParquetColumn column, ColumnKind requested)
    {
        if (bytes is null)
        {
            return null;
        }

        switch (column.Physical)
        {
            case PhysicalType.Double when bytes.Length == 8:
                {
                    var value = BinaryPrimitives.ReadDoubleLittleEndian(bytes);
                    return double.IsNaN(value) ? null : value + 0.0;
                }

            case PhysicalType.Float when bytes.Length == 4:
                {
                    double value = BinaryPrimitives.ReadSingleLittleEndian(bytes);
                    return double.IsNaN(value) ? null : value + 0.0;
                }

            case PhysicalType.Int32 when bytes.Length == 4:
                return (long)BinaryPrimitives.ReadInt32LittleEndian(bytes);
            case PhysicalType.Int64 when bytes.Length == 8 && requested == ColumnKind.Timestamp:
                {
                    Span<long> micros = stackalloc long[1];
                    try
                    {
                        new MicrosecondValueConverter(column.Unit).FromInt64([BinaryPrimitives.ReadInt64LittleEndian(bytes)], micros);
                    }
                    catch (ParquetFormatException)
                    {
                        return null;
                    }

                    return micros[0];
                }

            case PhysicalType.Int64 when bytes.Length == 8:
                return BinaryPrimitives.ReadInt64LittleEndian(bytes);
            default:
                return null;
        }
    }

    private static int Compare(object a, object b) => a is double x ? x.CompareTo((double)b) : ((long)a).CompareTo((long)b);
}
