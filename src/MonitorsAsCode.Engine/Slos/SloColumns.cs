namespace MonitorsAsCode.Engine.Slos;

/// <summary>What a dataset's SLOs read: columns of the current snapshot, columns of the reference, and whether the reference is needed.</summary>
internal sealed record SloColumns(IReadOnlySet<string> Current, IReadOnlySet<string> Reference, bool NeedsReference);
