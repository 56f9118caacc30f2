using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// The (prediction, label) pairs of a snapshot's mature, labelled rows, for performance monitors, and the counts that
/// label coverage and the evidence need: rows too young to judge, rows without an event time, labels known only after
/// the as-of instant, labels without a prediction. Each column is fed on its own (through the column scan, or batch by
/// batch), keeping one value per row of its part; once every column of a part (a row group, a batch) is in, the part
/// joins them by row, keeps the pairs and lets the rows go. The pairs are two arrays of doubles (16 bytes a pair),
/// reserved against the run's memory budget when the pass ends; the label is 0/1 for a bool column.
/// </summary>
internal sealed class LabelledPredictionsAccumulator : ColumnFedAccumulator
{
    private const long MicrosecondsPerDay = 86_400_000_000;

    private readonly string[] columns;
    private readonly Feed[] feeds;
    private readonly int eventTime;
    private readonly int labelTime;
    private readonly long? matureBefore;
    private readonly long asOf;
    private readonly MemoryBudget budget;
    private readonly string what;
    private readonly Dictionary<long, PartJoin> joins = [];

    /// <summary>
    /// Pairs <paramref name="prediction"/> with <paramref name="label"/>. With <paramref name="eventTimeColumn"/> and
    /// <paramref name="matureAfter"/>, only rows whose event is at least that old at <paramref name="asOfInstant"/> count;
    /// with <paramref name="labelTimeColumn"/>, a label known after <paramref name="asOfInstant"/> is not known yet.
    /// </summary>
    public LabelledPredictionsAccumulator(
        (string Name, ColumnKind Kind) prediction,
        (string Name, ColumnKind Kind) label,
        (string Name, ColumnKind Kind)? eventTimeColumn,
        (string Name, ColumnKind Kind)? labelTimeColumn,
        TimeSpan? matureAfter,
        DateTimeOffset asOfInstant,
        MemoryBudget budget,
        string what,
        LabelTable? join = null)
    {
        // Joined labels: the "label" column is the id, each id looked up in the labels snapshot as its row goes by.
        Join = join;
        var list = new List<(string Name, ColumnKind Kind, Role Role)> { (prediction.Name, prediction.Kind, Role.Prediction), (label.Name, label.Kind, join is null ? Role.Label : Role.JoinId) };
        if (eventTimeColumn is { } time && matureAfter is not null)
        {
            list.Add((time.Name, time.Kind, Role.EventTime));
        }

        if (labelTimeColumn is { } known)
        {
            list.Add((known.Name, known.Kind, Role.LabelTime));
        }

        columns = [.. list.Select(c => c.Name)];
        feeds = [.. list.Select((c, i) => new Feed(this, i, c.Kind, c.Role, -1))];
        eventTime = list.FindIndex(c => c.Role == Role.EventTime);
        labelTime = list.FindIndex(c => c.Role == Role.LabelTime);
        asOf = Microseconds(asOfInstant);
        matureBefore = matureAfter is { } age ? asOf - (age.Ticks / 10) : null;
        this.budget = budget;
        this.what = what;
        Kinds = [.. list.Select(c => c.Kind)];
    }

    private enum Role
    {
        Prediction,
        Label,
        JoinId,
        EventTime,
        LabelTime,
    }

    /// <summary>The labels snapshot the ids are looked up in, or null when the label is a column of the rows.</summary>
    public LabelTable? Join { get; }

    /// <summary>Whether the pairs are kept (performance), or only counted (label coverage alone).</summary>
    public bool KeepPairs { get; set; }

    public override IReadOnlyList<string> Columns => columns;

    public override IReadOnlyList<ColumnAccumulator> Feeds => feeds;

    /// <summary>The kinds the columns are read as, in the order of <see cref="Columns"/>.</summary>
    public IReadOnlyList<ColumnKind> Kinds { get; }

    /// <summary>What was counted, once the pass is done.</summary>
    public LabelledPredictionCounts Counts { get; private set; } = new();

    /// <summary>The mature rows' predictions with a known label, in row order (empty unless <see cref="KeepPairs"/>).</summary>
    public double[] Predictions { get; private set; } = [];

    /// <summary>The labels of <see cref="Predictions"/>, row by row.</summary>
    public double[] Labels { get; private set; } = [];

    /// <summary>Why the pairs could not be kept (the memory limit), or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>Joins the parts' pairs in row order and hands back what they held.</summary>
    public override void Finish()
    {
        var ordered = joins.OrderBy(pair => pair.Key).Select(pair => pair.Value).ToList();
        joins.Clear();
        var counts = new LabelledPredictionCounts();
        long pairs = 0;
        foreach (var part in ordered)
        {
            counts = counts.Add(part.Counts);
            pairs += part.Predictions.Count;
        }

        Counts = counts;
        if (!KeepPairs)
        {
            return;
        }

        var bytes = pairs * 2 * sizeof(double);
        if (pairs > Array.MaxLength || !budget.TryReserve(bytes))
        {
            Failure = $"{what} keeps {ValueFormatCount(pairs)} (prediction, label) pairs, and holding them ({MemoryBudget.Size(bytes)}) would pass the memory limit of {MemoryBudget.Size(budget.Limit ?? 0)}";
            return;
        }

        var predictions = new double[pairs];
        var labels = new double[pairs];
        var at = 0;
        foreach (var part in ordered)
        {
            part.Predictions.CopyTo(predictions, at);
            part.Labels.CopyTo(labels, at);
            at += part.Predictions.Count;
        }

        Predictions = predictions;
        Labels = labels;
    }

    /// <summary>Hands the pairs' memory back to the budget once the monitors have been measured.</summary>
    public void Release()
    {
        budget.Release((long)Predictions.Length * 2 * sizeof(double));
        Predictions = [];
        Labels = [];
    }

    private static string ValueFormatCount(long count) => Results.ValueFormat.Count(count);

    private static long Microseconds(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private PartJoin JoinAt(long firstRow)
    {
        lock (joins)
        {
            if (!joins.TryGetValue(firstRow, out var join))
            {
                join = new PartJoin(this);
                joins[firstRow] = join;
            }

            return join;
        }
    }

    /// <summary>One part's columns, a value per row (NaN for null), joined when the last column's part ends.</summary>
    private sealed class PartJoin(LabelledPredictionsAccumulator owner)
    {
        private readonly List<double>?[] values = new List<double>?[owner.columns.Length];
        private List<double>? joinedTimes;
        private int remaining = owner.columns.Length;

        public List<double> Predictions { get; } = [];

        public List<double> Labels { get; } = [];

        public LabelledPredictionCounts Counts { get; private set; } = new();

        public void Arrive(int column, List<double> rows, List<double>? times)
        {
            values[column] = rows;
            if (times is not null)
            {
                joinedTimes = times;
            }

            if (Interlocked.Decrement(ref remaining) == 0)
            {
                Join();
            }
        }

        private void Join()
        {
            var prediction = values[0]!; // every column arrived before the join
            var label = values[1]!;
            var eventTime = owner.eventTime >= 0 ? values[owner.eventTime] : null;
            var labelTime = owner.labelTime >= 0 ? values[owner.labelTime] : joinedTimes;
            var rows = prediction.Count;
            if (label.Count != rows || (eventTime is not null && eventTime.Count != rows) || (labelTime is not null && labelTime.Count != rows))
            {
                // The columns of one part disagree on its row count: the snapshot is damaged; say so rather than pair wrong rows.
                Counts = Counts with { MisalignedRows = rows };
                Array.Clear(values);
                return;
            }

            long immature = 0, noTime = 0, mature = 0, labelled = 0, late = 0, labelOnly = 0, nonFinite = 0, nonBinary = 0;
            for (var i = 0; i < rows; i++)
            {
                if (eventTime is not null)
                {
                    var time = eventTime[i];
                    if (double.IsNaN(time))
                    {
                        noTime++;
                        continue;
                    }

                    if (time > owner.matureBefore)
                    {
                        immature++;
                        continue;
                    }
                }

                var p = prediction[i];
                var y = label[i];
                var known = !double.IsNaN(y) && (labelTime is null || !(labelTime[i] > owner.asOf));
                if (!double.IsNaN(y) && !known)
                {
                    late++;
                }

                if (double.IsNaN(p))
                {
                    labelOnly += known ? 1 : 0;
                    continue;
                }

                mature++;
                if (!known)
                {
                    continue;
                }

                labelled++;
                if (double.IsInfinity(p) || double.IsInfinity(y))
                {
                    nonFinite++;
                    continue;
                }

                if (y is not (0 or 1))
                {
                    nonBinary++;
                }

                if (owner.KeepPairs)
                {
                    Predictions.Add(p);
                    Labels.Add(y);
                }
            }

            Counts = new LabelledPredictionCounts
            {
                Rows = rows,
                Immature = immature,
                WithoutEventTime = noTime,
                Mature = mature,
                Labelled = labelled,
                LabelsAfterAsOf = late,
                LabelsWithoutPrediction = labelOnly,
                NonFinite = nonFinite,
                NonBinaryLabels = nonBinary,
            };
            Array.Clear(values);
        }
    }

    /// <summary>One column's feed: a value per row of its part, as a double (NaN for null); times in microseconds.</summary>
    private sealed class Feed(LabelledPredictionsAccumulator owner, int index, ColumnKind kind, Role role, long firstRow) : ColumnAccumulator
    {
        private readonly PartJoin? join = firstRow < 0 ? null : owner.JoinAt(firstRow);
        private readonly List<double> rows = [];
        private readonly List<double>? times = role == Role.JoinId ? [] : null;
        private int next;

        public override bool NeedsRowPresence => true;

        public override ColumnAccumulator CreateEmpty() =>
            throw new NotSupportedException("Predictions and labels are lined up by row: a scanner makes the parts with CreatePart.");

        public override ColumnAccumulator CreatePart(long firstRow) => new Feed(owner, index, kind, role, firstRow);

        /// <summary>The parts are joined and added up by the accumulator, in row order, when the pass is done.</summary>
        public override void Merge(ColumnAccumulator other)
        {
        }

        public override void EndPart() => join?.Arrive(index, rows, times);

        public override void AddPresence(int count, ReadOnlySpan<bool> present)
        {
            for (var i = 0; i < count; i++)
            {
                rows.Add(present.IsEmpty || present[i] ? 0 : double.NaN);
                times?.Add(double.NaN);
            }
        }

        public override void AddNulls(long count)
        {
        }

        public override void AddSkippedValues(long count)
        {
        }

        public override void AddDoubles(ReadOnlySpan<double> values)
        {
            foreach (var value in values)
            {
                // A NaN score is a value, not a null: keep it apart from the nulls so the evidence can count it.
                Fill(double.IsNaN(value) ? double.PositiveInfinity : value);
            }
        }

        public override void AddInt64s(ReadOnlySpan<long> values)
        {
            foreach (var value in values)
            {
                if (role == Role.JoinId)
                {
                    Look(LabelTable.IdText(value));
                }
                else
                {
                    Fill(value);
                }
            }
        }

        public override void AddInt32s(ReadOnlySpan<int> values)
        {
            // A date's predictions may have been made until its end: it is as old as its next midnight.
            foreach (var day in values)
            {
                Fill(role is Role.EventTime or Role.LabelTime ? ((double)day + 1) * MicrosecondsPerDay : day);
            }
        }

        public override void AddBooleans(ReadOnlySpan<bool> values)
        {
            foreach (var value in values)
            {
                Fill(value ? 1 : 0);
            }
        }

        public override void AddStrings(ReadOnlySpan<string?> values)
        {
            foreach (var value in values)
            {
                if (role == Role.JoinId)
                {
                    Look(value!); // present rows always have a text
                }
                else
                {
                    // Text is not a score or a label: it counts as missing (validation refuses such columns).
                    Fill(double.NaN);
                }
            }
        }

        /// <summary>The label (and label time) of the next present row's id; NaN, no label, when the labels snapshot has none.</summary>
        private void Look(string id)
        {
            var at = Next();
            if (at < 0)
            {
                return;
            }

            owner.Join!.TryFind(id, out var label, out var time); // JoinId feeds exist only with a join
            rows[at] = label;
            times![at] = time; // made for JoinId feeds
            if (double.IsNaN(label))
            {
                // An unlabelled id is a present row without a label: keep it apart from a null id, which has no row value.
                rows[at] = double.NaN;
            }
        }

        /// <summary>The value of the next present row.</summary>
        private void Fill(double value)
        {
            var at = Next();
            if (at >= 0)
            {
                rows[at] = value;
            }
        }

        /// <summary>The index of the next present row, skipping nulls; -1 when the part has no more.</summary>
        private int Next()
        {
            while (next < rows.Count && double.IsNaN(rows[next]))
            {
                next++;
            }

            return next < rows.Count ? next++ : -1;
        }
    }
}
