using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Definitions.Tests.Datasets;

public sealed class SnapshotPathTests
{
    [Theory]
    [InlineData("monitors/a/../data/x.csv", "monitors/data/x.csv")]
    [InlineData("./data/./x.csv", "data/x.csv")]
    [InlineData("t1/../t1.csv", "t1.csv")]
    [InlineData("../shared/x.csv", "../shared/x.csv")]
    [InlineData("a/../../x.csv", "../x.csv")]
    [InlineData("/data/../x.csv", "/x.csv")]
    [InlineData("/../x.csv", "/x.csv")]
    [InlineData("a\\b\\..\\x.csv", "a/x.csv")]
    [InlineData(".", ".")]
    public void Dot_segments_are_folded_as_text(string path, string expected)
    {
        SnapshotPath.Fold(path).Should().Be(expected);
    }

    [Fact]
    public void A_snapshot_above_the_definitions_folder_is_written_without_dot_segments()
    {
        var loaded = Yaml.YamlDefinitionLoaderTests.Load(("defs/t1/datasets.yaml", """
            datasets:
              - id: d
                snapshots: { reference: ../t1.csv, current: ./data/../current.csv }
                columns:
                  x: { type: double }
            """));

        loaded.Diagnostics.Should().BeEmpty();
        var snapshots = loaded.Definitions.Datasets.Single().Snapshots;
        snapshots.Reference.Should().Be("defs/t1.csv");
        snapshots.Current.Should().Be("defs/t1/current.csv");
    }
}
