using MonitorsAsCode.Definitions.History;
using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Rendering.History;

/// <summary>
/// The history <c>monitors render --history</c> draws trends from: the report and the wiki monitor pages show each
/// monitor's last <see cref="Windows"/> windows, and the Grafana dashboards get a panel per monitor that queries the
/// store of kind <see cref="Store"/> as a SQL data source. Only read, never recorded into.
/// </summary>
/// <param name="Reader">The history to read.</param>
/// <param name="Store">What kind of store holds it, which decides the Grafana data source and SQL dialect.</param>
public sealed record TrendSource(IHistoryReader Reader, HistoryStoreKind Store)
{
    /// <summary>The default number of windows a trend shows.</summary>
    public const int DefaultWindows = 30;

    /// <summary>How many of the latest windows a trend shows; at least 1.</summary>
    public int Windows { get; init; } = DefaultWindows;
}
