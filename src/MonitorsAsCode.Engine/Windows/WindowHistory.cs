using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Windows;

/// <summary>
/// A window's run as history entries: one per monitor, with its value, status, thresholds in force and evidence
/// summary. The minimal mapping a backfill needs; the full recorder (revision, snapshot fingerprints, model versions,
/// rows) lives with the history stores.
/// </summary>
internal static class WindowHistory
{
    public static List<HistoryEntry> Entries(RunResult result, JudgedWindow window)
    {
        var entries = new List<HistoryEntry>(result.Results.Count);
        foreach (var monitor in result.Results)
        {
            entries.Add(new HistoryEntry(monitor.MonitorId, monitor.DatasetId, YamlWords.Of(monitor.Check), window, monitor.Status, monitor.Value)
            {
                Warn = monitor.Warn,
                Fail = monitor.Fail,
                EvidenceSummary = monitor.Evidence.Summary,
            });
        }

        return entries;
    }
}
