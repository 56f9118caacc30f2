namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>A declared column: name, type and role as YAML writes them.</summary>
internal sealed record ColumnView(string Name, string Type, string Role);
