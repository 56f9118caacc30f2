using System.Text;
using MonitorsAsCode.Engine.Diffing;
using MonitorsAsCode.Rendering.Templates;

namespace MonitorsAsCode.Rendering.Diffing;

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
            text.Append(comparison.UncomparedCSharp.Count == 0 ? "no changes to the monitoring definitions.\n" : "no changes to the YAML monitoring definitions.\n");
            return AppendUncompared(text, comparison).ToString();
        }

        var risky = changes.Count(ChangeRisk.Risky);
        text.Append(DiffTextReport.Changes(changes.Changes.Count))
            .Append(risky == 0 ? ", none of them risky" : $", {risky.ToString(System.Globalization.CultureInfo.InvariantCulture)} risky")
            .Append(".\n");
        AppendUncompared(text, comparison);
        Section(text, changes, ChangeRisk.Risky, "Risky: protection loosened or removed");
        Section(text, changes, ChangeRisk.Tightening, "Tightened");
        Section(text, changes, ChangeRisk.Neutral, "Other changes");
        return text.ToString();
    }

    /// <summary>The C# files that changed and were not compared, before any change so a reviewer cannot miss them.</summary>
    private static StringBuilder AppendUncompared(StringBuilder text, DiffComparison comparison)
    {
        if (comparison.UncomparedCSharp.Count == 0)
        {
            return text;
        }

        text.Append("\n> [!WARNING]\n> ").Append(DiffTextReport.UncomparedSentence(comparison.UncomparedCSharp.Count)).Append(":\n");
        foreach (var path in comparison.UncomparedCSharp)
        {
            text.Append("> - ").Append(Code(path)).Append('\n');
        }

        return text;
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
