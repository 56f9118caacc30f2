using MonitorsAsCode.Definitions.Building;

namespace MonitorsAsCode.Xunit.MixedSuites;

/// <summary>
/// A set whose <see cref="Define"/> throws for the <c>throwing</c> directory, as one that reads a feature store
/// while declaring its monitors might; for every other directory it declares nothing.
/// </summary>
public sealed class UnreachableStoreMonitors : MonitorSet
{
    /// <inheritdoc />
    public override void Define(MonitorBuilder m)
    {
        if (string.Equals(Path.GetFileName(m.BaseDirectory), "throwing", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the feature store is unreachable");
        }
    }
}
