using System.Text.Json;
using System.Text.Json.Serialization;

namespace MonitorsAsCode.Statistics.Tests.Drift;

/// <summary>
/// The reference values in <c>Drift/reference/million_row_cases.json</c>: for samples of 10^6 rows that
/// <see cref="SeededSample"/> regenerates from their specs, what numpy and scipy compute (see
/// <c>make_million_row_cases.py</c>), embedded in the test assembly.
/// </summary>
internal sealed record MillionRowCaseFile(
    [property: JsonPropertyName("_generated_by")] string GeneratedBy,
    MillionRowCaseFile.NumericCase[] NumericCases,
    MillionRowCaseFile.CategoricalCase[] CategoricalCases)
{
    private const string ResourceName = "million_row_cases.json";

    private static readonly Lazy<MillionRowCaseFile> Loaded = new(Load);

    public static MillionRowCaseFile Instance => Loaded.Value;

    public static TheoryData<string> NumericCaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var item in Instance.NumericCases)
        {
            data.Add(item.Name);
        }

        return data;
    }

    public static TheoryData<string> CategoricalCaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var item in Instance.CategoricalCases)
        {
            data.Add(item.Name);
        }

        return data;
    }

    public NumericCase Numeric(string name) => Array.Find(NumericCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No numeric case named '{name}'.");

    public CategoricalCase Categorical(string name) => Array.Find(CategoricalCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No categorical case named '{name}'.");

    private static MillionRowCaseFile Load()
    {
        using var stream = typeof(MillionRowCaseFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        return JsonSerializer.Deserialize<MillionRowCaseFile>(stream, options)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is empty.");
    }

    /// <summary>How to regenerate a sample: <c>normal</c> (mean, sd), <c>integer</c> (offset, k) or <c>weights</c>.</summary>
    internal sealed record SampleSpec(string Kind, ulong Seed, int Count, double? Mean, double? Sd, long? Offset, int? K, int[]? Weights);

    internal sealed record NumericCase(string Name, SampleSpec Reference, SampleSpec Current, NumericExpectation Expected);

    internal sealed record Summary(int Count, double[] Head, double Mean, double Min, double Max);

    internal sealed record NumericExpectation(
        Summary ReferenceSummary,
        Summary CurrentSummary,
        TestExpectation Ks,
        TestExpectation AndersonDarling,
        TestExpectation CramerVonMises,
        double CramerVonMisesExactStatistic,
        double ReferenceStd,
        double Energy,
        double EnergyNormed,
        double Wasserstein,
        double WassersteinNormed,
        double[] Edges,
        long[] ReferenceCounts,
        long[] CurrentCounts,
        CountExpectation Binned);

    internal sealed record TestExpectation(double Statistic, double Pvalue);

    internal sealed record ChiSquareExpectation(double Statistic, int Dof, double Pvalue);

    internal sealed record CountExpectation(
        double Psi,
        double Kl,
        double JensenShannon,
        double Hellinger,
        double TotalVariation,
        double LInfinity,
        ChiSquareExpectation ChiSquare);

    internal sealed record CategoricalCase(string Name, SampleSpec Reference, SampleSpec Current, CategoricalExpectation Expected);

    internal sealed record CategoricalExpectation(
        long[] ReferenceCounts,
        long[] CurrentCounts,
        double Psi,
        double Kl,
        double JensenShannon,
        double Hellinger,
        double TotalVariation,
        double LInfinity,
        ChiSquareExpectation ChiSquare,
        TestExpectation? ZTest);
}
