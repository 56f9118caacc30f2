using System.Text.Json;
using System.Text.Json.Serialization;

namespace MonitorsAsCode.Engine.Tests.Checks;

/// <summary>
/// <c>Checks/reference/engine_drift_method_cases.json</c>: every drift method, the binnings, the corrections and a
/// dataset drift monitor, computed by numpy/scipy/pandas from the CSV snapshots beside it
/// (see <c>make_engine_drift_method_cases.py</c>).
/// </summary>
internal sealed record MethodCaseFile(
    [property: JsonPropertyName("_generated_by")] string GeneratedBy,
    double[] FixedEdges,
    MethodCaseFile.ColumnCase[] ColumnCases,
    MethodCaseFile.CorrectionCase Corrections,
    MethodCaseFile.DatasetCase Dataset)
{
    private static readonly Lazy<MethodCaseFile> Loaded = new(Load);

    public static MethodCaseFile Instance => Loaded.Value;

    public ColumnCase Case(string name) => Array.Find(ColumnCases, c => c.Name == name)
        ?? throw new KeyNotFoundException($"No column case named '{name}'.");

    public static TheoryData<string> NumericCaseNames() => Names(c => c.Numeric is not null);

    public static TheoryData<string> CategoricalCaseNames() => Names(c => c.Categorical is not null);

    private static TheoryData<string> Names(Func<ColumnCase, bool> where)
    {
        var names = new TheoryData<string>();
        foreach (var item in Instance.ColumnCases)
        {
            if (where(item))
            {
                names.Add(item.Name);
            }
        }

        return names;
    }

    private static MethodCaseFile Load()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        using var stream = File.OpenRead(Path.Combine(ReferenceCaseFile.Folder, "engine_drift_method_cases.json"));
        return JsonSerializer.Deserialize<MethodCaseFile>(stream, options)
            ?? throw new InvalidOperationException("engine_drift_method_cases.json is empty.");
    }

    /// <summary>A CSV pair of engine_drift_cases.json and what every method makes of it.</summary>
    internal sealed record ColumnCase(string Name, string Type, NullShares Nulls, NumericExpectation? Numeric, CategoricalExpectation? Categorical);

    internal sealed record NullShares(double Reference, double Current, double Pvalue);

    internal sealed record Test(double Statistic, double Pvalue);

    /// <summary>Anderson–Darling and Cramér–von Mises are null where scipy refuses the samples.</summary>
    internal sealed record NumericExpectation(Test Ks, Test? AndersonDarling, Test? CramerVonMises, double Energy, Counts Deciles, Counts Sturges, Counts Edges, Percentiles Percentiles);

    internal sealed record Percentiles(double[] Reference, double[] Current);

    /// <summary>Every binned method on one set of aligned counts.</summary>
    internal sealed record Counts(double Psi, double JensenShannon, double Kl, double Hellinger, double TotalVariation, double LInfinity, Test ChiSquare);

    /// <summary>z is null unless the column has exactly two categories.</summary>
    internal sealed record CategoricalExpectation(Counts Counts, Test? Z);

    internal sealed record CorrectionCase(double[] Pvalues, double[] BenjaminiHochberg, double[] Bonferroni);

    internal sealed record DatasetCase(
        string Reference,
        string Current,
        Dictionary<string, string> Types,
        Dictionary<string, double> Importance,
        DatasetColumn[] Columns,
        double WeightedDriftedShare,
        int DriftedCount);

    internal sealed record DatasetColumn(string Column, string Method, double Value, NullShares Nulls, double? AdjustedPvalue, bool Drifted);
}
