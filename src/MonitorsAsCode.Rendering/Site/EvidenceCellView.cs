namespace MonitorsAsCode.Rendering.Site;

/// <summary>A cell of an evidence table as text, and whether it holds a number (shown right-aligned).</summary>
internal sealed record EvidenceCellView(string Text, bool Numeric);
