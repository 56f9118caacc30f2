namespace MonitorsAsCode.Rendering.Site;

/// <summary>An evidence table with its cells as text.</summary>
internal sealed record EvidenceTableView(string Title, IReadOnlyList<EvidenceColumnView> Columns, IReadOnlyList<EvidenceRowView> Rows);
