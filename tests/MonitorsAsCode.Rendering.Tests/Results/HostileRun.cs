using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Tests.Results;

/// <summary>
/// A run whose ids and values try to break every output: control characters and an ESC sequence that XML 1.0
/// cannot hold and a terminal would act on, a newline that would forge a CI error line, and Markdown that would
/// become HTML, an image, a link, a mention or a new table row. Ids this hostile are MAC0023 in definitions, but
/// results built in code, and values from the data, still reach the writers.
/// </summary>
internal static class HostileRun
{
    public const string MonitorId = "drift\u001b[2J\nsrc/app.cs(1,1): error CS0001: forged";

    public const string DatasetId = "shop<img src=x onerror=alert(1)>|@octocat";

    public const string Column = "amount`|\u0007";

    public const string Summary = "value ![x](https://evil.example/x.png) [click](javascript:alert(1)) <b>bold</b> @octocat #12 \u0000\u009b31m ]] | <!-- x";

    public const string Cell = "cat\u001b]0;title\u0007\r\nnext | @here";

    public static RunResult Create()
    {
        var details = new EvidenceTable("categories\u001b[1m", ["value", "share"], [[Cell, 0.5]]);
        CheckResult Result(string id, CheckStatus status) =>
            new(id, DatasetId, CheckKind.Completeness, [Column], status, 0.5, Threshold.AtMost(0.25), Threshold.AtMost(0.4), Severity.Act, new Evidence(Summary, [details]))
            {
                Metric = MetricCatalog.Describe(CheckKind.Completeness),
                Owner = "@security-team\u001b[0m",
                Runbook = "https://wiki.example/\u0085x",
            };

        var gate = new GateResult("deploy\u0008\u0008\u0008ok", CheckStatus.Fail, [MonitorId]) { Blocking = [MonitorId] };
        return new RunResult([Result(MonitorId, CheckStatus.Fail), Result(MonitorId + "-warn", CheckStatus.Warn), Result(MonitorId + "-error", CheckStatus.Error)], [gate]);
    }
}
