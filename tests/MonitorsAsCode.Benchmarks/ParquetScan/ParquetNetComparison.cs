using System.Diagnostics;
using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Compression;
using MonitorsAsCode.Data.Snapshots;
using Parquet;
using Parquet.Schema;

namespace MonitorsAsCode.Benchmarks.ParquetScan;

/// <summary>
/// Our Parquet reader against Parquet.Net 6.1.0 on the same file in the same process: both decode every
/// value of every flat column (ours as batches through <see cref="SnapshotReaders.Open"/>, Parquet.Net column
/// by column per row group with <see cref="ParquetRowGroupReader.ReadRawColumnDataBaseAsync"/>). Each runs
/// once untimed, then <c>repeats</c> times; medians of wall-clock and processor time, bytes allocated, and the
/// peak working set sampled while it ran. Then Snappy: our decoder against Snappier, the managed library Parquet.Net
/// decompresses with, on the same buffers (LZ4 pages are decoded by K4os.Compression.LZ4 since it measured faster).
/// </summary>
internal static class ParquetNetComparison
{
    public static int Run(string path, int repeats, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {new FileInfo(path).Length / 1048576.0:0.0} MiB; {Environment.ProcessorCount} cores; load average {MeasurementFigures.LoadAverage()}"));
        var ours = Measure(repeats, () => ReadWithOurs(path));
        var peer = Measure(repeats, () => ReadWithParquetNet(path).GetAwaiter().GetResult());
        if (ours.Values != peer.Values)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"value counts differ: ours {ours.Values}, Parquet.Net {peer.Values}"));
            return 1;
        }

        Print(output, "every column decoded, MonitorsAsCode", ours);
        Print(output, "every column decoded, Parquet.Net 6.1.0", peer);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio Parquet.Net / ours: {peer.Seconds / ours.Seconds:0.00}x wall, {peer.ProcessorSeconds / ours.ProcessorSeconds:0.00}x CPU, {(double)peer.Allocated / Math.Max(1, ours.Allocated):0.0}x allocated, {(double)peer.PeakWorkingSet / ours.PeakWorkingSet:0.00}x peak working set"));
        Codecs(repeats, output);
        return 0;
    }

    private static long ReadWithOurs(string path)
    {
        var reader = SnapshotReaders.Open(path);
        var requests = reader.ReadSchema().Fields.Select(f => new ColumnRequest(f.Name, f.Kind ?? ColumnKind.String)).ToList();
        long values = 0;
        foreach (var batch in reader.ReadBatches(requests))
        {
            values += (long)batch.RowCount * batch.Columns.Count;
        }

        return values;
    }

    private static async Task<long> ReadWithParquetNet(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields().Where(f => !f.IsArray).ToArray();
        long values = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            foreach (var field in fields)
            {
                using var column = await group.ReadRawColumnDataBaseAsync(field);
                values += group.RowCount;
            }
        }

        return values;
    }

    private static Result Measure(int repeats, Func<long> read)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var values = read(); // warm-up, untimed
        var seconds = new List<double>();
        var processor = new List<double>();
        long allocated = 0;
        long peak = 0;
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            using var sampler = new WorkingSetSampler();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var processorBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            values = read();
            watch.Stop();
            process.Refresh();
            processor.Add((process.TotalProcessorTime - processorBefore).TotalSeconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            seconds.Add(watch.Elapsed.TotalSeconds);
            peak = Math.Max(peak, sampler.Stop());
        }

        return new Result(values, MeasurementFigures.Median(seconds), seconds.Min(), seconds.Max(), MeasurementFigures.Median(processor), allocated, peak);
    }

    private static void Print(TextWriter output, string label, Result r) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-42} median {r.Seconds,6:0.000} s [min {r.Min:0.000}, max {r.Max:0.000}]  {r.Values / r.Seconds / 1e6,6:0.0} M values/s  CPU {r.ProcessorSeconds:0.00} s  {r.Allocated / 1e6,6:0} MB allocated  peak working set {r.PeakWorkingSet / 1048576.0:0} MiB"));

    /// <summary>
    /// Whether our own Snappy decoder should stay: it decompresses the same page-sized buffers (64 KiB of
    /// column-like text and numbers) as Snappier, the library Parquet.Net uses.
    /// </summary>
    private static void Codecs(int repeats, TextWriter output)
    {
        var pages = Pages(512, 65_536);
        var snappy = pages.Select(p => Snappier.Snappy.CompressToArray(p)).ToArray();
        var destination = new byte[65_536];
        var bytes = pages.Sum(p => (long)p.Length);

        Codec(output, "Snappy, ours", repeats, bytes, () => Each(snappy, s => SnappyDecoder.DecompressOwn(s, destination)));
        Codec(output, "Snappy, Snappier 1.3.1", repeats, bytes, () => Each(snappy, s => Snappier.Snappy.Decompress(s, destination)));
    }

    private static void Each(byte[][] sources, Action<byte[]> decompress)
    {
        foreach (var source in sources)
        {
            decompress(source);
        }
    }

    private static void Codec(TextWriter output, string label, int repeats, long bytes, Action run)
    {
        run();
        var seconds = new List<double>();
        for (var i = 0; i < Math.Max(repeats, 5); i++)
        {
            var watch = Stopwatch.StartNew();
            for (var k = 0; k < 10; k++)
            {
                run();
            }

            seconds.Add(watch.Elapsed.TotalSeconds / 10);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-42} {bytes / MeasurementFigures.Median(seconds) / 1e6,7:0} MB/s decompressed (median of {seconds.Count})"));
    }

    /// <summary>Seeded buffers like a column's pages: repeated category words, digits of numbers, some noise.</summary>
    private static byte[][] Pages(int count, int size)
    {
        var random = new Random(20_261_207);
        string[] words = ["country_07", "segment_42", "alpha", "card_present", "2024-01-01T00:00:00", "0.125", "wallet"];
        var pages = new byte[count][];
        for (var p = 0; p < count; p++)
        {
            var page = new byte[size];
            var at = 0;
            while (at < size)
            {
                var piece = random.Next(5) == 0
                    ? BitConverter.GetBytes(random.NextDouble())
                    : System.Text.Encoding.ASCII.GetBytes(words[random.Next(words.Length)]);
                var length = Math.Min(piece.Length, size - at);
                piece.AsSpan(0, length).CopyTo(page.AsSpan(at));
                at += length;
            }

            pages[p] = page;
        }

        return pages;
    }

    private sealed record Result(long Values, double Seconds, double Min, double Max, double ProcessorSeconds, long Allocated, long PeakWorkingSet);

    /// <summary>The largest working set seen every 5 ms while it runs.</summary>
    private sealed class WorkingSetSampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task<long> sampling;

        public WorkingSetSampler()
        {
            sampling = Task.Run(async () =>
            {
                var peak = Environment.WorkingSet;
                while (!stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, Environment.WorkingSet);
                    try
                    {
                        await Task.Delay(5, stop.Token);
                    }
                    catch (TaskCanceledException)
                    {
                        break;
                    }
                }

                return Math.Max(peak, Environment.WorkingSet);
            });
        }

        public long Stop()
        {
            stop.Cancel();
            return sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => stop.Dispose();
    }
}
