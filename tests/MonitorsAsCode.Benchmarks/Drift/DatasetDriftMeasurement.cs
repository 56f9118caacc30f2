using System.Diagnostics;
using System.Globalization;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Checks;
using MonitorsAsCode.Engine.Planning;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Benchmarks.Drift;

/// <summary>
/// The end-to-end measurement the README reports: one dataset drift monitor (<c>columns: all</c>, <c>auto</c>)
/// over <see cref="SyntheticDataset"/> held in memory, timed with a stopwatch, with the process's peak resident
/// set (the kernel's high-water mark, what <c>/usr/bin/time -v</c> reports as maximum resident set size) and the
/// managed heap sampled while the monitor runs. Run it in a fresh process so the peak belongs to this
/// measurement alone.
/// </summary>
internal static class DatasetDriftMeasurement
{
    private const double Megabyte = 1e6;

    public static int Run(int rows, int repeats, TextWriter output)
    {
        var process = Process.GetCurrentProcess();
        var generation = Stopwatch.StartNew();
        var dataset = SyntheticDataset.Generate(rows, seed: 20261121);
        generation.Stop();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var dataBytes = GC.GetTotalMemory(forceFullCollection: true);
        var afterGenerationInfo = GC.GetGCMemoryInfo();
        process.Refresh();
        var afterGeneration = process.WorkingSet64;
        var peakAfterGeneration = process.PeakWorkingSet64;

        var monitor = new MonitorDefinition("all-features", dataset.Definition.Id, CheckKind.Drift) { AllColumns = true, Warn = Threshold.AtMost(0.2), Fail = Threshold.AtMost(0.5) };
        var planned = DatasetPlan.For(dataset.Definition, [monitor]).Monitors[0];
        var reference = MonitorsAsCode.Engine.Scanning.SnapshotFacts.OfReference(dataset.Reference, planned, dataset.Definition);
        var current = MonitorsAsCode.Engine.Scanning.SnapshotFacts.OfCurrent(dataset.Current, planned, dataset.Definition, reference, DateTimeOffset.UnixEpoch);
        var context = new CheckContext(planned, dataset.Definition, current, reference, DateTimeOffset.UnixEpoch, AsOfSource.Option);
        var check = CheckRegistry.For(CheckKind.Drift);

        var seconds = new List<double>();
        var processorSeconds = new List<double>();
        Measurement? measurement = null;
        using (var sampler = new MemorySampler())
        {
            for (var i = 0; i < repeats; i++)
            {
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                process.Refresh();
                var processorBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                measurement = check.Measure(context);
                watch.Stop();
                process.Refresh();
                var processor = (process.TotalProcessorTime - processorBefore).TotalSeconds;
                seconds.Add(watch.Elapsed.TotalSeconds);
                processorSeconds.Add(processor);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}: {watch.Elapsed.TotalSeconds:0.000} s, {processor:0.000} s of CPU, {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Megabyte:0} MB allocated"));
            }

            sampler.Stop();
            process.Refresh();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dataset.Definition.Columns.Count} columns, {rows:#,0} reference rows vs {rows:#,0} current rows, {Environment.ProcessorCount} cores"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated in {generation.Elapsed.TotalSeconds:0.0} s; snapshots in memory: {dataBytes / Megabyte:0} MB (managed heap {afterGenerationInfo.HeapSizeBytes / Megabyte:0} MB, committed {afterGenerationInfo.TotalCommittedBytes / Megabyte:0} MB)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dataset drift monitor: first run {seconds[0]:0.000} s, best {seconds.Min():0.000} s, median {Median(seconds):0.000} s; CPU time per run: median {Median(processorSeconds):0.000} s (all threads; less sensitive to other processes than the wall clock)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resident set once the data is generated: {afterGeneration / Megabyte:0} MB (peak while generating {peakAfterGeneration / Megabyte:0} MB)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"while the monitor ran (sampled every 2 ms): managed heap at most {sampler.MaxManagedBytes / Megabyte:0} MB, {(sampler.MaxManagedBytes - dataBytes) / Megabyte:0} MB above the snapshots; GC committed at most {sampler.MaxCommittedBytes / Megabyte:0} MB"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak resident set of the process (data included): {process.PeakWorkingSet64 / Megabyte:0} MB, of which the monitor added at most {(process.PeakWorkingSet64 - afterGeneration) / Megabyte:0} MB"));
        }

        output.WriteLine("value " + ValueFormat.Short(measurement!.Value) + ": " + measurement.Evidence.Summary); // repeats is at least 1
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Samples the managed heap (live and not yet collected) and the GC's committed memory on a background thread.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly Thread thread;
        private volatile bool stopping;

        public MemorySampler()
        {
            thread = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
            thread.Start();
        }

        public long MaxManagedBytes { get; private set; }

        public long MaxCommittedBytes { get; private set; }

        public void Stop()
        {
            stopping = true;
            thread.Join();
        }

        public void Dispose() => Stop();

        private void Sample()
        {
            while (!stopping)
            {
                MaxManagedBytes = Math.Max(MaxManagedBytes, GC.GetTotalMemory(forceFullCollection: false));
                MaxCommittedBytes = Math.Max(MaxCommittedBytes, GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes);
                Thread.Sleep(2);
            }
        }
    }
}
