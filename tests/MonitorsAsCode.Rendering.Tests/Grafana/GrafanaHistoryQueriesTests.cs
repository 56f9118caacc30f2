using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using MonitorsAsCode.Definitions.History;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Tests.History;
using MonitorsAsCode.Rendering.Grafana;
using MonitorsAsCode.Rendering.Tests.History;
using Npgsql;

namespace MonitorsAsCode.Rendering.Tests.Grafana;

/// <summary>
/// The SQL of the dashboards' history panels and event annotations, run as Grafana would send it (its <c>$__from</c>
/// and <c>$__to</c> replaced by milliseconds) against a SQLite store and a live PostgreSQL store holding the same
/// entries, a monitor with a hostile id among them.
/// </summary>
[UseCulture("de-DE")]
public sealed class GrafanaHistoryQueriesTests
{
    private static readonly long From = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private static readonly long To = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    [Theory]
    [InlineData(HistoryStoreKind.Postgres, "('a''b' || chr(36) || '{c} ' || chr(36) || '')")]
    [InlineData(HistoryStoreKind.Sqlite, "('a''b' || char(36) || '{c} ' || char(36) || '')")]
    public void A_literal_doubles_quotes_and_keeps_dollars_outside_the_quotes(HistoryStoreKind kind, string expected)
    {
        GrafanaHistoryQueries.Literal("a'b${c} $", kind).Should().Be(expected);
        GrafanaHistoryQueries.Literal("plain-id", kind).Should().Be("'plain-id'");
    }

    [Fact]
    public void Sqlite_panels_select_each_monitors_windows_and_nothing_else()
    {
        using var folder = TemporaryDirectory.Create();
        var path = folder.PathOf("history.db");
        using (var store = SqliteHistoryStore.Open(path, create: true))
        {
            store.Record(TrendExample.Entries());
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
        connection.Open();
        Check(connection, HistoryStoreKind.Sqlite, time => Convert.ToInt64(time, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Postgres_panels_select_each_monitors_windows_and_nothing_else()
    {
        using var database = PostgresTestDatabase.Create();
        using (var store = PostgresHistoryStore.Open(database.ConnectionString, "test", create: true))
        {
            store.Record(TrendExample.Entries());
        }

        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        Check(connection, HistoryStoreKind.Postgres, time => ((DateTime)time).Subtract(DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond);
    }

    private static void Check(DbConnection connection, HistoryStoreKind kind, Func<object, long> seconds)
    {
        var definitions = TrendExample.Definitions;
        var nulls = Query(connection, GrafanaHistoryQueries.PanelSql(definitions.FindMonitor("amount-nulls")!, kind));
        nulls.Select(r => r["time"]).Select(seconds).Should().HaveCount(29).And.BeInAscendingOrder().And.NotContain(TrendExample.Day0.AddDays(5).ToUnixTimeSeconds(), "the missing day stays missing");
        nulls[0].Keys.Should().Equal("time", "value", "warn", "fail");
        nulls[10]["value"].Should().Be(0.2, "day 11 is the eleventh recorded window (day 5 is missing), the failing one in the campaign");
        nulls[10]["warn"].Should().Be(0.05);
        nulls[10]["fail"].Should().Be(0.1);
        nulls.Single(r => r["value"] is DBNull)["fail"].Should().Be(0.1, "the unmeasured window keeps its limits");

        var volume = Query(connection, GrafanaHistoryQueries.PanelSql(definitions.FindMonitor("daily-volume")!, kind));
        volume.Should().HaveCount(10);
        volume[0].Keys.Should().Equal("time", "value", "warn below", "warn above", "fail below", "fail above");
        volume[4]["warn below"].Should().Be(1.0, "the band moves with its windows");

        var hostile = Query(connection, GrafanaHistoryQueries.PanelSql(definitions.FindMonitor(TrendExample.HostileId)!, kind));
        hostile.Should().ContainSingle("the hostile id is one literal matching its own row, not an OR that matches every row")
            .Which["value"].Should().Be(0.02);

        foreach (var known in definitions.Events)
        {
            var text = "<b>" + known.Description + "</b> $__from ${history} '; DROP TABLE history_entry; --";
            var row = Query(connection, GrafanaHistoryQueries.AnnotationSql(known, text, kind)).Single();
            row["text"].Should().Be(text, "the annotation's text comes back as written");
            row["tags"].Should().Be(known.Id);
            seconds(row["time"]).Should().Be(known.From.ToUnixTimeSeconds());
            seconds(row["timeend"]).Should().Be(known.To.ToUnixTimeSeconds());
        }

        Query(connection, "SELECT count(*) AS \"n\" FROM history_entry").Single()["n"].Should().Be(40L, "nothing was dropped");
    }

    /// <summary>Runs <paramref name="sql"/> as Grafana sends it: its time range macros replaced by milliseconds.</summary>
    private static List<Dictionary<string, object>> Query(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql.Replace("$__from", From.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$__to", To.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
