using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// How a requested column is read: decoded as <see cref="DecodeAs"/>, then cast to the requested
/// kind if that differs. Integers asked for as doubles are decoded as doubles directly, so unsigned
/// 64-bit values above <see cref="long.MaxValue"/> survive.
/// </summary>
internal sealed record ColumnReadPlan(ParquetColumn Column, ColumnKind Requested, ColumnKind DecodeAs)
{
    /// <summary>The plan, or null when the column's values cannot become <paramref name="requested"/>.</summary>
    public static ColumnReadPlan? For(ParquetColumn column, ColumnKind requested)
    {
        var natural = column.NaturalKind;
        if (requested == natural)
        {
            return new ColumnReadPlan(column, requested, natural);
        }

        if (requested == ColumnKind.Double && natural == ColumnKind.Int64)
        {
            var direct = column.Semantics is ValueSemantics.SignedInteger or ValueSemantics.UnsignedInteger;
            return new ColumnReadPlan(column, requested, direct ? ColumnKind.Double : ColumnKind.Int64);
        }

        // The same rule as SnapshotField.CanBeReadAs, which callers use to leave unreadable columns out beforehand.
        return requested == ColumnKind.String ? new ColumnReadPlan(column, requested, natural) : null;
    }

    /// <summary>A source of this column's values from one column chunk.</summary>
    public IColumnChunkSource Open(ColumnChunkLocation location, byte[] chunk, int length, long fileOffset, CompressionCodec codec, long values)
    {
        IColumnChunkSource source = DecodeAs switch
        {
            ColumnKind.Bool => new ColumnChunkReader<bool>(location, Column, chunk, length, fileOffset, codec, values, new BooleanValueConverter(), static (n, v, m) => new BoolColumn(n, v, m)),
            ColumnKind.Int64 => new ColumnChunkReader<long>(location, Column, chunk, length, fileOffset, codec, values, Int64Converter(), static (n, v, m) => new Int64Column(n, v, m)),
            ColumnKind.Timestamp => new ColumnChunkReader<long>(location, Column, chunk, length, fileOffset, codec, values, new MicrosecondValueConverter(Column.Semantics == ValueSemantics.Int96Timestamp ? TimeUnit.Nanos : Column.Unit), static (n, v, m) => new TimestampColumn(n, v, m)),
            ColumnKind.Date => new ColumnChunkReader<int>(location, Column, chunk, length, fileOffset, codec, values, new DateValueConverter(), static (n, v, m) => new DateColumn(n, v, m)),
            ColumnKind.Double => new ColumnChunkReader<double>(location, Column, chunk, length, fileOffset, codec, values, new DoubleValueConverter(Column.Semantics, Column.Scale), static (n, v, m) => new DoubleColumn(n, v, m)),
            _ => new ColumnChunkReader<string?>(location, Column, chunk, length, fileOffset, codec, values, new StringValueConverter(Column.Semantics), static (n, v, m) => new StringColumn(n, v, m)),
        };
        return DecodeAs == Requested ? source : new CastingSource(source, Requested, location);
    }

    private ValueConverter<long> Int64Converter() => Column.Semantics == ValueSemantics.TimeOfDay
        ? new MicrosecondValueConverter(Column.Unit)
        : new Int64ValueConverter(Column.Semantics == ValueSemantics.UnsignedInteger);

    private sealed class CastingSource(IColumnChunkSource inner, ColumnKind requested, ColumnChunkLocation location) : IColumnChunkSource
    {
        public Column Read(int rows)
        {
            var column = inner.Read(rows);
            if (requested == ColumnKind.Double && column is Int64Column integers)
            {
                return ColumnCast.ToDouble(integers);
            }

            try
            {
                return ColumnCast.ToText(column);
            }
            catch (ArgumentOutOfRangeException error)
            {
                // Dates beyond years 1 to 9999 have no text form (timestamps use ISO 8601's expanded years).
                throw location.Error("a " + column.Kind.ToString().ToLowerInvariant() + " value is outside the years 1 to 9999 and cannot be read as string", inner: error);
            }
        }

        public void Scan(Scanning.ColumnAccumulator accumulator)
        {
            // Casts are rare (a column read as another kind than the file's): they go through whole batches.
            while (inner.Remaining > 0)
            {
                accumulator.AddColumn(Read((int)Math.Min(Snapshots.ColumnBuilder.MaxBatchRows, inner.Remaining)));
            }
        }

        public long Remaining => inner.Remaining;

        public void Dispose() => inner.Dispose();
    }
}
