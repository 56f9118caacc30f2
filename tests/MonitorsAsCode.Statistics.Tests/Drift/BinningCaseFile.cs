using System.Text.Json;
using System.Text.Json.Serialization;

namespace MonitorsAsCode.Statistics.Tests.Drift;

/// <summary>
/// The reference values in <c>Drift/reference/binning_cases.json</c>, computed by numpy
/// (see <c>make_binning_cases.py</c>) and embedded in the test assembly.
/// </summary>
internal sealed record BinningCaseFile(
    [property: JsonPropertyName("_generated_by")] string GeneratedBy,
    BinningCaseFile.QuantileCase[] QuantileCases,
    BinningCaseFile.SturgesCase[] SturgesCases)
{
    private const string ResourceName = "binning_cases.json";

    private static readonly Lazy<BinningCaseFile> Loaded = new(Load);

    public static BinningCaseFile Instance => Loaded.Value;

    public QuantileCase Quantiles(string name) => Array.Find(QuantileCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No quantile case named '{name}'.");

    public SturgesCase Sturges(string name) => Array.Find(SturgesCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No Sturges case named '{name}'.");

    public static TheoryData<string> QuantileCaseNames() => new(Instance.QuantileCases.Select(c => c.Name));

    public static TheoryData<string> SturgesCaseNames() => new(Instance.SturgesCases.Select(c => c.Name));

    private static BinningCaseFile Load()
    {
        using var stream = typeof(BinningCaseFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        return JsonSerializer.Deserialize<BinningCaseFile>(stream, options)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is empty.");
    }

    /// <summary>A sample and np.quantile of it at the levels.</summary>
    internal sealed record QuantileCase(string Name, DriftMethodsCaseFile.Sample Sample, double[] Levels, double[] Expected);

    /// <summary>Two samples, np.histogram_bin_edges of both together with 'sturges', and np.histogram of each.</summary>
    internal sealed record SturgesCase(string Name, DriftMethodsCaseFile.Sample Reference, DriftMethodsCaseFile.Sample Current, double[] Edges, long[] ReferenceCounts, long[] CurrentCounts);
}
