namespace MonitorsAsCode.Statistics.Tests.Drift;

/// <summary>
/// Regenerates the 10^6-row samples of <c>million_row_cases.json</c> from their specs, bit for bit as
/// <c>make_million_row_cases.py</c> does: SplitMix64 draws mapped by integer arithmetic and single correctly
/// rounded operations only, so no library's <c>log</c> or <c>cos</c> can make the two languages disagree.
/// </summary>
internal static class SeededSample
{
    private const ulong Golden = 0x9E3779B97F4A7C15;
    private const double TwoToMinus53 = 1.0 / (1UL << 53);

    /// <summary>The numeric values a spec describes (<c>normal</c> or <c>integer</c>).</summary>
    public static double[] Values(MillionRowCaseFile.SampleSpec spec)
    {
        var values = new double[spec.Count];
        var state = spec.Seed;
        switch (spec.Kind)
        {
            case "normal":
                for (var i = 0; i < values.Length; i++)
                {
                    // Irwin–Hall: twelve 53-bit uniforms summed exactly as integers (12·2^53 < 2^63).
                    long sum = 0;
                    for (var j = 0; j < 12; j++)
                    {
                        sum += (long)Uniform53(ref state);
                    }

                    var z = ((double)sum * TwoToMinus53) - 6.0;
                    values[i] = spec.Mean!.Value + (spec.Sd!.Value * z); // normal specs carry a mean and sd
                }

                break;
            case "integer":
                var k = (ulong)spec.K!.Value; // integer specs carry k (below 2^11, so u·k fits in 64 bits)
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = spec.Offset!.Value + (long)((Uniform53(ref state) * k) >> 53);
                }

                break;
            default:
                throw new InvalidOperationException($"'{spec.Kind}' is not a numeric sample kind.");
        }

        return values;
    }

    /// <summary>The category counts a <c>weights</c> spec describes, over <paramref name="levels"/> categories.</summary>
    public static long[] Counts(MillionRowCaseFile.SampleSpec spec, int levels)
    {
        var weights = spec.Weights ?? throw new InvalidOperationException("A categorical spec needs weights.");
        var cumulative = new ulong[weights.Length];
        ulong total = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += (ulong)weights[i];
            cumulative[i] = total;
        }

        var counts = new long[levels];
        var state = spec.Seed;
        for (var row = 0; row < spec.Count; row++)
        {
            var t = (Uniform53(ref state) * total) >> 53;

            // The first category whose running weight exceeds t (numpy's searchsorted(..., side='right')).
            var category = 0;
            while (cumulative[category] <= t)
            {
                category++;
            }

            counts[category]++;
        }

        return counts;
    }

    /// <summary>SplitMix64 (Vigna's splitmix64.c), keeping the top 53 bits.</summary>
    public static ulong Uniform53(ref ulong state)
    {
        state += Golden;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return (z ^ (z >> 31)) >> 11;
    }
}
