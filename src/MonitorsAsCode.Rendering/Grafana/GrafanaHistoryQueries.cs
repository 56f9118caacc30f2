using System.Globalization;
using System.Text;
using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Definitions.History;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>
/// The SQL the dashboards send to a history store used as a Grafana data source (the schema of
/// <c>docs/history.md</c>): a monitor's value and recorded limits over the dashboard's time range, and the known events
/// as annotations. Grafana panel SQL cannot take parameters, so every text is written as an escaped SQL literal.
/// </summary>
public static class GrafanaHistoryQueries
{
    /// <summary>Grafana's core PostgreSQL data source.</summary>
    public const string PostgresDataSource = "grafana-postgresql-datasource";

    /// <summary>The community SQLite data source plugin (<c>frser-sqlite-datasource</c>), installed separately.</summary>
    public const string SqliteDataSource = "frser-sqlite-datasource";

    /// <summary>The Grafana data source type that reads a store of this kind.</summary>
    public static string DataSourceType(HistoryStoreKind kind) => kind == HistoryStoreKind.Postgres ? PostgresDataSource : SqliteDataSource;

    /// <summary>
    /// <paramref name="text"/> as a SQL string literal both PostgreSQL (with <c>standard_conforming_strings</c>, the default
    /// since 9.1) and SQLite read back as the same text: in single quotes, a quote doubled. A <c>$</c> is written as
    /// <c>chr(36)</c> (PostgreSQL) or <c>char(36)</c> (SQLite) outside the quotes, so Grafana, which replaces
    /// <c>$name</c> and <c>${name}</c> in the query text before sending it, finds no variable inside a literal. A NUL,
    /// which neither database keeps in text, becomes U+FFFD (no id or description can match it by accident, since ids
    /// exclude both).
    /// </summary>
    public static string Literal(string text, HistoryStoreKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dollar = kind == HistoryStoreKind.Postgres ? "chr(36)" : "char(36)";
        var parts = text.Replace('\0', '\uFFFD').Split('$');
        var literal = new StringBuilder(text.Length + 8);
        if (parts.Length > 1)
        {
            literal.Append('(');
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                literal.Append(" || ").Append(dollar).Append(" || ");
            }

            literal.Append('\'').Append(parts[i].Replace("'", "''", StringComparison.Ordinal)).Append('\'');
        }

        if (parts.Length > 1)
        {
            literal.Append(')');
        }

        return literal.ToString();
    }

    /// <summary>
    /// The monitor's windows that start in the dashboard's time range, oldest first: <c>time</c> (the window's start, so
    /// a daily value sits on its day, as events do), <c>value</c>, and the limits recorded with each window. A baseline
    /// monitor's limits are its band, which moves from window to window, so both sides of both levels are selected; a
    /// fixed threshold selects the side(s) it has, named <c>warn</c> and <c>fail</c> (or <c>warn below</c>, <c>warn above</c> for a band).
    /// </summary>
    public static string PanelSql(MonitorDefinition monitor, HistoryStoreKind kind)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        var time = kind == HistoryStoreKind.Postgres ? "to_timestamp(window_start / 1000000.0)" : "window_start / 1000000";
        var columns = new List<string> { time + " AS \"time\"", "value AS \"value\"" };
        foreach (var (level, threshold) in new[] { ("warn", monitor.Warn), ("fail", monitor.Fail) })
        {
            var below = monitor.Baseline is not null || threshold?.Below is not null;
            var above = monitor.Baseline is not null || threshold?.Above is not null;
            if (below && above)
            {
                columns.Add($"{level}_below AS \"{level} below\"");
                columns.Add($"{level}_above AS \"{level} above\"");
            }
            else if (below || above)
            {
                columns.Add($"{level}_{(below ? "below" : "above")} AS \"{level}\"");
            }
        }

        return "SELECT " + string.Join(", ", columns) + "\n"
            + "FROM history_entry\n"
            + "WHERE monitor_id = " + Literal(monitor.Id, kind) + " AND window_start >= $__from * 1000 AND window_start < $__to * 1000\n"
            + "ORDER BY window_start";
    }

    /// <summary>
    /// One annotation row for a known event: <c>time</c> and <c>timeend</c> (its span), <c>text</c> (kind, effect, span and
    /// description) and <c>tags</c> (its id); constants, so the annotation needs nothing recorded.
    /// </summary>
    public static string AnnotationSql(KnownEventDefinition known, string text, HistoryStoreKind kind)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(text);
        string Instant(DateTimeOffset instant)
        {
            var seconds = instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return kind == HistoryStoreKind.Postgres ? "to_timestamp(" + seconds + ")" : seconds;
        }

        return $"SELECT {Instant(known.From)} AS \"time\", {Instant(known.To)} AS \"timeend\", {Literal(text, kind)} AS \"text\", {Literal(known.Id, kind)} AS \"tags\"";
    }
}
