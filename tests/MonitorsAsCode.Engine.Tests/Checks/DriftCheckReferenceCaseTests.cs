using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Checks;

/// <summary>
/// Drift measured end to end — YAML definitions, CSV snapshots, the runner — against values numpy and
/// scipy computed from the same files (<c>Checks/reference/make_engine_drift_cases.py</c>).
/// </summary>
[UseCulture("de-DE")]
public sealed class DriftCheckReferenceCaseTests
{
    [Fact]
    public void The_reference_values_say_how_they_were_generated()
    {
        var generatedBy = ReferenceCaseFile.Instance.GeneratedBy;

        generatedBy.Should().StartWith("/usr/bin/python3 tests/MonitorsAsCode.Engine.Tests/Checks/reference/make_engine_drift_cases.py");
        generatedBy.Should().Contain("numpy").And.Contain("scipy").And.Contain("pandas");
        ReferenceCaseFile.Instance.DriftCases.Select(c => c.Name).Should().Contain(
            ["int64_with_ties_and_nulls", "constant_reference", "single_row_current", "current_outside_reference_range", "nan_and_infinity_present", "categories_only_on_one_side_with_nulls"]);
    }

    [Theory]
    [MemberData(nameof(ReferenceCaseFile.DriftCaseNames), MemberType = typeof(ReferenceCaseFile))]
    public void Drift_agrees_with_scipy(string name)
    {
        var testCase = ReferenceCaseFile.Instance.Drift(name);

        var results = Run(testCase);

        NumericAssert.Measured(results["psi"].Value, testCase.Expected.Psi, name + " psi");
        NumericAssert.Measured(results["jensen-shannon"].Value, testCase.Expected.JensenShannon, name + " jensen-shannon");
        if (testCase.Expected.Wasserstein is { } wasserstein)
        {
            NumericAssert.Measured(results["wasserstein"].Value, wasserstein, name + " wasserstein");
        }
        else
        {
            results.Should().NotContainKey("wasserstein");
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceCaseFile.DriftCaseNames), MemberType = typeof(ReferenceCaseFile))]
    public void Evidence_counts_the_bins_and_the_values_left_out(string name)
    {
        var testCase = ReferenceCaseFile.Instance.Drift(name);

        var psi = Run(testCase)["psi"];

        var unit = testCase.Type is "string" or "bool" ? "categories" : "bins";
        psi.Evidence.Summary.Should().Contain($"{testCase.Bins.ToString(System.Globalization.CultureInfo.InvariantCulture)} {unit}");
        var nonFinite = testCase.NonFinite;
        if (nonFinite.Reference + nonFinite.Current > 0)
        {
            psi.Evidence.Summary.Should().EndWith(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"; NaN/infinite values left out: {nonFinite.Reference} in reference, {nonFinite.Current} in current"));
        }
        else
        {
            psi.Evidence.Summary.Should().NotContain("NaN/infinite");
        }
    }

    private static Dictionary<string, CheckResult> Run(ReferenceCaseFile.DriftCase testCase)
    {
        var numeric = testCase.Type is "double" or "int64";
        var yaml = $$"""
            datasets:
              - id: {{testCase.Name}}
                snapshots: { reference: {{testCase.Reference}}, current: {{testCase.Current}} }
                columns:
                  row: { type: int64, role: id }
                  x: { type: {{testCase.Type}} }
            monitors:
              - id: psi
                dataset: {{testCase.Name}}
                check: drift
                column: x
                method: psi
                warn: 0.1
              - id: jensen-shannon
                dataset: {{testCase.Name}}
                check: drift
                column: x
                method: jensen-shannon
                warn: 0.1

            """ + (numeric ? $$"""
              - id: wasserstein
                dataset: {{testCase.Name}}
                check: drift
                column: x
                method: wasserstein
                warn: 0.1

            """ : string.Empty);

        var run = new MonitorRunner().Run(ValidDefinitions.Load(ReferenceCaseFile.Folder, yaml));

        run.Results.Should().OnlyContain(r => r.Status != CheckStatus.Error, "every drift monitor of '{0}' should be measured", testCase.Name);
        run.Results.Select(r => r.Method).Should().Equal(
            numeric ? [DriftMethod.Psi, DriftMethod.JensenShannon, DriftMethod.Wasserstein] : [DriftMethod.Psi, DriftMethod.JensenShannon]);
        return run.Results.ToDictionary(r => r.MonitorId);
    }
}
