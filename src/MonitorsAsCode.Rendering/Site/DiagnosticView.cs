namespace MonitorsAsCode.Rendering.Site;

/// <summary>A diagnostic step: its number (from 1), Markdown text, and optionally a dashboard panel and a query with its language.</summary>
internal sealed record DiagnosticView(int Number, string Text, string? Panel, string? Query, string? Language);
