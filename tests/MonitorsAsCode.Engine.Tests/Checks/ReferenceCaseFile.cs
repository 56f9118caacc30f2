using System.Text.Json;
using System.Text.Json.Serialization;

namespace MonitorsAsCode.Engine.Tests.Checks;

/// <summary>
/// <c>Checks/reference/engine_drift_cases.json</c> and the CSV snapshots beside it, written and
/// computed by numpy/scipy/pandas (see <c>make_engine_drift_cases.py</c>) and copied to the test output.
/// </summary>
internal sealed record ReferenceCaseFile(
    [property: JsonPropertyName("_generated_by")] string GeneratedBy,
    ReferenceCaseFile.DriftCase[] DriftCases,
    ReferenceCaseFile.ProfileCase Profile)
{
    private static readonly Lazy<ReferenceCaseFile> Loaded = new(Load);

    /// <summary>The folder holding the JSON and the snapshots, in the test output.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Checks", "reference").Replace('\\', '/');

    /// <summary>The file, parsed once; System.Text.Json reads numbers in the invariant format.</summary>
    public static ReferenceCaseFile Instance => Loaded.Value;

    public DriftCase Drift(string name) => Array.Find(DriftCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No drift case named '{name}'.");

    public static TheoryData<string> DriftCaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var item in Instance.DriftCases)
        {
            names.Add(item.Name);
        }

        return names;
    }

    private static ReferenceCaseFile Load()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        using var stream = File.OpenRead(Path.Combine(Folder, "engine_drift_cases.json"));
        return JsonSerializer.Deserialize<ReferenceCaseFile>(stream, options)
            ?? throw new InvalidOperationException("engine_drift_cases.json is empty.");
    }

    /// <summary>A pair of snapshots (columns <c>row</c> and <c>x</c>) and the drift scipy measures between them.</summary>
    internal sealed record DriftCase(string Name, string Type, string Reference, string Current, int Bins, NonFiniteCounts NonFinite, DriftValues Expected);

    /// <summary>NaN and infinite values in each snapshot, left out of the comparison.</summary>
    internal sealed record NonFiniteCounts(long Reference, long Current);

    /// <summary>The expected values; wasserstein is null for categorical columns.</summary>
    internal sealed record DriftValues(double Psi, double JensenShannon, double? Wasserstein);

    /// <summary>One CSV to profile and numpy's statistics of its numeric columns.</summary>
    internal sealed record ProfileCase(string File, long Rows, Dictionary<string, NumericProfile> Columns);

    /// <summary>count, nulls, np.min, np.max, np.mean, np.std(ddof=1) and len(np.unique) of one column.</summary>
    internal sealed record NumericProfile(long Count, long Nulls, double Min, double Max, double Mean, double Std, long Distinct);
}
