using System.Text;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Templates;

namespace MonitorsAsCode.Rendering.Results;

/// <summary>
/// Results as GitHub-flavoured Markdown, for a pull-request comment or a CI job summary: gates
/// first, then problems, then a table per dataset.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Renders <paramref name="run"/>.</summary>
    public static string Render(RunResult run)
    {
        var text = new StringBuilder();
        text.Append("## Monitoring results\n\n");
        text.Append(StatusWords.Summary(run)).Append("\n\n");
        if (run.Gates.Count > 0)
        {
            text.Append("| gate | status | blocked by |\n|---|---|---|\n");
            foreach (var gate in run.Gates)
            {
                var notes = StatusWords.GateNotes(gate);
                text.Append("| ").Append(Cell(gate.Id)).Append(" | ").Append(Status(gate.Status)).Append(notes.Length == 0 ? string.Empty : " (" + Cell(notes) + ")").Append(" | ")
                    .Append(Cell(string.Join(", ", gate.Blocking.Concat(gate.BlockingSlos.Select(slo => SloBlocker(gate, slo)))))).Append(" |\n");
            }

            text.Append('\n');
        }

        foreach (var group in run.Results.GroupBy(r => r.DatasetId))
        {
            text.Append("### ").Append(Cell(group.Key)).Append("\n\n");
            text.Append("| status | monitor | check | severity | value | warn | fail | evidence |\n|---|---|---|---|---:|---:|---:|---|\n");
            foreach (var result in group.OrderBy(r => Rank(r.Status)))
            {
                var note = StatusWords.EventNote(result);
                text.Append("| ").Append(Status(result.Status)).Append(note.Length == 0 ? string.Empty : " (" + Cell(note) + ")")
                    .Append(" | ").Append(Cell(result.MonitorId))
                    .Append(" | ").Append(Cell(Check(result)))
                    .Append(" | ").Append(YamlWords.Of(result.Severity))
                    .Append(" | ").Append(Cell(ResultText.Value(result)))
                    .Append(" | ").Append(Cell(ResultText.Warn(result)))
                    .Append(" | ").Append(Cell(ResultText.Fail(result)))
                    .Append(" | ").Append(Cell(result.Evidence.Summary))
                    .Append(" |\n");
            }

            text.Append('\n');
            DriftReportText.AppendMarkdown(text, group);
        }

        if (run.Slos.Count > 0)
        {
            text.Append("### SLOs\n\n").Append(StatusWords.SloSummary(run)).Append("\n\n");
            text.Append("| status | slo | sli | objective | budget left | alerts | evidence |\n|---|---|---:|---:|---:|---|---|\n");
            foreach (var slo in run.Slos.OrderBy(s => Rank(s.Status)))
            {
                text.Append("| ").Append(Status(slo.Status))
                    .Append(" | ").Append(Cell(slo.SloId))
                    .Append(" | ").Append(Cell(SloText.Sli(slo)))
                    .Append(" | ").Append(Cell(SloText.Objective(slo)))
                    .Append(" | ").Append(Cell(SloText.BudgetRemaining(slo)))
                    .Append(" | ").Append(Cell(SloText.Firing(slo)))
                    .Append(" | ").Append(Cell(slo.Evidence.Summary))
                    .Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Worst first, so a reader sees what needs action at the top.</summary>
    internal static int Rank(CheckStatus status) => status switch
    {
        CheckStatus.Fail => 0,
        CheckStatus.Error => 1,
        CheckStatus.Warn => 2,
        CheckStatus.Pass => 3,
        _ => 4,
    };

    internal static string Check(CheckResult result)
    {
        var check = YamlWords.Of(result.Check);
        var column = result.Columns.Count == 0 ? string.Empty : " " + string.Join(", ", result.Columns);
        var method = result.Method is { } m ? " (" + YamlWords.Of(m) + (result.MethodReason is null ? ")" : ", picked by auto)") : string.Empty;
        return check + column + method;
    }

    private static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Fail => "**FAIL**",
        CheckStatus.Error => "**ERROR**",
        CheckStatus.Warn => "WARN",
        CheckStatus.Pass => "pass",
        _ => "skipped",
    };

    /// <summary>A blocking SLO with the budget the gate demanded: <c>SLO scoring-latency (12.5% of the error budget left, the gate requires 25%)</c>.</summary>
    private static string SloBlocker(GateResult gate, string slo)
    {
        var verdict = gate.SloVerdicts.FirstOrDefault(v => string.Equals(v.SloId, slo, StringComparison.Ordinal));
        return verdict is { MinBudgetRemaining: not null, Reason: { } reason } ? $"SLO {slo} ({reason})" : "SLO " + slo;
    }

    private static string Cell(string text) => MarkdownText.Inline(text);
}
