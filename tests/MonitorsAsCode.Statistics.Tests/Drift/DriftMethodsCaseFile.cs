using System.Text.Json;
using System.Text.Json.Serialization;

namespace MonitorsAsCode.Statistics.Tests.Drift;

/// <summary>
/// The reference values in <c>Drift/reference/drift_methods_cases.json</c>, computed by numpy and
/// scipy (see <c>make_drift_methods_cases.py</c>) and embedded in the test assembly.
/// </summary>
internal sealed record DriftMethodsCaseFile(
    [property: JsonPropertyName("_generated_by")] string GeneratedBy,
    DriftMethodsCaseFile.NumericCase[] NumericCases,
    DriftMethodsCaseFile.CountCase[] CountCases,
    DriftMethodsCaseFile.KolmogorovCase[] KolmogorovCases,
    DriftMethodsCaseFile.ExactKolmogorovSmirnovCase[] ExactKolmogorovSmirnovCases,
    DriftMethodsCaseFile.EnergyScalingCase EnergyScaling)
{
    private const string ResourceName = "drift_methods_cases.json";

    private static readonly Lazy<DriftMethodsCaseFile> Loaded = new(Load);

    /// <summary>The file, parsed once; System.Text.Json reads numbers in the invariant format.</summary>
    public static DriftMethodsCaseFile Instance => Loaded.Value;

    public NumericCase Numeric(string name) => Array.Find(NumericCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No numeric case named '{name}'.");

    public CountCase Counts(string name) => Array.Find(CountCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No count case named '{name}'.");

    public static TheoryData<string> NumericCaseNames() => Names(Instance.NumericCases, c => c.Name, _ => true);

    public static TheoryData<string> NumericCaseNames(Func<NumericCase, bool> where) => Names(Instance.NumericCases, c => c.Name, where);

    public static TheoryData<string> CountCaseNames() => Names(Instance.CountCases, c => c.Name, _ => true);

    public static TheoryData<string> CountCaseNames(Func<CountCase, bool> where) => Names(Instance.CountCases, c => c.Name, where);

    private static TheoryData<string> Names<T>(T[] cases, Func<T, string> name, Func<T, bool> where)
    {
        var data = new TheoryData<string>();
        foreach (var item in cases)
        {
            if (where(item))
            {
                data.Add(name(item));
            }
        }

        return data;
    }

    private static DriftMethodsCaseFile Load()
    {
        using var stream = typeof(DriftMethodsCaseFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        return JsonSerializer.Deserialize<DriftMethodsCaseFile>(stream, options)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is empty.");
    }

    /// <summary>
    /// A sample as listed values, or, for the large samples, as distinct values each repeated
    /// <see cref="Repeats"/> times (every statistic here depends only on the multiset of values).
    /// </summary>
    internal sealed record Sample(double[] Values, int[]? Repeats)
    {
        private double[]? _expanded;

        /// <summary>
        /// The values of the sample; repeated values are spread in a seeded shuffle so the code under
        /// test never sees them presorted.
        /// </summary>
        public double[] Expand() => _expanded ??= Repeats is null ? Values : Shuffled(Values, Repeats);

        private static double[] Shuffled(double[] values, int[] repeats)
        {
            var expanded = new List<double>();
            for (var i = 0; i < values.Length; i++)
            {
                expanded.AddRange(Enumerable.Repeat(values[i], repeats[i]));
            }

            var array = expanded.ToArray();
            new Random(20240612).Shuffle(array);
            return array;
        }
    }

    /// <summary>Two numeric samples and what numpy and scipy make of them.</summary>
    internal sealed record NumericCase(string Name, Sample Reference, Sample Current, NumericExpectation Expected);

    /// <summary>
    /// <see cref="AndersonDarling"/> is null where scipy raises or returns nan (fewer than four values
    /// together, or a single distinct value); <see cref="CramerVonMises"/> where scipy raises (a sample
    /// of fewer than two values). Counts are of the reference's ten quantile bins, as in drift_cases.json.
    /// </summary>
    internal sealed record NumericExpectation(
        double KsStatistic,
        double KsPvalue,
        bool KsExact,
        TestExpectation? AndersonDarling,
        CramerVonMisesExpectation? CramerVonMises,
        double Energy,
        double ReferenceStd,
        double EnergyNormed,
        long[] ReferenceCounts,
        long[] CurrentCounts,
        double Kl,
        double Hellinger);

    internal sealed record TestExpectation(double Statistic, double Pvalue);

    internal sealed record CramerVonMisesExpectation(double Statistic, double Pvalue, bool Exact);

    /// <summary>Aligned counts over the union of both samples' categories.</summary>
    internal sealed record CountCase(string Name, long[] ReferenceCounts, long[] CurrentCounts, CountExpectation Expected);

    /// <summary><see cref="ZTest"/> is null unless there are exactly two categories and the pooled variance is not zero.</summary>
    internal sealed record CountExpectation(
        double Kl,
        double Hellinger,
        double TotalVariation,
        double LInfinity,
        ChiSquareExpectation ChiSquare,
        ZTestExpectation? ZTest);

    internal sealed record ChiSquareExpectation(double Statistic, int Dof, double Pvalue);

    internal sealed record ZTestExpectation(double Statistic, double Pvalue, double ReferenceProportion, double CurrentProportion);

    /// <summary><c>scipy.stats.kstwo.sf(x, n)</c>.</summary>
    internal sealed record KolmogorovCase(int N, double X, double Sf);

    /// <summary>Two samples and scipy's energy distance of both multiplied by each factor, raw and normed.</summary>
    internal sealed record EnergyScalingCase(double[] Reference, double[] Current, EnergyScalingFactor[] Scalings);

    internal sealed record EnergyScalingFactor(double Factor, double Energy, double EnergyNormed);

    /// <summary>The exact two-sided ks_2samp p-value for D = h / lcm(n1, n2).</summary>
    internal sealed record ExactKolmogorovSmirnovCase(int N1, int N2, long H, double Statistic, double Pvalue);
}
