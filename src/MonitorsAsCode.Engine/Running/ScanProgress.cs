namespace MonitorsAsCode.Engine.Running;

/// <summary>How far the scan of one snapshot has come.</summary>
/// <param name="DatasetId">The dataset.</param>
/// <param name="Snapshot"><c>reference</c> or <c>current</c>.</param>
/// <param name="Fraction">From 0 to 1.</param>
public readonly record struct ScanProgress(string DatasetId, string Snapshot, double Fraction);
