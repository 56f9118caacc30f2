using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Xunit.MixedSuites;

/// <summary>A monitor written in C# on the <c>orders</c> dataset that suites/mixed declares in YAML; its gate names it.</summary>
public sealed class OrdersCountryMonitors : MonitorSet
{
    /// <inheritdoc />
    public override void Define(MonitorBuilder m)
    {
        m.Validity("country-validity", "orders", "country")
            .Allowed("US", "GB", "DE", "FR", "BR")
            .Warn(0.05).Fail(0.5)
            .Severity(Severity.Investigate).Owner("shop-data");
    }
}
