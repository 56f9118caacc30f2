using BenchmarkDotNet.Attributes;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Checks;
using MonitorsAsCode.Engine.Planning;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Benchmarks.Drift;

/// <summary>BenchmarkDotNet: a dataset drift monitor over the synthetic dataset, by method, with allocations.</summary>
[MemoryDiagnoser]
public class DatasetDriftBenchmarks
{
    private SyntheticDataset? dataset;

    [Params(100_000)]
    public int Rows { get; set; }

    [Params("auto", "psi", "jensen-shannon")]
    public string DriftMethod { get; set; } = "auto";

    [GlobalSetup]
    public void Setup() => dataset = SyntheticDataset.Generate(Rows, seed: 20261121);

    [Benchmark]
    public double Measure()
    {
        var data = dataset!; // set up by GlobalSetup
        var method = Definitions.Yaml.YamlWords.Methods.Single(p => p.Key == DriftMethod).Value;
        var monitor = new MonitorDefinition("all-features", data.Definition.Id, CheckKind.Drift) { AllColumns = true, Method = method, Fail = Threshold.AtMost(0.5) };
        var planned = DatasetPlan.For(data.Definition, [monitor]).Monitors[0];
        var reference = MonitorsAsCode.Engine.Scanning.SnapshotFacts.OfReference(data.Reference, planned, data.Definition);
        var current = MonitorsAsCode.Engine.Scanning.SnapshotFacts.OfCurrent(data.Current, planned, data.Definition, reference, DateTimeOffset.UnixEpoch);
        var context = new CheckContext(planned, data.Definition, current, reference, DateTimeOffset.UnixEpoch, AsOfSource.Option);
        return CheckRegistry.For(CheckKind.Drift).Measure(context).Value;
    }
}
