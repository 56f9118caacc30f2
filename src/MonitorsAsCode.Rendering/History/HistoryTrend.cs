using System.Text;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.History;

/// <summary>
/// A monitor's last windows for a terminal (<c>monitors history show</c>): a sparkline of the value, then one line per
/// window with its status, value, thresholds and a bar of the value against them (<c>w</c> marks a warn limit, <c>F</c>
/// a fail limit). Plain text, every value from the store escaped; the same history gives the same bytes.
/// </summary>
public static class HistoryTrend
{
    private const int BarWidth = 24;
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>The trend of <paramref name="entries"/> (oldest first), the last windows of <paramref name="total"/> recorded.</summary>
    public static string Render(string monitorId, IReadOnlyList<HistoryEntry> entries, int total)
    {
        ArgumentNullException.ThrowIfNull(monitorId);
        ArgumentNullException.ThrowIfNull(entries);
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

        var values = entries.Where(e => e.Value is { } v && double.IsFinite(v)).Select(e => e.Value.GetValueOrDefault()).ToList();
        text.Append("trend: ").Append(Sparkline(entries, values));
        if (values.Count > 0)
        {
            text.Append("  min ").Append(ValueFormat.Number(values.Min())).Append(", max ").Append(ValueFormat.Number(values.Max()));
        }

        text.Append("\n\n");
        var (low, high) = Scale(entries, values);
        var rows = new List<string[]> { new[] { "window", "status", "value", "warn", "fail", "value against thresholds" } };
        foreach (var entry in entries)
        {
            rows.Add(
            [
                Window(entry.Window),
                CheckStatusWords.Of(entry.Status),
                entry.Value is { } value ? ValueFormat.Number(value) : "n/a",
                Limit(entry.Warn),
                Limit(entry.Fail),
                Bar(entry, low, high),
            ]);
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

        text.Append("\nlatest: ").Append(VisibleText.Escape(latest.EvidenceSummary)).Append('\n');
        return text.ToString();
    }

    private static string Sparkline(IReadOnlyList<HistoryEntry> entries, List<double> values)
    {
        if (values.Count == 0)
        {
            return new string(' ', entries.Count);
        }

        var low = values.Min();
        var span = values.Max() - low;
        var line = new StringBuilder();
        foreach (var entry in entries)
        {
            line.Append(entry.Value is { } v && double.IsFinite(v)
                ? Blocks[span > 0 ? (int)Math.Round((v - low) / span * (Blocks.Length - 1)) : Blocks.Length / 2]
                : ' ');
        }

        return line.ToString();
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
