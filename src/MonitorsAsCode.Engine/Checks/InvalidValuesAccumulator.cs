using System.Globalization;
using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// A validity monitor's invalid values, counted per value by invariant text while the pass goes by: outside
/// <c>[min, max]</c> (NaN is below), not in the allowed list, or not among the values seen in the reference.
/// Only invalid values are kept, each asking the budget for room.
/// </summary>
internal sealed class InvalidValuesAccumulator : ColumnFedAccumulator
{
    private readonly string column;
    private readonly string monitorId;
    private readonly MemoryBudget budget;
    private readonly string? notNumeric;
    private readonly Feed root;

    public InvalidValuesAccumulator(string column, ColumnKind kind, double? min, double? max, HashSet<string>? allowed, HashSet<string>? seen, MemoryBudget budget, string monitorId)
    {
        this.column = column;
        this.monitorId = monitorId;
        this.budget = budget;
        var hasRange = min is not null || max is not null;
        notNumeric = hasRange && kind is not (ColumnKind.Double or ColumnKind.Int64) ? $"column '{column}' is not numeric, so it has no min/max range" : null;
        root = new Feed(this, new Rules(kind, hasRange, min ?? double.NegativeInfinity, max ?? double.PositiveInfinity, allowed, seen));
    }

    public override IReadOnlyList<string> Columns => [column];

    public override IReadOnlyList<ColumnAccumulator> Feeds => [root];

    /// <summary>Invalid values by text.</summary>
    public Dictionary<string, long> Invalid => Failure is { } failure ? throw new MemoryLimitException(failure) : root.Invalid.Counts;

    public long InvalidCount => root.InvalidCount;

    public long Below => root.Below;

    public long Above => root.Above;

    /// <summary>Why the monitor cannot be measured, or null.</summary>
    public string? Failure => notNumeric ?? (root.Refused ? Refusal : null);

    private string Refusal =>
        $"monitor '{monitorId}' counts the distinct invalid values of '{column}', and they need more than the memory limit of {MemoryBudget.Size(budget.Limit ?? 0)}";

    /// <summary>What makes a value invalid, and the kind its values arrive as.</summary>
    private sealed record Rules(ColumnKind Kind, bool HasRange, double Low, double High, HashSet<string>? Allowed, HashSet<string>? Seen)
    {
        public bool Listed => Allowed is not null || Seen is not null;

        public bool IsUnlisted(string text) => (Allowed is not null && !Allowed.Contains(text)) || (Seen is not null && !Seen.Contains(text));
    }

    private sealed class Feed(InvalidValuesAccumulator owner, Rules rules) : ColumnAccumulator
    {
        // Text values already judged, by string instance (a dictionary page hands the same instances over and over).
        private const int MaxDecided = 4096;
        private Dictionary<string, bool>? decided;

        // The judgement of each entry of the dictionary of this part's column chunk (one per chunk; a part is one
        // chunk): 0 not yet judged, 1 valid, 2 invalid. Its first entry and length tell it from another dictionary.
        private string? judgedFirst;
        private byte[]? judgements;

        public BudgetedCounts Invalid { get; } = new(owner.budget);

        public long InvalidCount { get; private set; }

        public long Below { get; private set; }

        public long Above { get; private set; }

        public bool Refused { get; private set; }

        public override bool NeedsValues => owner.notNumeric is null && (rules.HasRange || rules.Listed);

        public override ColumnAccumulator CreateEmpty() => new Feed(owner, rules);

        public override void Merge(ColumnAccumulator other)
        {
            var part = (Feed)other;
            InvalidCount += part.InvalidCount;
            Below += part.Below;
            Above += part.Above;
            Refused |= part.Refused;
            if (!Refused && !Invalid.AddAll(part.Invalid))
            {
                Refused = true;
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
                var bad = OutOfRange(value);
                string? text = null;
                if (!bad && rules.Listed)
                {
                    text = value.ToString("R", CultureInfo.InvariantCulture);
                    bad = rules.IsUnlisted(text);
                }

                if (bad)
                {
                    CountInvalid(text ?? value.ToString("R", CultureInfo.InvariantCulture));
                }
            }
        }

        public override void AddInt64s(ReadOnlySpan<long> values)
        {
            var timestamps = rules.Kind == ColumnKind.Timestamp;
            foreach (var value in values)
            {
                var bad = !timestamps && OutOfRange(value);
                string? text = null;
                if (!bad && rules.Listed)
                {
                    text = Text(value, timestamps);
                    bad = rules.IsUnlisted(text);
                }

                if (bad)
                {
                    CountInvalid(text ?? Text(value, timestamps));
                }
            }
        }

        public override void AddInt32s(ReadOnlySpan<int> values)
        {
            if (!rules.Listed)
            {
                return;
            }

            foreach (var day in values)
            {
                var text = TimestampText.FormatDate(day);
                if (rules.IsUnlisted(text))
                {
                    CountInvalid(text);
                }
            }
        }

        public override void AddBooleans(ReadOnlySpan<bool> values)
        {
            if (!rules.Listed)
            {
                return;
            }

            long trues = 0;
            foreach (var value in values)
            {
                trues += value ? 1 : 0;
            }

            // Each of the two values is judged once and counted by how often it came.
            CountIfUnlisted("true", trues);
            CountIfUnlisted("false", values.Length - trues);
        }

        public override void AddStrings(ReadOnlySpan<string?> values)
        {
            if (!rules.Listed)
            {
                return;
            }

            foreach (var value in values)
            {
                var text = value!; // a present row always has a text
                bool bad;
                if ((decided ??= new(ReferenceEqualityComparer.Instance)).Count < MaxDecided)
                {
                    ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(decided, text, out var existed);
                    if (!existed)
                    {
                        known = rules.IsUnlisted(text);
                    }

                    bad = known;
                }
                else
                {
                    bad = rules.IsUnlisted(text);
                }

                if (bad)
                {
                    CountInvalid(text);
                }
            }
        }

        public override void AddStringCodes(ReadOnlySpan<int> codes, ReadOnlySpan<string?> dictionary)
        {
            if (!rules.Listed)
            {
                return;
            }

            if (judgements is null || judgements.Length != dictionary.Length || (dictionary.Length > 0 && !ReferenceEquals(judgedFirst, dictionary[0])))
            {
                judgedFirst = dictionary.Length > 0 ? dictionary[0] : null;
                judgements = new byte[dictionary.Length];
            }

            foreach (var code in codes)
            {
                ref var judged = ref judgements[code];
                if (judged == 0)
                {
                    judged = rules.IsUnlisted(dictionary[code]!) ? (byte)2 : (byte)1; // dictionary entries are never null
                }

                if (judged == 2)
                {
                    CountInvalid(dictionary[code]!); // dictionary entries are never null
                }
            }
        }

        private bool OutOfRange(double value)
        {
            if (!rules.HasRange)
            {
                return false;
            }

            if (double.IsNaN(value) || value < rules.Low)
            {
                Below += double.IsNaN(value) ? 0 : 1;
                return true;
            }

            if (value > rules.High)
            {
                Above++;
                return true;
            }

            return false;
        }

        private static string Text(long value, bool timestamp) =>
            timestamp ? TimestampText.Format(value) : value.ToString(CultureInfo.InvariantCulture);

        private void CountIfUnlisted(string text, long count)
        {
            if (count > 0 && rules.IsUnlisted(text))
            {
                InvalidCount += count;
                Add(text, count);
            }
        }

        private void CountInvalid(string text)
        {
            InvalidCount++;
            Add(text, 1);
        }

        private void Add(string text, long count)
        {
            if (!Refused && !Invalid.Add(text, count))
            {
                Refused = true;
            }
        }
    }
}
