namespace MonitorsAsCode.Cli.Scaffolding;

/// <summary>One file of a scaffold: its path relative to the scaffold's folder, with '/' separators, and its text.</summary>
internal sealed record ScaffoldFile(string Path, string Content);
