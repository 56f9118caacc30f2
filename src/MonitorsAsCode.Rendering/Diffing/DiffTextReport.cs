using System.Text;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Engine.Diffing;

namespace MonitorsAsCode.Rendering.Diffing;

/// <summary>
/// A diff as plain text, one change a line, risky changes first:
/// <c>risky       amount-drift  fail threshold loosened 0.25 → 0.5</c>.
/// </summary>
public static class DiffTextReport
{
    private const int RiskWidth = 12;

    /// <summary>Renders <paramref name="changes"/> between the sides of <paramref name="comparison"/>.</summary>
    public static string Render(DefinitionChanges changes, DiffComparison comparison)
    {
        var text = new StringBuilder();
        text.Append(VisibleText.Escape(comparison.Folder)).Append(" (").Append(VisibleText.Escape(comparison.Base)).Append(" → ").Append(VisibleText.Escape(comparison.Head)).Append("): ");
        if (changes.Changes.Count == 0)
        {
            text.Append(comparison.UncomparedCSharp.Count == 0 ? "no changes\n" : "no changes in the YAML definitions\n");
            return AppendUncompared(text, comparison).ToString();
        }

        text.Append(Counts(changes)).Append("\n\n");
        var subjectWidth = changes.Changes.Max(c => VisibleText.Escape(c.Subject).Length) + 2;
        foreach (var change in changes.Changes)
        {
            text.Append(ChangeWords.Of(change.Risk).PadRight(RiskWidth))
                .Append(VisibleText.Escape(change.Subject).PadRight(subjectWidth))
                .Append(VisibleText.Escape(change.Summary))
                .Append('\n');
        }

        return AppendUncompared(text, comparison).ToString();
    }

    /// <summary><c>1 C# file changed and was not compared …</c>, said the same way by every rendering of a diff.</summary>
    public static string UncomparedSentence(int count) =>
        count == 1
            ? "1 C# file changed and was not compared (diff reads only YAML and never builds or runs code); review it by hand"
            : count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " C# files changed and were not compared (diff reads only YAML and never builds or runs code); review them by hand";

    private static StringBuilder AppendUncompared(StringBuilder text, DiffComparison comparison)
    {
        if (comparison.UncomparedCSharp.Count == 0)
        {
            return text;
        }

        text.Append("\nwarning: ").Append(UncomparedSentence(comparison.UncomparedCSharp.Count)).Append(":\n");
        foreach (var path in comparison.UncomparedCSharp)
        {
            text.Append("  ").Append(path).Append('\n');
        }

        return text;
    }

    /// <summary><c>4 changes: 2 risky, 1 tightening, 1 neutral</c>, leaving out risks no change has.</summary>
    internal static string Counts(DefinitionChanges changes)
    {
        var parts = new List<string>();
        foreach (var risk in new[] { ChangeRisk.Risky, ChangeRisk.Tightening, ChangeRisk.Neutral })
        {
            if (changes.Count(risk) > 0)
            {
                parts.Add(changes.Count(risk).ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + ChangeWords.Of(risk));
            }
        }

        return Changes(changes.Changes.Count) + ": " + string.Join(", ", parts);
    }

    /// <summary><c>1 change</c>, <c>4 changes</c>.</summary>
    internal static string Changes(int count) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (count == 1 ? " change" : " changes");
}
