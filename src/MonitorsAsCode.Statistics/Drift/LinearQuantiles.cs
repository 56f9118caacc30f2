using System.Buffers;

namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// Quantiles as numpy's default <c>np.quantile(values, levels)</c> (<c>method='linear'</c>, Hyndman &amp; Fan
/// type 7) computes them: with the n values in ascending order x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·q, the
/// quantile at q is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋), interpolated from the nearer end as numpy's
/// <c>_lerp</c> does, so the result matches numpy bit for bit.
/// </summary>
/// <remarks>
/// Only the order statistics the levels need are found, never by a full O(n·log n) sort; this is what keeps
/// drift on millions of rows fast. Large samples are first counted into 65,536 equal-width buckets between
/// their minimum and maximum (a monotone map, so bucket order is value order), which locates each wanted
/// rank in one bucket; only those buckets' values are copied out and selected from. Small samples, and the
/// buckets, use a multi-target quickselect with a three-way partition, so heavy ties stay linear. The values
/// are only read: a drift monitor passes a snapshot's column itself, and a copy of a million-row column per
/// side is what this avoids (large samples copy only the buckets that hold a wanted rank, small ones are
/// copied whole before selecting).
/// </remarks>
public static class LinearQuantiles
{
    private const int SortThreshold = 32;
    private const int BucketThreshold = 1 << 14;
    private const int BucketCount = 1 << 16;
    private const int LargeBuckets = 1 << 12;

    /// <summary>
    /// The quantiles of <paramref name="values"/> at <paramref name="levels"/> (each in [0, 1]), in the
    /// order of the levels. <paramref name="values"/> is left as it is.
    /// </summary>
    /// <exception cref="ArgumentException">The values are empty or hold a non-finite value, or a level is outside [0, 1].</exception>
    public static double[] Of(ReadOnlySpan<double> values, ReadOnlySpan<double> levels)
    {
        if (values.Length < BucketThreshold)
        {
            SampleArguments.ThrowIfEmptyOrNotFinite(values, nameof(values), "sample"); // large samples: checked in the range sweep
        }

        var last = values.Length - 1;
        var ranks = new List<int>(levels.Length * 2);
        foreach (var level in levels)
        {
            if (!(level >= 0 && level <= 1))
            {
                throw new ArgumentException($"Quantile levels must be within [0, 1]; got {level.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", nameof(levels));
            }

            var lower = (int)Math.Floor(last * level);
            ranks.Add(lower);
            ranks.Add(Math.Min(lower + 1, last));
        }

        ranks.Sort();
        var distinct = new List<int>(ranks.Count);
        foreach (var rank in ranks)
        {
            if (distinct.Count == 0 || distinct[^1] != rank)
            {
                distinct.Add(rank);
            }
        }

        var wanted = distinct.ToArray();
        var ordered = new double[wanted.Length];
        if (values.Length < BucketThreshold || !SelectByBuckets(values, wanted, ordered))
        {
            // Small, or a range too wide to bucket (near ±double.MaxValue): select in a copy.
            var copy = values.ToArray();
            Select(copy, 0, wanted, DepthLimit(copy.Length));
            for (var i = 0; i < wanted.Length; i++)
            {
                ordered[i] = copy[wanted[i]];
            }
        }

        var quantiles = new double[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            quantiles[i] = Interpolate(wanted, ordered, last, levels[i]);
        }

        return quantiles;
    }

    // numpy's _lerp: a + (b − a)·t, or b − (b − a)·(1 − t) once t ≥ 0.5.
    private static double Interpolate(int[] ranks, double[] ordered, int last, double level)
    {
        var virtualIndex = last * level;
        if (virtualIndex >= last)
        {
            return ordered[Array.BinarySearch(ranks, last)];
        }

        var previous = Math.Floor(virtualIndex);
        var gamma = virtualIndex - previous;
        var a = ordered[Array.BinarySearch(ranks, (int)previous)];
        var b = ordered[Array.BinarySearch(ranks, (int)previous + 1)];
        var difference = b - a;
        return gamma >= 0.5 ? b - (difference * (1 - gamma)) : a + (difference * gamma);
    }

    private static int DepthLimit(int length) => (2 * (int)Math.Log2(length + 1)) + 8;

    /// <summary>
    /// Finds the values of <paramref name="ranks"/> (ascending) by bucket counting; false when the range
    /// cannot be bucketed (its width overflows), leaving the work to quickselect.
    /// </summary>
    private static bool SelectByBuckets(ReadOnlySpan<double> values, int[] ranks, double[] ordered)
    {
        var (minimum, maximum) = Descriptive.FiniteExtremes.Of(values, out var finite);
        if (!finite)
        {
            SampleArguments.ThrowIfEmptyOrNotFinite(values, nameof(values), "sample"); // names the first value that is not
        }

        if (minimum == maximum)
        {
            Array.Fill(ordered, minimum); // all equal; a mix of −0 and +0 answers −0, the minimum as Math.Min finds it
            return true;
        }

        var scale = BucketCount / (maximum - minimum);
        if (!double.IsFinite(scale) || scale <= 0)
        {
            return false;
        }

        // Two tables of 65,536 counts per call: rented, since a drift monitor calls this for every column.
        var counts = ArrayPool<int>.Shared.Rent(BucketCount);
        var slots = ArrayPool<int>.Shared.Rent(BucketCount);
        try
        {
            Array.Clear(counts, 0, BucketCount);
            Array.Clear(slots, 0, BucketCount);
            SelectInBuckets(values, ranks, ordered, minimum, scale, counts, slots);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<int>.Shared.Return(slots);
        }

        return true;
    }

    // Long on purpose: two passes over millions of values and the selection inside the buckets that hold the ranks, in
    // one method so the spans and positions stay in registers.
    private static void SelectInBuckets(ReadOnlySpan<double> values, int[] ranks, double[] ordered, double minimum, double scale, int[] counts, int[] slots)
    {
        foreach (var value in values)
        {
            counts[Bucket(value, minimum, scale)]++;
        }

        // The bucket of each rank, and the first rank each bucket holds.
        var rankBuckets = new int[ranks.Length];
        var wantedBuckets = new List<int>();
        var starts = new List<int>();
        var start = 0;
        var next = 0;
        for (var bucket = 0; bucket < BucketCount && next < ranks.Length; bucket++)
        {
            var end = start + counts[bucket];
            while (next < ranks.Length && ranks[next] < end)
            {
                if (wantedBuckets.Count == 0 || wantedBuckets[^1] != bucket)
                {
                    wantedBuckets.Add(bucket);
                    starts.Add(start);
                    slots[bucket] = wantedBuckets.Count;
                }

                rankBuckets[next++] = wantedBuckets.Count - 1;
            }

            start = end;
        }

        // Integers and other heavily tied values fill a bucket with one value repeated: when the wanted buckets
        // are large, one pass finds which of them hold a single value, whose ranks need no copy and no selection.
        var lowest = new double[wantedBuckets.Count];
        var highest = new double[wantedBuckets.Count];
        long wantedValues = 0;
        foreach (var bucket in wantedBuckets)
        {
            wantedValues += counts[bucket];
        }

        var single = new bool[wantedBuckets.Count];
        if (wantedValues > LargeBuckets)
        {
            Array.Fill(lowest, double.PositiveInfinity);
            Array.Fill(highest, double.NegativeInfinity);
            foreach (var value in values)
            {
                var slot = slots[Bucket(value, minimum, scale)];
                if (slot != 0)
                {
                    // Finite values: plain comparisons, not Math.Min's NaN and signed-zero rules (a bucket of zeros of
                    // both signs still counts as holding a single value).
                    lowest[slot - 1] = value < lowest[slot - 1] ? value : lowest[slot - 1];
                    highest[slot - 1] = value > highest[slot - 1] ? value : highest[slot - 1];
                }
            }

            for (var k = 0; k < single.Length; k++)
            {
                single[k] = lowest[k] == highest[k];
                if (single[k])
                {
                    slots[wantedBuckets[k]] = 0;
                }
            }
        }

        var contents = new double[wantedBuckets.Count][];
        var filled = new int[wantedBuckets.Count];
        var copies = false;
        for (var k = 0; k < contents.Length; k++)
        {
            contents[k] = single[k] ? [] : new double[counts[wantedBuckets[k]]];
            copies |= !single[k];
        }

        if (copies)
        {
            foreach (var value in values)
            {
                var slot = slots[Bucket(value, minimum, scale)];
                if (slot != 0)
                {
                    contents[slot - 1][filled[slot - 1]++] = value;
                }
            }
        }

        for (var k = 0; k < contents.Length; k++)
        {
            if (single[k])
            {
                for (var i = 0; i < ranks.Length; i++)
                {
                    if (rankBuckets[i] == k)
                    {
                        ordered[i] = lowest[k];
                    }
                }

                continue;
            }

            var local = new List<int>();
            for (var i = 0; i < ranks.Length; i++)
            {
                if (rankBuckets[i] == k)
                {
                    local.Add(ranks[i] - starts[k]);
                }
            }

            Select(contents[k], 0, local.ToArray(), DepthLimit(contents[k].Length));
            for (var i = 0; i < ranks.Length; i++)
            {
                if (rankBuckets[i] == k)
                {
                    ordered[i] = contents[k][ranks[i] - starts[k]];
                }
            }
        }
    }

    // Monotone in the value (a subtraction, a multiplication by a positive constant, a truncation), so a
    // lower bucket never holds a larger value than a higher one.
    private static int Bucket(double value, double minimum, double scale) =>
        Math.Min((int)((value - minimum) * scale), BucketCount - 1);

    /// <summary>Puts the value of each rank (absolute, ascending) at its sorted position within <paramref name="slice"/>, which starts at <paramref name="offset"/>.</summary>
    private static void Select(Span<double> slice, int offset, ReadOnlySpan<int> ranks, int depth)
    {
        while (!ranks.IsEmpty)
        {
            if (slice.Length <= SortThreshold || depth-- == 0)
            {
                slice.Sort();
                return;
            }

            var pivot = MedianOfThree(slice[0], slice[slice.Length / 2], slice[^1]);

            // Three-way partition: [0, less) < pivot, [less, greater) == pivot, [greater, length) > pivot.
            int less = 0, i = 0, greater = slice.Length;
            while (i < greater)
            {
                var value = slice[i];
                if (value < pivot)
                {
                    slice[i] = slice[less];
                    slice[less] = value;
                    less++;
                    i++;
                }
                else if (value > pivot)
                {
                    greater--;
                    slice[i] = slice[greater];
                    slice[greater] = value;
                }
                else
                {
                    i++;
                }
            }

            var split = 0;
            while (split < ranks.Length && ranks[split] < offset + less)
            {
                split++;
            }

            var right = split;
            while (right < ranks.Length && ranks[right] < offset + greater)
            {
                right++;
            }

            // Recurse into the smaller side with ranks, loop on the other, so the stack stays shallow.
            var leftRanks = ranks[..split];
            var rightRanks = ranks[right..];
            if (leftRanks.Length <= rightRanks.Length)
            {
                Select(slice[..less], offset, leftRanks, depth);
                offset += greater;
                slice = slice[greater..];
                ranks = rightRanks;
            }
            else
            {
                Select(slice[greater..], offset + greater, rightRanks, depth);
                slice = slice[..less];
                ranks = leftRanks;
            }
        }
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
}
