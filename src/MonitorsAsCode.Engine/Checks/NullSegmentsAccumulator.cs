using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// For every completeness monitor's column of a dataset and every candidate segment column (low-cardinality text or
/// bool), the rows per segment value and the nulls of the checked column per segment value: what
/// <see cref="CompletenessCheck"/> needs to say where nulls concentrate. Each batch codes each segment column once and
/// counts only the null rows of each checked column, so many monitors share one cheap pass. A segment column with more
/// than <see cref="CompletenessCheck.MaxSegmentValues"/> distinct values is dropped.
/// </summary>
internal sealed class NullSegmentsAccumulator(IReadOnlyList<string> targets, IReadOnlyList<string> segments) : BatchAccumulator
{
    private const int MaxInstances = 1024;

    // Text-keyed counts, filled when a batch is done: rows[s][value], nulls[t][s][value]; null once a segment has too many values.
    private readonly Dictionary<string, long>?[] rows = NewCounts(segments.Count);
    private readonly Dictionary<string, long>?[][] nulls = targets.Select(_ => NewCounts(segments.Count)).ToArray();

    public override IReadOnlyList<string> Columns { get; } = targets.Concat(segments).Distinct(StringComparer.Ordinal).ToArray();

    public override BatchAccumulator CreateEmpty() => new NullSegmentsAccumulator(targets, segments);

    /// <summary>Rows per value of <paramref name="segment"/> (null rows under <c>(null)</c>), or null when it has too many values.</summary>
    public Dictionary<string, long>? Rows(string segment) => rows[Index(segments, segment)];

    /// <summary>Nulls of <paramref name="target"/> per value of <paramref name="segment"/>.</summary>
    public Dictionary<string, long> Nulls(string target, string segment) => nulls[Index(targets, target)][Index(segments, segment)] ?? [];

    public override void Add(ColumnBatch batch, long firstRow)
    {
        var targetColumns = targets.Select(t => batch[t]).ToArray();
        for (var s = 0; s < segments.Count; s++)
        {
            if (rows[s] is not { } segmentRows)
            {
                continue;
            }

            if (Code(batch[segments[s]]) is not var (codes, texts))
            {
                // More values in this batch alone than a segment may have.
                Drop(s);
                continue;
            }

            var rowCounts = new long[texts.Count];
            foreach (var code in codes)
            {
                rowCounts[code]++;
            }

            AddCounts(segmentRows, texts, rowCounts);
            for (var t = 0; t < targets.Count; t++)
            {
                if (string.Equals(targets[t], segments[s], StringComparison.Ordinal))
                {
                    continue;
                }

                var valid = targetColumns[t].Valid;
                var nullCounts = new long[texts.Count];
                var any = false;
                for (var i = 0; i < valid.Length; i++)
                {
                    if (!valid[i])
                    {
                        nullCounts[codes[i]]++;
                        any = true;
                    }
                }

                if (any)
                {
                    AddCounts(nulls[t][s]!, texts, nullCounts); // dropped only together with rows[s]
                }
            }

            if (segmentRows.Count > CompletenessCheck.MaxSegmentValues)
            {
                Drop(s);
            }
        }
    }

    public override void Merge(BatchAccumulator later)
    {
        var other = (NullSegmentsAccumulator)later;
        for (var s = 0; s < segments.Count; s++)
        {
            if (rows[s] is not { } segmentRows || other.rows[s] is not { } otherRows)
            {
                Drop(s);
                continue;
            }

            AddAll(segmentRows, otherRows);
            for (var t = 0; t < targets.Count; t++)
            {
                AddAll(nulls[t][s]!, other.nulls[t][s]!); // both dropped only together with their rows[s]
            }

            if (segmentRows.Count > CompletenessCheck.MaxSegmentValues)
            {
                Drop(s);
            }
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

    private static int Index(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Column '{name}' was not planned.");
    }

    /// <summary>A code per row and the text of each code (<c>(null)</c> for nulls), coding text by string instance.</summary>
    private static (int[] Codes, List<string> Texts)? Code(Column column)
    {
        var codes = new int[column.Length];
        var texts = new List<string>();
        if (column is BoolColumn booleans)
        {
            texts.AddRange(["(null)", "false", "true"]);
            for (var i = 0; i < codes.Length; i++)
            {
                codes[i] = !booleans.Valid[i] ? 0 : booleans.Values[i] ? 2 : 1;
            }

            return (codes, texts);
        }

        var byInstance = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            var text = column.FormatValue(i) ?? "(null)";
            ref var code = ref CollectionsMarshal.GetValueRefOrAddDefault(byInstance.Count <= MaxInstances ? byInstance : byText, text, out var existed);
            if (!existed)
            {
                code = texts.Count;
                texts.Add(text);
                if (distinct.Add(text) && distinct.Count > CompletenessCheck.MaxSegmentValues)
                {
                    return null;
                }
            }

            codes[i] = code;
        }

        return (codes, texts);
    }

    private static void AddCounts(Dictionary<string, long> into, List<string> texts, long[] counts)
    {
        for (var code = 0; code < counts.Length; code++)
        {
            if (counts[code] > 0)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(into, texts[code], out _) += counts[code];
            }
        }
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
}
