using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Tests.Building;

public sealed class MonitorSetLoaderTests
{
    private const string DatasetYaml = """
        datasets:
          - id: fraud-scoring
            snapshots: { reference: data/reference.csv, current: data/current.csv }
            columns:
              amount: { type: double }
              score:  { type: double, role: prediction }
        """;

    [Fact]
    public void Concrete_monitor_sets_are_found_in_order_of_full_name_and_abstract_ones_are_not()
    {
        var found = MonitorSetLoader.FindMonitorSets(typeof(MonitorSetLoaderTests).Assembly);

        found.Should().Contain([typeof(AmountMonitors), typeof(ScoreMonitors)]).And.NotContain(typeof(AbstractMonitors)).And.NotContain(typeof(GenericMonitors<>));
        found.Select(t => t.FullName).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Sets_run_into_one_builder_so_a_gate_may_name_another_sets_monitors()
    {
        var loaded = MonitorSetLoader.Load([new AmountMonitors(), new ScoreMonitors(), new GateMonitors()], baseDirectory: "monitors");

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.Monitors.Select(m => m.Id).Should().Equal("amount-drift", "score-drift");
        loaded.Definitions.Datasets.Single().Snapshots.Current.Should().Be("monitors/data/current.csv");
        loaded.Files.Should().ContainSingle().Which.Should().EndWith("Building/MonitorSetLoaderTests.cs");
    }

    [Fact]
    public void A_yaml_gate_may_name_a_csharp_monitor_on_a_yaml_dataset()
    {
        var loaded = MonitorSetLoader.LoadWithYaml(
            [KeyValuePair.Create("defs/datasets.yaml", DatasetYaml + "\ngates:\n  - { id: deploy, monitors: [score-drift] }\n")],
            [new ScoreOnYamlDataset()],
            "defs");

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.Gates.Single().Monitors.Should().Equal("score-drift");
    }

    [Fact]
    public void An_id_used_in_yaml_and_csharp_is_a_duplicate_reported_at_the_csharp_declaration()
    {
        var loaded = MonitorSetLoader.LoadWithYaml(
            [KeyValuePair.Create("defs/datasets.yaml", DatasetYaml)],
            [new AmountMonitors()],
            "defs");

        loaded.Diagnostics.Select(d => d.ToString()).Should().ContainSingle().Which.Should()
            .MatchRegex(@"^.*Building/MonitorSetLoaderTests\.cs\([0-9]+,1\): error MAC0005: duplicate dataset id 'fraud-scoring' \(first declared at defs/datasets\.yaml\(2,5\)\)$");
        loaded.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void A_directory_and_an_assembly_load_together()
    {
        var directory = Directory.CreateTempSubdirectory("monitors-").FullName.Replace('\\', '/');
        try
        {
            File.WriteAllText(Path.Combine(directory, "datasets.yaml"), DatasetYaml);

            var loaded = MonitorSetLoader.LoadWithYaml(directory, typeof(MonitorSetLoaderTests).Assembly);

            loaded.Files.Should().Contain(directory + "/datasets.yaml");
            loaded.Definitions.Datasets.Select(d => d.Id).Should().Contain("fraud-scoring");
            loaded.Definitions.Monitors.Select(m => m.Id).Should().Contain("score-drift");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public abstract class AbstractMonitors : MonitorSet
    {
    }

    /// <summary>An open generic set cannot be made without its type argument, so it is not found.</summary>
    public sealed class GenericMonitors<T> : MonitorSet
    {
        public override void Define(MonitorBuilder m) => m.Dataset(typeof(T).Name);
    }

    public sealed class AmountMonitors : MonitorSet
    {
        public override void Define(MonitorBuilder m)
        {
            var data = m.Dataset("fraud-scoring")
                .Snapshots(reference: "data/reference.csv", current: "data/current.csv")
                .Column("amount", ColumnType.Double)
                .Column("score", ColumnType.Double, ColumnRole.Prediction);
            m.Drift("amount-drift", data, "amount").Warn(0.1).Fail(0.25);
        }
    }

    public sealed class ScoreMonitors : MonitorSet
    {
        public override void Define(MonitorBuilder m) => m.Drift("score-drift", "fraud-scoring", "score").Warn(0.1).Fail(0.25);
    }

    public sealed class GateMonitors : MonitorSet
    {
        public override void Define(MonitorBuilder m) => m.Gate("deploy", "amount-drift", "score-drift");
    }

    public sealed class ScoreOnYamlDataset : MonitorSet
    {
        public override void Define(MonitorBuilder m) => m.Drift("score-drift", "fraud-scoring", "score").Warn(0.1).Fail(0.25);
    }
}
