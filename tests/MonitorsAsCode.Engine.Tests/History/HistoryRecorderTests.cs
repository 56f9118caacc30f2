using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Tests.History;

[UseCulture("de-DE")]
public sealed class HistoryRecorderTests : IDisposable
{
    private const string Datasets = """
        datasets:
          - id: scoring
            snapshots: { current: data/current.csv, captured_at: 2026-03-05T00:00:00Z }
            columns:
              at:     { type: timestamp, role: event_time }
              score:  { type: double, role: prediction }
              model:  { type: string, role: model_version }
        monitors:
          - id: score-completeness
            dataset: scoring
            check: completeness
            column: score
            fail: 0.5
            severity: info
        """;

    private const string Current = """
        at,score,model
        2026-03-01T10:00:00Z,0.1,v1
        2026-03-02T10:00:00Z,0.2,v3
        2026-03-02T23:59:59Z,,v2
        2026-03-03T00:00:00Z,0.4,v9
        """;

    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    public HistoryRecorderTests()
    {
        folder.Write("defs.yaml", Datasets);
        Directory.CreateDirectory(folder.PathOf("data"));
        folder.Write("data/current.csv", Current);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_run_over_whole_snapshots_is_recorded_at_its_as_of_instant_with_every_row_and_version()
    {
        var definitions = YamlDefinitionLoader.LoadDirectory(folder.Root).Definitions;
        var run = new MonitorRunner().Run(definitions);

        var entry = HistoryRecorder.Entries(definitions, run, new RunOptions(), folder.Root).Should().ContainSingle().Subject;

        entry.Window.Should().Be(JudgedWindow.At(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero)));
        entry.Value.Should().Be(0.25);
        entry.Rows.Should().Be(4);
        entry.ModelVersions.Should().Equal("v1", "v2", "v3", "v9");
        entry.Snapshots.Should().ContainSingle().Which.Path.Should().Be("data/current.csv");
    }

    [Fact]
    public void A_bounded_window_counts_only_its_rows_and_versions()
    {
        var definitions = YamlDefinitionLoader.LoadDirectory(folder.Root).Definitions;
        var window = new JudgedWindow(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero));
        var options = new RunOptions { Window = window };
        var run = new MonitorRunner().Run(definitions, options);

        var entry = HistoryRecorder.Entries(definitions, run, options, folder.Root).Should().ContainSingle().Subject;

        entry.Window.Should().Be(window);
        entry.Rows.Should().Be(2, "the window holds events from 03-02 (inclusive) to 03-03 (exclusive)");
        entry.ModelVersions.Should().Equal("v2", "v3");
    }

    [Fact]
    public void A_snapshot_gone_since_the_run_is_a_read_error_so_nothing_is_recorded()
    {
        var definitions = YamlDefinitionLoader.LoadDirectory(folder.Root).Definitions;
        var run = new MonitorRunner().Run(definitions);
        File.Delete(folder.PathOf("data/current.csv"));

        var act = () => HistoryRecorder.Entries(definitions, run, new RunOptions(), folder.Root);

        act.Should().Throw<SnapshotReadException>();
    }

    [Fact]
    public void Outside_a_git_tree_there_is_no_revision()
    {
        HistoryRecorder.Revision(folder.Root).Should().BeNull();
    }
}
