using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// For every completeness monitor's column of a dataset and every candidate segment column (low-cardinality text or
/// bool), the rows per segment value and the nulls of the checked column per segment value: what
/// <see cref="CompletenessCheck"/> needs to say where nulls concentrate. Each column is fed on its own, through the
/// column scan or batch by batch: a checked column keeps only which of its rows are null, a segment column a small code
/// per row; once every column of a part (a row group, a batch) is in, the part joins them by row and lets the rows go.
/// A segment column with more than <see cref="CompletenessCheck.MaxSegmentValues"/> distinct values is dropped.
/// </summary>
internal sealed class NullSegmentsAccumulator : ColumnFedAccumulator
{
    private const string NullText = "(null)";

    private readonly string[] targets;
    private readonly string[] segments;
    private readonly string[] columns;
    private readonly Feed[] feeds;
    private readonly Dictionary<long, RowJoin> joins = [];

    // Text-keyed counts, filled by Finish: rows[s][value], nulls[t][s][value]; null once a segment has too many values.
    private readonly Dictionary<string, long>?[] rows;
    private readonly Dictionary<string, long>?[][] nulls;

    public NullSegmentsAccumulator(IReadOnlyList<string> targets, IReadOnlyList<string> segments)
    {
        this.targets = [.. targets];
        this.segments = [.. segments];
        columns = [.. targets.Concat(segments).Distinct(StringComparer.Ordinal)];
        feeds = new Feed[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            feeds[i] = new Feed(this, Array.IndexOf(this.targets, columns[i]), Array.IndexOf(this.segments, columns[i]), -1);
        }

        rows = NewCounts(this.segments.Length);
        nulls = [.. this.targets.Select(_ => NewCounts(this.segments.Length))];
    }

    public override IReadOnlyList<string> Columns => columns;

    public override IReadOnlyList<ColumnAccumulator> Feeds => feeds;

    /// <summary>Rows per value of <paramref name="segment"/> (null rows under <c>(null)</c>), or null when it has too many values.</summary>
    public Dictionary<string, long>? Rows(string segment) => rows[Index(segments, segment)];

    /// <summary>Nulls of <paramref name="target"/> per value of <paramref name="segment"/>.</summary>
    public Dictionary<string, long> Nulls(string target, string segment) => nulls[Index(targets, target)][Index(segments, segment)] ?? [];

    /// <summary>Adds up the parts' joined counts in row order.</summary>
    public override void Finish()
    {
        foreach (var (_, join) in joins.OrderBy(pair => pair.Key))
        {
            for (var s = 0; s < segments.Length; s++)
            {
                if (rows[s] is not { } segmentRows || join.Rows[s] is not { } partRows)
                {
                    Drop(s);
                    continue;
                }

                AddAll(segmentRows, partRows);
                for (var t = 0; t < targets.Length; t++)
                {
                    if (join.Nulls[t][s] is { } partNulls)
                    {
                        AddAll(nulls[t][s]!, partNulls); // dropped only together with rows[s]
                    }
                }

                if (segmentRows.Count > CompletenessCheck.MaxSegmentValues)
                {
                    Drop(s);
                }
            }
        }

        joins.Clear();
    }

    private RowJoin JoinAt(long firstRow)
    {
        lock (joins)
        {
            if (!joins.TryGetValue(firstRow, out var join))
            {
                join = new RowJoin(targets.Length, segments.Length, columns.Length);
                joins[firstRow] = join;
            }

            return join;
        }
    }

    private static Dictionary<string, long>?[] NewCounts(int count)
    {
        var counts = new Dictionary<string, long>?[count];
        for (var i = 0; i < count; i++)
        {
            counts[i] = new Dictionary<string, long>(StringComparer.Ordinal);
        }

        return counts;
    }

    private static int Index(string[] names, string name)
    {
        var index = Array.IndexOf(names, name);
        return index >= 0 ? index : throw new KeyNotFoundException($"Column '{name}' was not planned.");
    }

    private static void AddAll(Dictionary<string, long> into, Dictionary<string, long> from)
    {
        foreach (var (key, count) in from)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(into, key, out _) += count;
        }
    }

    private void Drop(int segment)
    {
        rows[segment] = null;
        foreach (var target in nulls)
        {
            target[segment] = null;
        }
    }

    /// <summary>One part's columns, lined up by row: filled by the columns' parts, joined when the last one ends.</summary>
    private sealed class RowJoin(int targets, int segments, int columns)
    {
        private int remaining = columns;

        public List<int>?[] NullRows { get; } = new List<int>?[targets];

        public SegmentCodes?[] Codes { get; } = new SegmentCodes?[segments];

        /// <summary>Rows per segment value; null when the segment had too many values in this part.</summary>
        public Dictionary<string, long>?[] Rows { get; } = new Dictionary<string, long>?[segments];

        public Dictionary<string, long>?[][] Nulls { get; } = [.. Enumerable.Range(0, targets).Select(_ => new Dictionary<string, long>?[segments])];

        /// <summary>Counts one column's part in; the last one joins the rows.</summary>
        public void Arrive()
        {
            if (Interlocked.Decrement(ref remaining) == 0)
            {
                Join();
            }
        }

        private void Join()
        {
            for (var s = 0; s < Codes.Length; s++)
            {
                if (Codes[s] is not { Dropped: false } codes)
                {
                    continue;
                }

                var texts = codes.Texts;
                var rowCounts = new long[byte.MaxValue + 1];
                foreach (var code in CollectionsMarshal.AsSpan(codes.PerRow))
                {
                    rowCounts[code]++;
                }

                if (rowCounts.AsSpan(texts.Count).ContainsAnyExcept(0))
                {
                    // A present row whose value never came: the part's pages disagree, so the segment says nothing here.
                    continue;
                }

                Rows[s] = ByText(texts, rowCounts);
                for (var t = 0; t < NullRows.Length; t++)
                {
                    if (NullRows[t] is not { Count: > 0 } nullRows || ReferenceEquals(nullRows, codes.Own))
                    {
                        continue;
                    }

                    var nullCounts = new long[byte.MaxValue + 1];
                    foreach (var row in CollectionsMarshal.AsSpan(nullRows))
                    {
                        nullCounts[codes.PerRow[row]]++;
                    }

                    Nulls[t][s] = ByText(texts, nullCounts);
                }
            }

            Array.Clear(Codes);
            Array.Clear(NullRows);
        }

        private static Dictionary<string, long> ByText(List<string> texts, long[] counts)
        {
            var byText = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var code = 0; code < texts.Count; code++)
            {
                if (counts[code] > 0)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(byText, texts[code], out _) += counts[code];
                }
            }

            return byText;
        }
    }

    /// <summary>
    /// A segment column's code per row in one part, one byte each (a segment has at most
    /// <see cref="CompletenessCheck.MaxSegmentValues"/> values before it is dropped), and the text of each code
    /// (<c>(null)</c> for nulls).
    /// </summary>
    private sealed class SegmentCodes
    {
        private const byte Pending = byte.MaxValue;

        private const int MaxInstances = 1024;
        private readonly Dictionary<string, int> byInstance = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, int> byText = new(StringComparer.Ordinal);
        private readonly HashSet<string> distinct = new(StringComparer.Ordinal);
        private int[]? dictionaryCodes;
        private string? dictionaryFirst;
        private int nextPending;

        public SegmentCodes()
        {
            Texts.Add(NullText);
            distinct.Add(NullText);
        }

        public List<byte> PerRow { get; } = [];

        public List<string> Texts { get; } = [];

        public bool Dropped { get; private set; }

        /// <summary>The null rows of the same column when it is also a checked column (a column is not its own segment).</summary>
        public List<int>? Own { get; set; }

        /// <summary>Rows whose value is still to come: marked, then filled in order by <see cref="Filler"/>.</summary>
        public void AddRows(int count, ReadOnlySpan<bool> present)
        {
            var start = PerRow.Count;
            CollectionsMarshal.SetCount(PerRow, start + count);
            var added = CollectionsMarshal.AsSpan(PerRow).Slice(start, count);
            if (present.IsEmpty)
            {
                added.Fill(Pending);
                return;
            }

            for (var i = 0; i < count; i++)
            {
                added[i] = present[i] ? Pending : (byte)0;
            }
        }

        /// <summary>A cursor over the rows still waiting for a code, for one batch of values; <see cref="Filler.Done"/> keeps its place.</summary>
        public Filler Fill() => new(this, CollectionsMarshal.AsSpan(PerRow), nextPending);

        /// <summary>Puts each value's code on the next present row (a value past the last present row is left out).</summary>
        public ref struct Filler(SegmentCodes owner, Span<byte> rows, int next)
        {
            private readonly Span<byte> perRow = rows;
            private int next = next;

            public void Put(int code)
            {
                while (next < perRow.Length && perRow[next] != Pending)
                {
                    next++;
                }

                if (next < perRow.Length)
                {
                    perRow[next++] = (byte)code;
                }
            }

            public readonly void Done() => owner.nextPending = next;
        }

        public int CodeOf(string text)
        {
            ref var code = ref CollectionsMarshal.GetValueRefOrAddDefault(byInstance.Count <= MaxInstances ? byInstance : byText, text, out var existed);
            if (!existed)
            {
                // Several instances of one text share its first code, so the counts by text add up either way.
                if (!byText.TryGetValue(text, out var known))
                {
                    known = Texts.Count;
                    Texts.Add(text);
                    byText[text] = known;
                    if (distinct.Add(text) && distinct.Count > CompletenessCheck.MaxSegmentValues + 1)
                    {
                        Dropped = true;
                    }
                }

                code = known;
            }

            return code;
        }

        /// <summary>The segment code of each entry of this part's dictionary (a part is one column chunk, with one dictionary).</summary>
        public int[] DictionaryCodes(ReadOnlySpan<string?> dictionary)
        {
            if (dictionaryCodes is null || dictionaryCodes.Length != dictionary.Length || (dictionary.Length > 0 && !ReferenceEquals(dictionaryFirst, dictionary[0])))
            {
                dictionaryCodes = new int[dictionary.Length];
                Array.Fill(dictionaryCodes, -1);
                dictionaryFirst = dictionary.Length > 0 ? dictionary[0] : null;
            }

            return dictionaryCodes;
        }
    }

    /// <summary>One column's feed: the checked column's null rows, the segment column's codes, or both.</summary>
    private sealed class Feed(NullSegmentsAccumulator owner, int target, int segment, long firstRow) : ColumnAccumulator
    {
        private readonly RowJoin? join = firstRow < 0 ? null : owner.JoinAt(firstRow);

        // Handed to the row join when the part ends and let go of here: a scan keeps every row group's parts until it
        // merges them, and a byte per row per segment column held that long is 0.5 GB at 100M rows.
        private List<int>? nullRows = firstRow >= 0 && target >= 0 ? [] : null;
        private SegmentCodes? codes = firstRow >= 0 && segment >= 0 ? new SegmentCodes() : null;
        private int rowsSeen;

        public override bool NeedsRowPresence => true;

        public override bool NeedsValues => segment >= 0;

        public override ColumnAccumulator CreateEmpty() =>
            throw new NotSupportedException("Segments are lined up by row: a scanner makes the parts with CreatePart.");

        public override ColumnAccumulator CreatePart(long firstRow) => new Feed(owner, target, segment, firstRow);

        /// <summary>The parts' counts are joined and added up by the accumulator, in row order, when the pass is done.</summary>
        public override void Merge(ColumnAccumulator other)
        {
        }

        public override void EndPart()
        {
            if (join is null)
            {
                return;
            }

            if (nullRows is not null)
            {
                join.NullRows[target] = nullRows;
            }

            if (codes is not null)
            {
                codes.Own = nullRows;
                join.Codes[segment] = codes;
            }

            nullRows = null;
            codes = null;
            join.Arrive();
        }

        public override void AddPresence(int rows, ReadOnlySpan<bool> present)
        {
            if (nullRows is not null && !present.IsEmpty)
            {
                for (var i = 0; i < rows; i++)
                {
                    if (!present[i])
                    {
                        nullRows.Add(rowsSeen + i);
                    }
                }
            }

            codes?.AddRows(rows, present);
            rowsSeen += rows;
        }

        public override void AddNulls(long count)
        {
        }

        public override void AddSkippedValues(long count)
        {
        }

        public override void AddBooleans(ReadOnlySpan<bool> values)
        {
            if (codes is not { Dropped: false })
            {
                return;
            }

            var falseCode = codes.CodeOf("false");
            var trueCode = codes.CodeOf("true");
            var fill = codes.Fill();
            foreach (var value in values)
            {
                fill.Put(value ? trueCode : falseCode);
            }

            fill.Done();
        }

        public override void AddStrings(ReadOnlySpan<string?> values)
        {
            if (codes is not { Dropped: false })
            {
                return;
            }

            var fill = codes.Fill();
            foreach (var value in values)
            {
                fill.Put(codes.CodeOf(value!)); // present rows always have a text
            }

            fill.Done();
        }

        public override void AddStringCodes(ReadOnlySpan<int> indices, ReadOnlySpan<string?> dictionary)
        {
            if (codes is not { Dropped: false })
            {
                return;
            }

            var mapped = codes.DictionaryCodes(dictionary);
            var fill = codes.Fill();
            foreach (var index in indices)
            {
                ref var code = ref mapped[index];
                if (code < 0)
                {
                    code = codes.CodeOf(dictionary[index]!); // dictionary entries are never null
                }

                fill.Put(code);
            }

            fill.Done();
        }
    }
}
