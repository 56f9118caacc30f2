using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>The model of <c>monitor.sbn-md</c>: one monitor, its thresholds, its last result and its runbook.</summary>
internal sealed record MonitorPage(string Home, string Id, LinkView Dataset, string Check, IReadOnlyList<string> Columns)
{
    public string? Description { get; init; }

    public string? Method { get; init; }

    public required string Metric { get; init; }

    public required string Unit { get; init; }

    public required string Warn { get; init; }

    public required string Fail { get; init; }

    public required string Severity { get; init; }

    /// <summary>What the severity means for whoever is on call.</summary>
    public required string SeverityMeaning { get; init; }

    public string? Owner { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>Where the monitor is declared, relative to the definitions folder: <c>monitors.yaml, line 124</c>.</summary>
    public required string DefinedIn { get; init; }

    public IReadOnlyList<string> Settings { get; init; } = [];

    public IReadOnlyList<LinkView> Gates { get; init; } = [];

    /// <summary>Whether a run's results were given, so a missing <see cref="Result"/> means the monitor was not in that run.</summary>
    public bool HasResults { get; init; }

    public ResultView? Result { get; init; }

    public RunbookView? Runbook { get; init; }

    /// <summary>The monitor's latest recorded windows, when the pages were rendered with a history; else null.</summary>
    public TrendView? Trend { get; init; }
}
