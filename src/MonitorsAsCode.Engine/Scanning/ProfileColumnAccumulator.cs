using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// A column's <see cref="ColumnProfile"/> (and, for text and bool, its value counts) through a columnar reader's scan
/// path: values arrive as spans from pooled buffers and dictionary-encoded text as codes, counted per code and turned
/// into strings once per column chunk. A row format's pass feeds the same class batch by batch (through
/// <see cref="ProfileAccumulator"/>), so a profile is counted by one piece of code whatever the format; the value
/// counts of a row format come from <see cref="ValueCountsAccumulator"/>.
/// </summary>
internal sealed class ProfileColumnAccumulator(ColumnKind kind, string column, BudgetedCounts? counts, MemoryBudget budget) : ColumnAccumulator
{
    private long nulls;
    private long notANumber;
    private long positive;
    private long negative;
    private long finite;
    private double minimum = double.PositiveInfinity;
    private double maximum = double.NegativeInfinity;
    private long trues;
    private long falses;

    private readonly CodeTally codes = new();

    /// <summary>The counts when asked for; null when not.</summary>
    public BudgetedCounts? Counts => counts;

    public override ColumnAccumulator CreateEmpty() => new ProfileColumnAccumulator(kind, column, counts is null ? null : new BudgetedCounts(budget), budget);

    /// <summary>The profile of every row scanned.</summary>
    public ColumnProfile Profile()
    {
        FlushCodes();
        var numeric = kind is ColumnKind.Double or ColumnKind.Int64 or ColumnKind.Timestamp or ColumnKind.Date;
        var any = numeric && finite > 0;
        return new ColumnProfile(nulls + finite + notANumber + positive + negative, nulls)
        {
            NotANumber = notANumber,
            PositiveInfinities = positive,
            NegativeInfinities = negative,
            Finite = finite,
            Minimum = any ? minimum : double.NaN,
            Maximum = any ? maximum : double.NaN,
        };
    }

    /// <summary>Folds the bool counts into the counts, once the scan is done.</summary>
    public void Finish()
    {
        FlushCodes();
        if (counts is null || kind != ColumnKind.Bool)
        {
            return;
        }

        // The order ValueCounts.Of gives bools.
        if (falses > 0)
        {
            counts.Add("false", falses);
        }

        if (trues > 0)
        {
            counts.Add("true", trues);
        }
    }

    public override void AddNulls(long count) => nulls += count;

    public override void AddSkippedValues(long count) => throw new InvalidOperationException("A profile needs the values.");

    public override void AddDoubles(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        // Usually every value is finite: one vector sweep; otherwise value by value, counting NaN and infinities.
        var (lowest, highest) = Statistics.Descriptive.FiniteExtremes.Of(values, out var allFinite);
        if (allFinite)
        {
            finite += values.Length;
            minimum = Math.Min(minimum, lowest);
            maximum = Math.Max(maximum, highest);
            return;
        }

        double low = minimum, high = maximum;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                finite++;
                low = Math.Min(low, value);
                high = Math.Max(high, value);
            }
            else if (double.IsNaN(value))
            {
                notANumber++;
            }
            else if (value > 0)
            {
                positive++;
            }
            else
            {
                negative++;
            }
        }

        (minimum, maximum) = (low, high);
    }

    public override void AddInt64s(ReadOnlySpan<long> values) => AddIntegers(values);

    public override void AddInt32s(ReadOnlySpan<int> values) => AddIntegers(values);

    public override void AddBooleans(ReadOnlySpan<bool> values)
    {
        finite += values.Length;
        var set = values.Count(true);
        trues += set;
        falses += values.Length - set;
    }

    public override void AddStrings(ReadOnlySpan<string?> values)
    {
        finite += values.Length;
        if (counts is null)
        {
            return;
        }

        var byReference = new Dictionary<string, long>(ReferenceEqualityComparer.Instance);
        foreach (var value in values)
        {
            var key = value ?? string.Empty;
            if (byReference.Count > 16_384)
            {
                counts.Add(key, 1);
                continue;
            }

            CollectionsMarshal.GetValueRefOrAddDefault(byReference, key, out _)++;
        }

        foreach (var (key, count) in byReference)
        {
            counts.Add(key, count);
        }
    }

    public override void AddStringCodes(ReadOnlySpan<int> codes, ReadOnlySpan<string?> dictionary)
    {
        finite += codes.Length;
        if (counts is not null)
        {
            this.codes.Add(codes, dictionary, counts.AddCounted);
        }
    }

    public override void Merge(ColumnAccumulator other)
    {
        var part = (ProfileColumnAccumulator)other;
        FlushCodes();
        part.FlushCodes();
        nulls += part.nulls;
        notANumber += part.notANumber;
        positive += part.positive;
        negative += part.negative;
        finite += part.finite;
        minimum = Math.Min(minimum, part.minimum);
        maximum = Math.Max(maximum, part.maximum);
        trues += part.trues;
        falses += part.falses;
        if (counts is not null && part.Counts is not null)
        {
            counts.AddAll(part.Counts);
        }
    }

    /// <summary>The failure message when the counts did not fit the budget.</summary>
    public string Refusal => $"counting the distinct values of column '{column}' needs more than the memory limit of {MemoryBudget.Size(budget.Limit ?? 0)}";

    private void AddIntegers<T>(ReadOnlySpan<T> values)
        where T : System.Numerics.IBinaryInteger<T>
    {
        if (values.IsEmpty)
        {
            return;
        }

        T low = values[0], high = values[0];
        foreach (var value in values)
        {
            low = T.Min(low, value);
            high = T.Max(high, value);
        }

        finite += values.Length;
        minimum = Math.Min(minimum, double.CreateTruncating(low));
        maximum = Math.Max(maximum, double.CreateTruncating(high));
    }

    private void FlushCodes()
    {
        if (counts is not null)
        {
            codes.Flush(counts.AddCounted);
        }
    }
}
