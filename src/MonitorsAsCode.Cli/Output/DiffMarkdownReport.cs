using System.Text;
using MonitorsAsCode.Engine.Diffing;

namespace MonitorsAsCode.Cli.Output;

/// <summary>
/// A diff as a pull-request comment in GitHub-flavoured Markdown: risky changes first, then
/// tightening ones, then the rest, one bullet per subject with its changes joined, e.g.
/// <c>- `amount-drift`: fail threshold loosened 0.25 → 0.5; severity lowered act → investigate</c>.
/// </summary>
public static class DiffMarkdownReport
{
    /// <summary>Renders <paramref name="changes"/> between the sides of <paramref name="comparison"/>.</summary>
    public static string Render(DefinitionChanges changes, DiffComparison comparison)
    {
        var text = new StringBuilder();
        text.Append("## Monitoring changes\n\n");
        text.Append(Code(comparison.Folder)).Append(", ").Append(Code(comparison.Base)).Append(" → ").Append(Code(comparison.Head)).Append(": ");
        if (changes.Changes.Count == 0)
        {
            return text.Append("no changes to the monitoring definitions.\n").ToString();
        }

        var risky = changes.Count(ChangeRisk.Risky);
        text.Append(DiffTextReport.Changes(changes.Changes.Count))
            .Append(risky == 0 ? ", none of them risky" : $", {risky.ToString(System.Globalization.CultureInfo.InvariantCulture)} risky")
            .Append(".\n");
        Section(text, changes, ChangeRisk.Risky, "Risky: protection loosened or removed");
        Section(text, changes, ChangeRisk.Tightening, "Tightened");
        Section(text, changes, ChangeRisk.Neutral, "Other changes");
        return text.ToString();
    }

    private static void Section(StringBuilder text, DefinitionChanges changes, ChangeRisk risk, string title)
    {
        // Subjects keep the order of the changes (by id); each subject's summaries are joined on one line.
        var bySubject = new List<KeyValuePair<string, List<string>>>();
        foreach (var change in changes.Changes)
        {
            if (change.Risk != risk)
            {
                continue;
            }

            if (bySubject.Count == 0 || bySubject[^1].Key != change.Subject)
            {
                bySubject.Add(new KeyValuePair<string, List<string>>(change.Subject, []));
            }

            bySubject[^1].Value.Add(Escape(change.Summary));
        }

        if (bySubject.Count == 0)
        {
            return;
        }

        text.Append("\n### ").Append(title).Append("\n\n");
        foreach (var subject in bySubject)
        {
            text.Append("- ").Append(Code(subject.Key)).Append(": ").Append(string.Join("; ", subject.Value)).Append('\n');
        }
    }

    private static string Code(string text) => MarkdownText.Code(text);

    private static string Escape(string text) => MarkdownText.Inline(text);
}
