using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Computes per-column aggregates (null counts, ranges, summaries, value counts) of a whole snapshot in
/// one scan that keeps no rows: through the reader's <see cref="IColumnScanner"/> when it has one (Parquet:
/// row groups in parallel, nulls from definition levels, text counted by dictionary code), else batch by batch.
/// Columns that need only null counts and ranges are answered from the snapshot's stored statistics when
/// those are exact (<see cref="IStoredStatisticsSource"/>), without decoding a page.
/// </summary>
internal static class SnapshotAggregation
{
    /// <summary>The aggregates of each requested column, in request order.</summary>
    /// <param name="reader">The snapshot.</param>
    /// <param name="requests">The columns and what to compute over each.</param>
    /// <param name="useStoredStatistics">False to decode every column even where stored statistics would answer.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    /// <exception cref="SnapshotReadException">The snapshot cannot be read, or a column is missing or uncastable.</exception>
    public static IReadOnlyList<ColumnAggregate> Run(ISnapshotReader reader, IReadOnlyList<AggregateRequest> requests, bool useStoredStatistics = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(requests);
        var results = new ColumnAggregate?[requests.Count];
        if (useStoredStatistics && reader is IStoredStatisticsSource source)
        {
            AnswerFromStatistics(source, requests, results);
        }

        var columns = new List<ColumnRequest>();
        var aggregators = new List<ColumnAggregator>();
        var positions = new List<int>();
        for (var i = 0; i < requests.Count; i++)
        {
            if (results[i] is null)
            {
                var request = requests[i];
                columns.Add(new ColumnRequest(request.Name, request.Kind));
                aggregators.Add(new ColumnAggregator(request.Name, request.Kind, request.Aggregates));
                positions.Add(i);
            }
        }

        if (columns.Count > 0)
        {
            ColumnScan.Run(reader, columns, aggregators, cancellationToken);
            for (var i = 0; i < aggregators.Count; i++)
            {
                results[positions[i]] = aggregators[i].Result();
            }
        }

        var answered = new ColumnAggregate[results.Length];
        for (var i = 0; i < results.Length; i++)
        {
            answered[i] = results[i]!; // every position was filled above
        }

        return answered;
    }

    /// <summary>Fills the results of columns that need only null counts and ranges, where the statistics know them exactly.</summary>
    private static void AnswerFromStatistics(IStoredStatisticsSource source, IReadOnlyList<AggregateRequest> requests, ColumnAggregate?[] results)
    {
        var candidates = new List<int>();
        var columns = new List<ColumnRequest>();
        for (var i = 0; i < requests.Count; i++)
        {
            if ((requests[i].Aggregates & ~(ColumnAggregates.NullCount | ColumnAggregates.Range)) == 0)
            {
                candidates.Add(i);
                columns.Add(new ColumnRequest(requests[i].Name, requests[i].Kind));
            }
        }

        if (columns.Count == 0)
        {
            return;
        }

        var statistics = source.ReadStatistics(columns);
        for (var c = 0; c < candidates.Count; c++)
        {
            var request = requests[candidates[c]];
            var stored = statistics[c];
            if (stored.NullCount is not { } nulls)
            {
                continue;
            }

            var wantsRange = (request.Aggregates & ColumnAggregates.Range) != 0;
            var allNull = nulls == stored.Rows;
            if (wantsRange && !allNull && (stored.Minimum is null || stored.Maximum is null))
            {
                continue;
            }

            results[candidates[c]] = new ColumnAggregate(request.Name, request.Kind, stored.Rows, nulls)
            {
                Minimum = wantsRange && !allNull ? stored.Minimum : null,
                Maximum = wantsRange && !allNull ? stored.Maximum : null,
                FromStoredStatistics = true,
            };
        }
    }
}
