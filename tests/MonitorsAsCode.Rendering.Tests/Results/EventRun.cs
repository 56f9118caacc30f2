using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Tests.Results;

/// <summary>
/// A run under known events: a failure suppressed by a campaign, a pass annotated by a release, and a warning under a
/// hostile event id (MAC0023 in definitions, but results built in code and read from JSON still reach the writers).
/// </summary>
internal static class EventRun
{
    public const string HostileEvent = "sale<script>alert(1)</script>|@here\u001b[2J\n# forged";

    public static RunResult Create()
    {
        CheckResult Result(string id, CheckStatus status) =>
            new(id, "payments", CheckKind.Completeness, ["amount"], status, 0.5, Threshold.AtMost(0.25), Threshold.AtMost(0.4), Severity.Act, Evidence.Of("half the amounts are null"))
            {
                Metric = MetricCatalog.Describe(CheckKind.Completeness),
            };

        return new RunResult(
            [
                Result("amount-nulls", CheckStatus.Fail) with { Events = ["campaign-2026-10", "deploy-v2"], SuppressedBy = ["campaign-2026-10"] },
                Result("amount-valid", CheckStatus.Pass) with { Events = ["deploy-v2"] },
                Result("amount-drift", CheckStatus.Warn) with { Events = [HostileEvent], SuppressedBy = [HostileEvent] },
            ],
            [new GateResult("deploy", CheckStatus.Pass, ["amount-nulls"])]);
    }
}
