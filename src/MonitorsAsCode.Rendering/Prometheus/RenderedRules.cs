namespace MonitorsAsCode.Rendering.Prometheus;

/// <summary>Generated rules: the file's text, the SLOs it holds rules for, and one sentence per SLO it left out or approximated.</summary>
public sealed record RenderedRules(string Text, IReadOnlyList<string> Rendered, IReadOnlyList<string> Notes);
