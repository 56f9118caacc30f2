using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Results;

/// <summary>The words every rendering uses for statuses.</summary>
public static class StatusWords
{
    /// <summary>Lower-case word: <c>pass</c>, <c>warn</c>, <c>fail</c>, <c>error</c>, <c>skipped</c> (<see cref="CheckStatusWords"/>).</summary>
    public static string Of(CheckStatus status) => CheckStatusWords.Of(status);

    /// <summary>
    /// What known events add to a monitor's status: <c>suppressed: campaign-2026-10</c> when a <c>suppress</c> event
    /// covers its warning or failure, <c>events: deploy-v2</c> for the other events over its window, joined by "; ";
    /// empty without events. Ids are as written: each output escapes them for where they land.
    /// </summary>
    public static string EventNote(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var notes = new List<string>();
        if (result.SuppressedBy.Count > 0)
        {
            notes.Add("suppressed: " + string.Join(", ", result.SuppressedBy));
        }

        var others = result.Events.Where(e => !result.SuppressedBy.Contains(e, StringComparer.Ordinal)).ToList();
        if (others.Count > 0)
        {
            notes.Add((others.Count == 1 ? "event: " : "events: ") + string.Join(", ", others));
        }

        return string.Join("; ", notes);
    }

    /// <summary>A monitor's status word with its <see cref="EventNote"/>: <c>fail (suppressed: campaign-2026-10)</c>, or <c>fail</c>.</summary>
    public static string WithEvents(CheckResult result)
    {
        var note = EventNote(result);
        return note.Length == 0 ? Of(result.Status) : Of(result.Status) + " (" + note + ")";
    }

    /// <summary>
    /// What a gate adds to its status: <c>advisory</c> and <c>quality 0.875 (min 0.95)</c>, joined by "; ";
    /// empty for a blocking gate without a quality requirement.
    /// </summary>
    public static string GateNotes(GateResult gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var notes = new List<string>();
        if (gate.Mode == Definitions.Gates.GateMode.Advisory)
        {
            notes.Add("advisory");
        }

        if (gate.QualityMin is { } min)
        {
            var score = gate.Quality is { } value ? Score(value) : "n/a (no scored monitor ran)";
            notes.Add($"quality {score} (min {Score(min)})");
        }

        return string.Join("; ", notes);
    }

    /// <summary>
    /// The gate's SLOs that hold it back, a line each, blocking first:
    /// <c>blocked by SLO scoring-latency: 12.5% of the error budget left, the gate requires 25%</c>, then
    /// <c>warned by SLO …: …</c>. A blocking SLO without a reason (from a results file) is named alone.
    /// </summary>
    public static IReadOnlyList<string> GateSloLines(GateResult gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var lines = new List<string>();
        foreach (var slo in gate.BlockingSlos)
        {
            var reason = gate.SloVerdicts.FirstOrDefault(v => string.Equals(v.SloId, slo, StringComparison.Ordinal))?.Reason;
            lines.Add(reason is null ? "blocked by SLO " + slo : $"blocked by SLO {slo}: {reason}");
        }

        foreach (var verdict in gate.SloVerdicts)
        {
            if (verdict.Status == CheckStatus.Warn)
            {
                lines.Add(verdict.Reason is null ? "warned by SLO " + verdict.SloId : $"warned by SLO {verdict.SloId}: {verdict.Reason}");
            }
        }

        return lines;
    }

    /// <summary>A quality score with up to four decimals, invariant culture.</summary>
    public static string Score(double value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// One line counting results by status: <c>18 monitors: 11 pass, 0 warn, 7 fail, 0 error, 0 skipped</c>, then how many
    /// of those warnings and failures known events suppressed (<c>, 2 suppressed</c>) when any were.
    /// </summary>
    public static string Summary(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var line = Counts(run.Results.Count, "monitor", run.Count);

        // Only when a known event suppressed something, so runs without events read as before.
        var suppressed = run.Results.Count(r => r.IsSuppressed);
        return suppressed > 0 ? $"{line}, {suppressed} suppressed" : line;
    }

    /// <summary>One line counting SLO results by status: <c>3 SLOs: 1 pass, 1 warn, 1 fail, 0 error, 0 skipped</c>.</summary>
    public static string SloSummary(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Counts(run.Slos.Count, "SLO", status => run.Slos.Count(s => s.Status == status));
    }

    private static string Counts(int total, string noun, Func<CheckStatus, int> count)
    {
        var parts = new List<string>();
        foreach (var status in Enum.GetValues<CheckStatus>())
        {
            parts.Add($"{count(status)} {Of(status)}");
        }

        return $"{total} {noun}{(total == 1 ? string.Empty : "s")}: {string.Join(", ", parts)}";
    }
}
