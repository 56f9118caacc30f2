using System.Text.Json;
using System.Text.Json.Serialization;

namespace MonitorsAsCode.Statistics.Tests.Baselines;

/// <summary>
/// The reference values in <c>Baselines/reference/baseline_cases.json</c>, computed by numpy and statsmodels
/// (see <c>make_baseline_cases.py</c>) and embedded in the test assembly.
/// </summary>
internal sealed record BaselineCaseFile(
    [property: JsonPropertyName("_generated_by")] string GeneratedBy,
    BaselineCaseFile.RobustCase[] Robust,
    BaselineCaseFile.HoltWintersCase[] HoltWinters,
    BaselineCaseFile.GridCase[] HoltWintersGrid,
    BaselineCaseFile.SamePeriodCase[] SamePeriod)
{
    private const string ResourceName = "baseline_cases.json";

    private static readonly Lazy<BaselineCaseFile> Loaded = new(Load);

    public static BaselineCaseFile Instance => Loaded.Value;

    public static TheoryData<string> RobustNames() => new(Instance.Robust.Select(c => c.Name));

    public static TheoryData<string> HoltWintersNames() => new(Instance.HoltWinters.Select(c => c.Name));

    public static TheoryData<string> SamePeriodNames() => new(Instance.SamePeriod.Select(c => c.Name));

    public static TheoryData<string> GridNames() => new(Instance.HoltWintersGrid.Select(c => c.Name));

    private static BaselineCaseFile Load()
    {
        using var stream = typeof(BaselineCaseFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        return JsonSerializer.Deserialize<BaselineCaseFile>(stream, options)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is empty.");
    }

    /// <summary>A sample with np.median, its MAD, its mean absolute deviation from the median and np.quantile quartiles.</summary>
    internal sealed record RobustCase(string Name, double[] Values, double Median, double Mad, double MeanAbsoluteDeviation, double[] Quartiles);

    /// <summary>A series and statsmodels' additive Holt-Winters fit of it with pinned weights and known initial state.</summary>
    internal sealed record HoltWintersCase(
        string Name, int Period, double[] Values, double Alpha, double Beta, double Gamma,
        double InitialLevel, double InitialTrend, double[] InitialSeasonal, double[] Fitted, double Forecast, double Sse);

    /// <summary>A series and the grid weights with the smallest statsmodels SSE.</summary>
    internal sealed record GridCase(string Name, int Period, double[] Values, double Sse, double Alpha, double Beta, double Gamma);

    /// <summary>A series (null = a missing window), its same-period expected value and the median and MAD of its season-over-season changes, by numpy.</summary>
    internal sealed record SamePeriodCase(string Name, int Period, double?[] Values, double Expected, double ChangeMedian, double ChangeMad);
}
