using System.Text;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Events;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.History;

/// <summary>
/// A monitor's last windows for a terminal (<c>monitors history show</c>): a sparkline of the value, then one line per
/// window with its status, value, thresholds and a bar of the value against them (<c>w</c> marks a warn limit, <c>F</c>
/// a fail limit), a <c>no record</c> line for a gap between windows, and, given the definitions' events, the known
/// events each window falls in. Plain text, every value from the store or the definitions escaped; the same history
/// gives the same bytes.
/// </summary>
public static class HistoryTrend
{
    private const int BarWidth = 24;

    /// <summary>The trend of <paramref name="entries"/> (oldest first), the last windows of <paramref name="total"/> recorded.</summary>
    public static string Render(string monitorId, IReadOnlyList<HistoryEntry> entries, int total) => Render(monitorId, entries, total, KnownEvents.None, null);

    /// <summary>
    /// The trend of <paramref name="entries"/> (oldest first), the last windows of <paramref name="total"/> recorded, with
    /// the windows inside <paramref name="events"/> marked; <paramref name="monitor"/>, when known, says whether the
    /// limits are a baseline's band.
    /// </summary>
    public static string Render(string monitorId, IReadOnlyList<HistoryEntry> entries, int total, KnownEvents events, MonitorDefinition? monitor)
    {
        ArgumentNullException.ThrowIfNull(monitorId);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(events);
        var text = new StringBuilder();
        if (entries.Count == 0)
        {
            text.Append("no history for monitor '").Append(VisibleText.Escape(monitorId)).Append("'\n");
            return text.ToString();
        }

        var latest = entries[^1];
        text.Append("monitor '").Append(VisibleText.Escape(monitorId)).Append("' (").Append(VisibleText.Escape(latest.Check))
            .Append(" on dataset '").Append(VisibleText.Escape(latest.DatasetId)).Append("'): the last ")
            .Append(entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" of ")
            .Append(total.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" windows\n");

        var slots = MonitorTrend.Slots(entries, events);
        var marked = slots.Any(s => s.Events.Count > 0);
        var values = entries.Where(e => e.Value is { } v && double.IsFinite(v)).Select(e => e.Value.GetValueOrDefault()).ToList();
        text.Append("trend: ").Append(TrendSparkline.Of([.. slots.Select(s => s.Entry?.Value)], ' '));
        if (values.Count > 0)
        {
            text.Append("  min ").Append(ValueFormat.Number(values.Min())).Append(", max ").Append(ValueFormat.Number(values.Max()));
        }

        text.Append("\n\n");
        var (low, high) = Scale(entries, values);
        var band = monitor?.Baseline is not null;
        var header = new List<string> { "window", "status", "value", band ? "warn band" : "warn", band ? "fail band" : "fail", "value against thresholds" };
        if (marked)
        {
            header.Add("known events");
        }

        var rows = new List<string[]> { header.ToArray() };
        foreach (var slot in slots)
        {
            var row = slot.Entry is { } entry
                ? new List<string>
                {
                    Window(entry.Window),
                    CheckStatusWords.Of(entry.Status),
                    entry.Value is { } value ? ValueFormat.Number(value) : "n/a",
                    Limit(entry.Warn),
                    Limit(entry.Fail),
                    Bar(entry, low, high),
                }
                : new List<string> { HistoryCsv.Instant(slot.Start) + " .. " + HistoryCsv.Instant(slot.End), "no record", "-", "-", "-", "|" + new string(' ', BarWidth) + "|" };
            if (marked)
            {
                row.Add(VisibleText.Escape(string.Join(", ", slot.Events.Select(e => e.Id + " (" + EventWords.Of(e.Effect) + ")"))));
            }

            rows.Add(row.ToArray());
        }

        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(i == row.Length - 1 ? row[i] : row[i].PadRight(widths[i] + 2));
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }

        if (band)
        {
            text.Append("\nwarn band, fail band: the limits the baseline expected in each window (w: warn, F: fail)\n");
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (var known in slots.SelectMany(s => s.Events))
        {
            if (listed.Add(known.Id))
            {
                text.Append(first ? "\n" : string.Empty).Append("event ").Append(VisibleText.Escape(known.Id)).Append(": ").Append(EventWords.Of(known.Kind)).Append(", ")
                    .Append(EventWords.Of(known.Effect)).Append(", ").Append(EventInstant.Span(known));
                if (known.Description is { } description)
                {
                    text.Append(": ").Append(VisibleText.Escape(description));
                }

                text.Append('\n');
                first = false;
            }
        }

        text.Append("\nlatest: ").Append(VisibleText.Escape(latest.EvidenceSummary)).Append('\n');
        return text.ToString();
    }

    /// <summary>The range the bars span: every value and every threshold limit shown, and zero.</summary>
    private static (double Low, double High) Scale(IReadOnlyList<HistoryEntry> entries, List<double> values)
    {
        var points = new List<double>(values) { 0 };
        foreach (var entry in entries)
        {
            foreach (var limit in new[] { entry.Warn?.Below, entry.Warn?.Above, entry.Fail?.Below, entry.Fail?.Above })
            {
                if (limit is { } l && double.IsFinite(l))
                {
                    points.Add(l);
                }
            }
        }

        var low = points.Min();
        var high = points.Max();
        return (low, high > low ? high : low + 1);
    }

    private static string Bar(HistoryEntry entry, double low, double high)
    {
        int At(double x) => (int)Math.Round((Math.Clamp(x, low, high) - low) / (high - low) * (BarWidth - 1));

        var bar = new char[BarWidth];
        var filled = entry.Value is { } v && double.IsFinite(v) ? At(v) : -1;
        for (var i = 0; i < BarWidth; i++)
        {
            bar[i] = i <= filled ? '=' : '.';
        }

        foreach (var (limit, mark) in new[] { (entry.Warn?.Below, 'w'), (entry.Warn?.Above, 'w'), (entry.Fail?.Below, 'F'), (entry.Fail?.Above, 'F') })
        {
            if (limit is { } l && double.IsFinite(l))
            {
                bar[At(l)] = mark;
            }
        }

        return "|" + new string(bar) + "|";
    }

    private static string Window(JudgedWindow window) =>
        window.From is null && window.To is null
            ? "as of " + HistoryCsv.Instant(window.AsOf)
            : HistoryCsv.Instant(window.Key.Start) + " .. " + HistoryCsv.Instant(window.Key.End);

    private static string Limit(Threshold? threshold) => threshold switch
    {
        null => "none",
        { Below: { } below, Above: { } above } => "< " + ValueFormat.Number(below) + " or > " + ValueFormat.Number(above),
        { Below: { } below } => "< " + ValueFormat.Number(below),
        { Above: { } above } => "> " + ValueFormat.Number(above),
        _ => "none",
    };
}
