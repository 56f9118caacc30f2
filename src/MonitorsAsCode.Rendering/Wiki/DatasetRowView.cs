namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>A dataset as a row of the home page.</summary>
internal sealed record DatasetRowView(string Id, string Href, string? Owner, string? Description, int Monitors);
