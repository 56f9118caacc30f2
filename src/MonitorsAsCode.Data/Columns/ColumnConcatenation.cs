using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Columns;

/// <summary>Joins the same column of consecutive batches into one column.</summary>
public static class ColumnConcatenation
{
    /// <summary>Column <paramref name="index"/> of <paramref name="batches"/> joined into one column of <paramref name="rows"/> rows.</summary>
    public static Column Concatenate(ColumnRequest request, IReadOnlyList<ColumnBatch> batches, int index, int rows)
    {
        if (batches.Count == 1)
        {
            return batches[0].Columns[index];
        }

        var valid = new bool[rows];
        var offset = 0;
        foreach (var batch in batches)
        {
            var part = batch.Columns[index];
            part.Valid.CopyTo(valid, offset);
            offset += part.Length;
        }

        return request.Kind switch
        {
            ColumnKind.Double => new DoubleColumn(request.Name, Join<double>(batches, index, rows, c => ((DoubleColumn)c).Values), valid),
            ColumnKind.Int64 => new Int64Column(request.Name, Join<long>(batches, index, rows, c => ((Int64Column)c).Values), valid),
            ColumnKind.Bool => new BoolColumn(request.Name, Join<bool>(batches, index, rows, c => ((BoolColumn)c).Values), valid),
            ColumnKind.String => new StringColumn(request.Name, Join<string?>(batches, index, rows, c => ((StringColumn)c).Values), valid),
            ColumnKind.Timestamp => new TimestampColumn(request.Name, Join<long>(batches, index, rows, c => ((TimestampColumn)c).Microseconds), valid),
            ColumnKind.Date => new DateColumn(request.Name, Join<int>(batches, index, rows, c => ((DateColumn)c).Days), valid),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown column kind."),
        };
    }

    private static T[] Join<T>(IReadOnlyList<ColumnBatch> batches, int index, int rows, Func<Column, T[]> values)
    {
        var result = new T[rows];
        var offset = 0;
        foreach (var batch in batches)
        {
            var part = values(batch.Columns[index]);
            part.CopyTo(result, offset);
            offset += part.Length;
        }

        return result;
    }
}
