namespace MonitorsAsCode.Rendering.Site;

/// <summary>A column of an evidence table: its name, and whether it holds numbers (shown right-aligned).</summary>
internal sealed record EvidenceColumnView(string Name, bool Numeric);
