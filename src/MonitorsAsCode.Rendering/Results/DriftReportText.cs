using System.Text;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Templates;
using Spectre.Console;

namespace MonitorsAsCode.Rendering.Results;

/// <summary>
/// The drift report under a dataset's table: for each dataset drift monitor, its columns ranked worst first
/// with method, value, status, how the distribution moved and the suspected cause; and for one-column
/// monitors where <c>auto</c> picked the method, which and why.
/// </summary>
public static class DriftReportText
{
    /// <summary>The evidence table a dataset drift monitor ranks its columns in.</summary>
    public const string RankingTitle = "drifting columns";

    /// <summary>How many columns of a dataset drift monitor the report lists.</summary>
    public const int ShownColumns = 10;

    /// <summary>Appends the report of <paramref name="results"/> as Markdown; nothing when none has one.</summary>
    public static void AppendMarkdown(StringBuilder text, IEnumerable<CheckResult> results)
    {
        foreach (var result in results)
        {
            if (Ranking(result) is { } ranking)
            {
                text.Append("#### ").Append(Cell(result.MonitorId)).Append(": drifting columns\n\n");
                text.Append("| column | method | value | fail | p-value | status | moved | suspected cause |\n|---|---|---:|---:|---:|---|---|---|\n");
                foreach (var row in Top(ranking))
                {
                    text.Append("| ").Append(Cell(Column(row)))
                        .Append(" | ").Append(Cell(row[3].ToString()))
                        .Append(" | ").Append(Cell(Number(row[4])))
                        .Append(" | ").Append(Cell(Number(row[5])))
                        .Append(" | ").Append(Cell(Number(row[7].Number is null ? row[6] : row[7])))
                        .Append(" | ").Append(Cell(row[8].ToString()))
                        .Append(" | ").Append(Cell(row[9].ToString()))
                        .Append(" | ").Append(Cell(row[10].ToString()))
                        .Append(" |\n");
                }

                text.Append('\n');
            }
            else if (result.MethodReason is { } reason && result.Method is { } method)
            {
                text.Append("- ").Append(MarkdownText.Code(result.MonitorId)).Append(": auto picked ").Append(Definitions.Yaml.YamlWords.Of(method))
                    .Append(" — ").Append(Cell(reason)).Append('\n');
            }
        }
    }

    /// <summary>Writes the report of <paramref name="results"/> as plain lines; nothing when none has one.</summary>
    public static void Write(IAnsiConsole console, IEnumerable<CheckResult> results)
    {
        var wrote = false;
        foreach (var result in results)
        {
            if (Ranking(result) is not { } ranking)
            {
                continue;
            }

            console.WriteLine($"{VisibleText.Escape(result.MonitorId)}: drifting columns, worst first");
            var rank = 1;
            foreach (var row in Top(ranking))
            {
                var cause = row[10].ToString();
                var measured = row[6].Number is null
                    ? Number(row[4])
                    : "p " + Number(row[6]) + (row[7].Number is null ? string.Empty : " (adjusted " + Number(row[7]) + ")");
                console.WriteLine(VisibleText.Escape($"  {rank++}. {Column(row)}: {row[3]} {measured}, {row[8]}; {row[9]}{(cause.Length == 0 ? string.Empty : "; " + cause)}"));
            }

            wrote = true;
        }

        if (wrote)
        {
            console.WriteLine();
        }
    }

    private static EvidenceTable? Ranking(CheckResult result)
    {
        foreach (var table in result.Evidence.Details)
        {
            if (table.Title == RankingTitle && table.Columns.Count >= 11)
            {
                return table;
            }
        }

        return null;
    }

    private static IEnumerable<IReadOnlyList<EvidenceCell>> Top(EvidenceTable ranking) => ranking.Rows.Take(ShownColumns);

    private static string Column(IReadOnlyList<EvidenceCell> row) =>
        row[1].Text == "prediction" ? row[0] + " (prediction)" : row[0].ToString();

    private static string Number(EvidenceCell cell) => cell.Number is { } number ? ValueFormat.Short(number) : cell.ToString();

    private static string Cell(string text) => MarkdownText.Inline(text);
}
