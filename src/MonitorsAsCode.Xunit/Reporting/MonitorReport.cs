using System.Text;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Xunit.Reporting;

/// <summary>
/// A monitor's result as the text a test runner shows: the headline the other outputs print, who
/// responds, and every evidence table, aligned. Numbers are invariant, so the text is the same on
/// every machine.
/// </summary>
public static class MonitorReport
{
    /// <summary>
    /// One line, as the CLI's JUnit and Markdown outputs print it:
    /// <c>fail: psi 2.436 (warn 0.1, fail 0.25); largest moves: …</c>.
    /// </summary>
    public static string Headline(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var value = result.Value is { } measured ? ValueFormat.Metric(measured, result.Metric.Unit) : "-";
        var warn = ValueFormat.Threshold(result.Warn, result.Metric.Unit);
        var fail = ValueFormat.Threshold(result.Fail, result.Metric.Unit);
        var suppressed = result.IsSuppressed ? " (suppressed: " + string.Join(", ", result.SuppressedBy) + ")" : string.Empty;
        return $"{CheckStatusWords.Of(result.Status)}{suppressed}: {result.Metric.Name} {value} (warn {warn}, fail {fail}); {result.Evidence.Summary}";
    }

    /// <summary>The headline, what was checked and who responds, then each evidence table.</summary>
    public static string Describe(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append(Headline(result)).Append('\n');
        text.Append("monitor ").Append(result.MonitorId).Append(" on dataset ").Append(result.DatasetId).Append(": ").Append(YamlWords.Of(result.Check));
        if (result.Method is { } method)
        {
            text.Append(" (").Append(YamlWords.Of(method)).Append(')');
        }

        if (result.Columns.Count > 0)
        {
            text.Append(" of ").Append(string.Join(", ", result.Columns));
        }

        text.Append("; severity ").Append(YamlWords.Of(result.Severity));
        if (result.Owner is not null)
        {
            text.Append("; owner ").Append(result.Owner);
        }

        if (result.Runbook is not null)
        {
            text.Append("; runbook ").Append(result.Runbook);
        }

        foreach (var table in result.Evidence.Details)
        {
            text.Append("\n\n");
            AppendTable(text, table);
        }

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, EvidenceTable table)
    {
        var rows = new List<string[]> { table.Columns.ToArray() };
        foreach (var row in table.Rows)
        {
            rows.Add([.. row.Select(cell => cell.ToString())]);
        }

        var widths = new int[rows.Max(r => r.Length)];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        text.Append(table.Title).Append(':');
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append("\n  ");
            AppendRow(text, rows[r], widths);
            if (r == 0)
            {
                text.Append("\n  ");
                AppendRow(text, [.. widths.Select(w => new string('-', w))], widths);
            }
        }
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append(" | ");
            }

            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }

        text.Append(line.ToString().TrimEnd());
    }
}
