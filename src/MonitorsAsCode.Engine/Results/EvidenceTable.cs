namespace MonitorsAsCode.Engine.Results;

/// <summary>Structured evidence: a titled table (the bins that moved most, the top unseen values, duplicate keys).</summary>
public sealed record EvidenceTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<EvidenceCell>> Rows);
