using System.Text;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Results;

namespace MonitorsAsCode.Engine.Tests.Checks;

/// <summary>
/// Every drift method selectable per monitor, measured end to end — YAML, CSV snapshots, the runner — against
/// values scipy and numpy computed from the same files (<c>Checks/reference/make_engine_drift_method_cases.py</c>).
/// </summary>
[UseCulture("de-DE")]
public sealed class DriftMethodReferenceCaseTests
{
    private static readonly string[] BinnedMethods = ["psi", "jensen-shannon", "kl", "hellinger", "total-variation", "l-infinity", "chi-square"];

    [Fact]
    public void The_reference_values_say_how_they_were_generated()
    {
        MethodCaseFile.Instance.GeneratedBy.Should().StartWith("/usr/bin/python3 tests/MonitorsAsCode.Engine.Tests/Checks/reference/make_engine_drift_method_cases.py")
            .And.Contain("scipy").And.Contain("pandas");
    }

    [Theory]
    [MemberData(nameof(MethodCaseFile.NumericCaseNames), MemberType = typeof(MethodCaseFile))]
    public void Tests_on_values_agree_with_scipy(string name)
    {
        var testCase = MethodCaseFile.Instance.Case(name);
        var expected = testCase.Numeric!; // numeric cases only

        var results = Run(testCase, [("ks", "warn: 0.05"), ("anderson-darling", "warn: 0.05"), ("cramer-von-mises", "warn: 0.05"), ("energy", "warn: 0.1")]);

        AssertTest(results["ks"], expected.Ks, name + " ks");
        if (expected.AndersonDarling is { } ad)
        {
            AssertTest(results["anderson-darling"], ad, name + " anderson-darling");
        }
        else
        {
            results["anderson-darling"].Status.Should().Be(CheckStatus.Error);
        }

        if (expected.CramerVonMises is { } cvm)
        {
            AssertTest(results["cramer-von-mises"], cvm, name + " cramer-von-mises");
        }
        else
        {
            results["cramer-von-mises"].Status.Should().Be(CheckStatus.Error);
            results["cramer-von-mises"].Evidence.Summary.Should().StartWith("method cramer-von-mises cannot compare column 'x': ");
        }

        NumericAssert.Measured(results["energy"].Value!.Value, expected.Energy, name + " energy");
        results["energy"].PValue.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(MethodCaseFile.NumericCaseNames), MemberType = typeof(MethodCaseFile))]
    public void Binned_methods_agree_with_numpy_on_reference_deciles_sturges_bins_and_fixed_edges(string name)
    {
        var testCase = MethodCaseFile.Instance.Case(name);
        var expected = testCase.Numeric!; // numeric cases only
        var edges = "edges: [" + string.Join(", ", MethodCaseFile.Instance.FixedEdges.Select(e => e.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";

        var deciles = Run(testCase, [.. BinnedMethods.Select(m => (m, Warn(m)))]);
        var sturges = Run(testCase, [.. BinnedMethods.Select(m => (m, Warn(m) + "\n    binning: sturges"))]);
        var fixedEdges = Run(testCase, [.. BinnedMethods.Select(m => (m, Warn(m) + "\n    " + edges))]);

        AssertCounts(deciles, expected.Deciles, name + " deciles");
        AssertCounts(sturges, expected.Sturges, name + " sturges");
        AssertCounts(fixedEdges, expected.Edges, name + " edges");
    }

    [Theory]
    [MemberData(nameof(MethodCaseFile.NumericCaseNames), MemberType = typeof(MethodCaseFile))]
    public void Percentiles_and_null_shares_in_the_evidence_agree_with_numpy(string name)
    {
        var testCase = MethodCaseFile.Instance.Case(name);

        var result = Run(testCase, [("ks", "warn: 0.05")])["ks"];

        var percentiles = EvidenceText.Table(result.Evidence, "percentiles");
        for (var i = 0; i < 3; i++)
        {
            NumericAssert.Measured(percentiles.Rows[i][1].Number, testCase.Numeric!.Percentiles.Reference[i], $"{name} reference {percentiles.Rows[i][0]}");
            NumericAssert.Measured(percentiles.Rows[i][2].Number, testCase.Numeric!.Percentiles.Current[i], $"{name} current {percentiles.Rows[i][0]}");
        }
        AssertNulls(result, testCase);
    }

    [Theory]
    [MemberData(nameof(MethodCaseFile.CategoricalCaseNames), MemberType = typeof(MethodCaseFile))]
    public void Categorical_methods_agree_with_scipy(string name)
    {
        var testCase = MethodCaseFile.Instance.Case(name);
        var expected = testCase.Categorical!; // categorical cases only

        var results = Run(testCase, [.. BinnedMethods.Select(m => (m, Warn(m))), ("z", "warn: 0.05")]);

        AssertCounts(results, expected.Counts, name);
        if (expected.Z is { } z)
        {
            AssertTest(results["z"], z, name + " z");
        }
        else
        {
            results["z"].Status.Should().Be(CheckStatus.Error);
            results["z"].Evidence.Summary.Should().StartWith("method z compares two categories, and 'x' has ");
        }

        AssertNulls(results["psi"], testCase);
    }

    private static void AssertCounts(Dictionary<string, CheckResult> results, MethodCaseFile.Counts expected, string what)
    {
        NumericAssert.Measured(results["psi"].Value!.Value, expected.Psi, what + " psi");
        NumericAssert.Measured(results["jensen-shannon"].Value!.Value, expected.JensenShannon, what + " jensen-shannon");
        NumericAssert.Measured(results["kl"].Value!.Value, expected.Kl, what + " kl");
        NumericAssert.Measured(results["hellinger"].Value!.Value, expected.Hellinger, what + " hellinger");
        NumericAssert.Measured(results["total-variation"].Value!.Value, expected.TotalVariation, what + " total-variation");
        NumericAssert.Measured(results["l-infinity"].Value!.Value, expected.LInfinity, what + " l-infinity");
        AssertTest(results["chi-square"], expected.ChiSquare, what + " chi-square");
    }

    private static void AssertTest(CheckResult result, MethodCaseFile.Test expected, string what)
    {
        result.Status.Should().NotBe(CheckStatus.Error, "{0} should be measured: {1}", what, result.Evidence.Summary);
        NumericAssert.Measured(result.Statistic!.Value, expected.Statistic, what + " statistic");
        NumericAssert.Measured(result.PValue!.Value, expected.Pvalue, what + " p-value");
        result.Value.Should().Be(result.PValue, "the value of a p-value method is its p-value");
    }

    private static void AssertNulls(CheckResult result, MethodCaseFile.ColumnCase testCase)
    {
        var row = EvidenceText.Table(result.Evidence, "null share").Rows.Should().ContainSingle().Subject;
        NumericAssert.Measured(row[1].Number!.Value, testCase.Nulls.Reference, testCase.Name + " reference null share");
        NumericAssert.Measured(row[2].Number!.Value, testCase.Nulls.Current, testCase.Name + " current null share");
        NumericAssert.Measured(row[4].Number!.Value, testCase.Nulls.Pvalue, testCase.Name + " null share p-value");
    }

    private static string Warn(string method) => method == "chi-square" ? "warn: 0.05" : "warn: 0.1";

    private static Dictionary<string, CheckResult> Run(MethodCaseFile.ColumnCase testCase, IReadOnlyList<(string Method, string Options)> monitors)
    {
        var original = ReferenceCaseFile.Instance.Drift(testCase.Name);
        var yaml = new StringBuilder($$"""
            datasets:
              - id: {{testCase.Name}}
                snapshots: { reference: {{original.Reference}}, current: {{original.Current}} }
                columns:
                  row: { type: int64, role: id }
                  x: { type: {{testCase.Type}} }
            monitors:

            """);
        foreach (var (method, options) in monitors)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"""
                  - id: {method}
                    dataset: {testCase.Name}
                    check: drift
                    column: x
                    method: {method}
                    {options}

                """);
        }

        var run = new MonitorRunner().Run(ValidDefinitions.Load(ReferenceCaseFile.Folder, yaml.ToString()));
        foreach (var result in run.Results)
        {
            result.Method.Should().Be(YamlMethod(result.MonitorId));
        }

        return run.Results.ToDictionary(r => r.MonitorId);
    }

    private static DriftMethod YamlMethod(string word) =>
        MonitorsAsCode.Definitions.Yaml.YamlWords.Methods.Single(p => p.Key == word).Value;
}
