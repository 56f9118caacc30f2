namespace MonitorsAsCode.Rendering.Site;

/// <summary>A row of an evidence table.</summary>
internal sealed record EvidenceRowView(IReadOnlyList<EvidenceCellView> Cells);
