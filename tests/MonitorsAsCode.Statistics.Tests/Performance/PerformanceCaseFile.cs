using System.Text.Json;
using System.Text.Json.Serialization;

namespace MonitorsAsCode.Statistics.Tests.Performance;

/// <summary><c>Performance/reference/performance_cases.json</c>, computed by scikit-learn, statsmodels and numpy (see <c>make_performance_cases.py</c>).</summary>
internal sealed record PerformanceCaseFile(
    [property: JsonPropertyName("_generated_by")] string GeneratedBy,
    [property: JsonPropertyName("z_975")] double Z975,
    PerformanceCaseFile.ClassificationCase[] ClassificationCases,
    PerformanceCaseFile.RegressionCase[] RegressionCases,
    PerformanceCaseFile.ProportionDifference[] ProportionDifferences)
{
    private const string ResourceName = "performance_cases.json";

    private static readonly Lazy<PerformanceCaseFile> Loaded = new(Load);

    public static PerformanceCaseFile Instance => Loaded.Value;

    public static TheoryData<string> ClassificationNames() => new(Instance.ClassificationCases.Select(c => c.Name));

    public static TheoryData<string> RegressionNames() => new(Instance.RegressionCases.Select(c => c.Name));

    public static ClassificationCase Classification(string name) => Instance.ClassificationCases.Single(c => c.Name == name);

    public static RegressionCase Regression(string name) => Instance.RegressionCases.Single(c => c.Name == name);

    private static PerformanceCaseFile Load()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        using var stream = typeof(PerformanceCaseFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        return JsonSerializer.Deserialize<PerformanceCaseFile>(stream, options)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is empty.");
    }

    /// <summary>Scores, labels (and weights), with what scikit-learn, statsmodels and numpy make of them; null where undefined.</summary>
    internal sealed record ClassificationCase(
        string Name,
        double[] Scores,
        bool[] Positive,
        double[]? Weights,
        double Threshold,
        int Bins,
        double FalsePositiveCost,
        double FalseNegativeCost,
        double? Accuracy,
        double? Precision,
        double? Recall,
        double? F1,
        double? RocAuc,
        double? AveragePrecision,
        double? LogLoss,
        double? Brier,
        double Ece,
        double Cost,
        double[]? AccuracyWilson,
        double[]? PrecisionWilson,
        double[]? RecallWilson,
        DeLongCase? Delong,
        BootstrapCase? Bootstrap);

    /// <summary>Predicted and actual values (and weights), with scikit-learn's errors; null where undefined.</summary>
    internal sealed record RegressionCase(
        string Name,
        double[] Predicted,
        double[] Actual,
        double[]? Weights,
        double Tolerance,
        double Mae,
        double Rmse,
        double Mape,
        double? R2,
        double Within,
        double[]? WithinWilson,
        BootstrapCase? Bootstrap);

    /// <summary>k₁ of n₁ against k₂ of n₂, with statsmodels' Newcombe interval of p₁ − p₂.</summary>
    internal sealed record ProportionDifference(int K1, int N1, int K2, int N2, double[] Interval);

    /// <summary>DeLong's AUC, variance and interval from the ψ matrix.</summary>
    internal sealed record DeLongCase(double Auc, double Variance, double[] Interval);

    /// <summary>Percentile intervals over the SplitMix64 resamples, per statistic (null when more than half were undefined).</summary>
    internal sealed record BootstrapCase(int Resamples, ulong Seed, int[] FirstDraws, Dictionary<string, double[]?> Intervals);
}
