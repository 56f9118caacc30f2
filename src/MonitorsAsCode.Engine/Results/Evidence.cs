namespace MonitorsAsCode.Engine.Results;

/// <summary>Why a monitor reached its verdict: one human sentence, plus tables for people and tools that want detail.</summary>
public sealed record Evidence(string Summary, IReadOnlyList<EvidenceTable> Details)
{
    /// <summary>Evidence that is only a sentence.</summary>
    public static Evidence Of(string summary) => new(summary, []);
}
