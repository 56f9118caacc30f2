using System.Text;
using MonitorsAsCode.Definitions.History;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Rendering.Files;
using MonitorsAsCode.Rendering.History;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.History;

/// <summary>
/// The pages and dashboards of <see cref="TrendExample"/> rendered with its history, compared byte for byte with the
/// files under <c>History/golden/</c>. After an intended change, regenerate them with
/// <c>MONITORS_UPDATE_GOLDEN=1 dotnet test tests/MonitorsAsCode.Rendering.Tests</c>, read the diff, and commit it.
/// </summary>
[UseCulture("de-DE")]
public sealed class TrendGoldenFilesTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string Folder = RepositoryCheckout.Path("tests", "MonitorsAsCode.Rendering.Tests", "History", "golden");

    /// <summary>The files compared: the report, two monitor pages, and the dashboard for each kind of store.</summary>
    public static TheoryData<string, string, HistoryStoreKind> Files => new()
    {
        { "report.html", "report.html", HistoryStoreKind.Sqlite },
        { "wiki/monitor-amount-nulls.md", "wiki/monitor-amount-nulls.md", HistoryStoreKind.Sqlite },
        { "wiki/monitor-daily-volume.md", "wiki/monitor-daily-volume.md", HistoryStoreKind.Sqlite },
        { "grafana/payments.json", "grafana/payments.sqlite.json", HistoryStoreKind.Sqlite },
        { "grafana/payments.json", "grafana/payments.postgres.json", HistoryStoreKind.Postgres },
    };

    public static IReadOnlyList<GeneratedFile> Render(IHistoryReader reader, HistoryStoreKind kind, int windows = 28) =>
        SiteRenderer.Render(TrendExample.Definitions, "/defs/payments", TrendExample.Run(), TemplateSet.Defaults, WikiFlavour.GitHub, new TrendSource(reader, kind) { Windows = windows });

    [Theory]
    [MemberData(nameof(Files))]
    public void Rendered_with_a_history_matches_the_golden_file(string generated, string golden, HistoryStoreKind kind)
    {
        using var store = TrendExample.Store();
        var content = Render(store, kind).Single(f => f.Path == generated).Content;
        var path = Path.Combine(Folder, golden);
        if (Environment.GetEnvironmentVariable("MONITORS_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, Utf8);
        }

        Utf8.GetString(File.ReadAllBytes(path)).Should().Be(content, "the output must match {0} byte for byte (regenerate with MONITORS_UPDATE_GOLDEN=1 after an intended change)", golden);
    }

    [Fact]
    public void A_sqlite_history_renders_the_same_bytes_as_the_same_entries_in_memory()
    {
        using var folder = TemporaryDirectory.Create();
        var path = folder.PathOf("history.db");
        using (var writer = SqliteHistoryStore.Open(path, create: true))
        {
            writer.Record(TrendExample.Entries());
        }

        using var memory = TrendExample.Store();
        using var sqlite = SqliteHistoryStore.Open(path, create: false);

        var fromSqlite = Render(sqlite, HistoryStoreKind.Sqlite);
        fromSqlite.Select(f => (f.Path, f.Content)).Should().Equal(Render(memory, HistoryStoreKind.Sqlite).Select(f => (f.Path, f.Content)));
    }

    [Fact]
    public void Without_a_history_the_pages_are_those_of_the_overload_without_one()
    {
        var before = SiteRenderer.Render(TrendExample.Definitions, "/defs/payments", TrendExample.Run(), TemplateSet.Defaults, WikiFlavour.GitHub);
        var after = SiteRenderer.Render(TrendExample.Definitions, "/defs/payments", TrendExample.Run(), TemplateSet.Defaults, WikiFlavour.GitHub, history: null);

        after.Select(f => (f.Path, f.Content)).Should().Equal(before.Select(f => (f.Path, f.Content)));
        string.Concat(after.Select(f => f.Content)).Should().NotContain("## Trend").And.NotContain("Over the last windows").And.NotContain("history_entry");
    }

    [Fact]
    public void A_monitor_the_history_holds_nothing_for_says_so_on_its_page_and_in_the_report()
    {
        using var empty = new MemoryHistoryStore();
        var files = Render(empty, HistoryStoreKind.Sqlite);

        files.Single(f => f.Path == "wiki/monitor-amount-nulls.md").Content.Should().Contain("\n## Trend\n\nNo window of this monitor is recorded in the history.\n");
        var report = files.Single(f => f.Path == "report.html").Content;
        report.Should().Contain("<h4>Over the last windows</h4>\n<p class=\"trend\">No window of this monitor is recorded in the history.</p>\n</section>");
        report.Should().NotContain("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\"");
    }
}
