namespace MonitorsAsCode.Data.Tests.Snapshots;

/// <summary>Keeps every progress report, synchronously, in order.</summary>
internal sealed class RecordingProgress : IProgress<double>
{
    public List<double> Values { get; } = [];

    public void Report(double value) => Values.Add(value);
}
