using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Tests.Results;

/// <summary>Evidence tables as text, one line per row with cells joined by " | ", for readable assertions.</summary>
internal static class EvidenceText
{
    /// <summary>The table titled <paramref name="title"/>; the test fails when there is none.</summary>
    public static EvidenceTable Table(Evidence evidence, string title) =>
        evidence.Details.Should().ContainSingle(t => t.Title == title, "the evidence should have a table titled '{0}'", title).Subject;

    /// <summary>The rows of <paramref name="table"/>, each cell in its invariant text form.</summary>
    public static IReadOnlyList<string> Rows(EvidenceTable table) =>
        [.. table.Rows.Select(row => string.Join(" | ", row.Select(cell => cell.ToString())))];

    /// <summary>The rows of the table titled <paramref name="title"/>.</summary>
    public static IReadOnlyList<string> Rows(Evidence evidence, string title) => Rows(Table(evidence, title));
}
