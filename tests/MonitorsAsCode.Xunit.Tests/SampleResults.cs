using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Xunit.Tests;

/// <summary>Hand-built results for the assertion and report tests, so each test states exactly what it judges.</summary>
internal static class SampleResults
{
    /// <summary>A PSI drift result on <c>txn_sum_30d</c> with a table of the bins that moved most.</summary>
    public static CheckResult Drift(CheckStatus status, double? value, string summary = "largest moves: (-inf, 583.871] 10.0% → 68.9%") =>
        new("txn-sum-30d-drift", "fraud-scoring", CheckKind.Drift, ["txn_sum_30d"], status, value, Threshold.AtMost(0.1), Threshold.AtMost(0.25), Severity.Act,
            new Evidence(summary, [new EvidenceTable("bins that moved most", ["bin", "reference share", "current share"], [["(-inf, 583.871]", 0.1, 0.688801], ["(3521.6, +inf)", 0.1, 0.00299619]])]))
        {
            Metric = MetricCatalog.Describe(CheckKind.Drift, DriftMethod.Psi),
            Method = DriftMethod.Psi,
            Owner = "risk-ml-oncall",
            Runbook = "runbooks/feature-drift.md",
        };

    /// <summary>A completeness result on <c>amount</c> whose evidence is only a sentence.</summary>
    public static CheckResult Completeness(string id, CheckStatus status, double? value) =>
        new(id, "orders", CheckKind.Completeness, ["amount"], status, value, Threshold.AtMost(0.01), Threshold.AtMost(0.1), Severity.Investigate,
            Evidence.Of(value is { } v ? $"{v * 100:0.0}% of rows are null".Replace(',', '.') : "column 'amount' is missing from current.csv"))
        {
            Metric = MetricCatalog.Describe(CheckKind.Completeness),
        };
}
