using System.Text.Json;
using System.Text.Json.Serialization;

namespace MonitorsAsCode.Statistics.Tests.Classification;

/// <summary><c>Classification/reference/domain_classifier_cases.json</c>, computed by scipy (see <c>make_domain_classifier_cases.py</c>).</summary>
internal sealed record DomainClassifierCaseFile(
    [property: JsonPropertyName("_generated_by")] string GeneratedBy,
    DomainClassifierCaseFile.AucCase[] AucCases,
    DomainClassifierCaseFile.LogisticCase[] LogisticCases)
{
    private const string ResourceName = "domain_classifier_cases.json";

    private static readonly Lazy<DomainClassifierCaseFile> Loaded = new(Load);

    public static DomainClassifierCaseFile Instance => Loaded.Value;

    public static TheoryData<string> AucCaseNames() => new(Instance.AucCases.Select(c => c.Name));

    public static TheoryData<string> LogisticCaseNames() => new(Instance.LogisticCases.Select(c => c.Name));

    private static DomainClassifierCaseFile Load()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        using var stream = typeof(DomainClassifierCaseFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        return JsonSerializer.Deserialize<DomainClassifierCaseFile>(stream, options)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is empty.");
    }

    /// <summary>Scores with their classes and the AUC scipy's Mann–Whitney U gives.</summary>
    internal sealed record AucCase(string Name, double[] Scores, bool[] Positive, double Auc);

    /// <summary>A design matrix, classes, the penalty, and the minimiser scipy's BFGS found.</summary>
    internal sealed record LogisticCase(string Name, double[][] Features, bool[] Positive, double L2, double Intercept, double[] Weights);
}
