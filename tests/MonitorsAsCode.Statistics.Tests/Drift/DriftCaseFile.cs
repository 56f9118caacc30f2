using System.Text.Json;
using System.Text.Json.Serialization;

namespace MonitorsAsCode.Statistics.Tests.Drift;

/// <summary>
/// The reference values in <c>Drift/reference/drift_cases.json</c>, computed by numpy and scipy
/// (see <c>make_drift_cases.py</c>) and embedded in the test assembly.
/// </summary>
internal sealed record DriftCaseFile(
    [property: JsonPropertyName("_generated_by")] string GeneratedBy,
    DriftCaseFile.NumericCase[] NumericCases,
    DriftCaseFile.CategoricalCase[] CategoricalCases,
    DriftCaseFile.SummaryCase[] SummaryCases)
{
    private const string ResourceName = "drift_cases.json";

    private static readonly Lazy<DriftCaseFile> Loaded = new(Load);

    /// <summary>The file, parsed once; System.Text.Json reads numbers in the invariant format.</summary>
    public static DriftCaseFile Instance => Loaded.Value;

    public NumericCase Numeric(string name) => Array.Find(NumericCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No numeric case named '{name}'.");

    public CategoricalCase Categorical(string name) => Array.Find(CategoricalCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No categorical case named '{name}'.");

    public SummaryCase Summary(string name) => Array.Find(SummaryCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No summary case named '{name}'.");

    public static TheoryData<string> NumericCaseNames() => Names(Instance.NumericCases, c => c.Name);

    public static TheoryData<string> CategoricalCaseNames() => Names(Instance.CategoricalCases, c => c.Name);

    public static TheoryData<string> SummaryCaseNames() => Names(Instance.SummaryCases, c => c.Name);

    private static TheoryData<string> Names<T>(T[] cases, Func<T, string> name)
    {
        var data = new TheoryData<string>();
        foreach (var item in cases)
        {
            data.Add(name(item));
        }

        return data;
    }

    private static DriftCaseFile Load()
    {
        using var stream = typeof(DriftCaseFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        return JsonSerializer.Deserialize<DriftCaseFile>(stream, options)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is empty.");
    }

    /// <summary>Two numeric samples and what numpy and scipy make of them.</summary>
    internal sealed record NumericCase(string Name, int Bins, double[] Reference, double[] Current, NumericExpectation Expected);

    internal sealed record NumericExpectation(
        double[] Edges,
        long[] ReferenceCounts,
        long[] CurrentCounts,
        double Psi,
        double[] PsiContributions,
        double JensenShannon,
        double Wasserstein,
        double ReferenceStd,
        double WassersteinNormed);

    /// <summary>Category counts over the union of both samples' categories, in the order of <see cref="Categories"/>.</summary>
    internal sealed record CategoricalCase(
        string Name,
        string[] Categories,
        long[] ReferenceCounts,
        long[] CurrentCounts,
        CategoricalExpectation Expected);

    internal sealed record CategoricalExpectation(double Psi, double[] PsiContributions, double JensenShannon);

    /// <summary>A sample, where to split it into two summaries to merge, and numpy's statistics of all of it.</summary>
    internal sealed record SummaryCase(string Name, double[] Values, int MergeSplit, SummaryExpectation Expected);

    /// <summary><see cref="Std"/> is <c>np.std(values, ddof=1)</c>, null for fewer than two values.</summary>
    internal sealed record SummaryExpectation(long Count, double Min, double Max, double Mean, double? Std);
}
