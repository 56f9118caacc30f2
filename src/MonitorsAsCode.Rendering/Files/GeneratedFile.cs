namespace MonitorsAsCode.Rendering.Files;

/// <summary>A file <c>monitors render</c> writes: its path relative to the output folder (with <c>/</c>) and its text (UTF-8, LF).</summary>
public sealed record GeneratedFile(string Path, string Content);
