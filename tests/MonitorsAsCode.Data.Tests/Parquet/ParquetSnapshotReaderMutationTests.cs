using System.Globalization;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Seeded mutations of real files — flipped bits, overwritten bytes, truncations, cut-out ranges —
/// must end in a <see cref="SnapshotReadException"/> or a successful read: never another exception
/// type, a crash or a hang. Each mutated file is read three ways: as batches, scanned into accumulators
/// (values, and null counts alone), and through its stored statistics.
/// </summary>
public sealed class ParquetSnapshotReaderMutationTests
{
    private const int Seed = 20_251_121;
    private const int Mutations = 2_000;

    /// <summary>Small files covering the codecs, page versions and encodings; uncompressed ones expose the decoders directly.</summary>
    private static readonly string[] ParquetTestingFiles =
    [
        "alltypes_plain.parquet",
        "alltypes_plain.snappy.parquet",
        "datapage_v2.snappy.parquet",
        "delta_encoding_optional_column.parquet",
        "delta_encoding_required_column.parquet",
        "delta_length_byte_array.parquet",
        "rle_boolean_encoding.parquet",
        "hadoop_lz4_compressed.parquet",
        "non_hadoop_lz4_compressed.parquet",
        "lz4_raw_compressed.parquet",
        "byte_stream_split.zstd.parquet",
        "concatenated_gzip_members.parquet",
        "fixed_length_decimal.parquet",
        "byte_array_decimal.parquet",
        "int32_with_null_pages.parquet",
        "dict-page-offset-zero.parquet",
        "sort_columns.parquet",
        "page_v2_empty_compressed.parquet",
        "single_nan.parquet",
        "binary.parquet",
    ];

    /// <summary>DuckDB's snappy pages with RLE definition levels first: what a null count decompresses only the start of.</summary>
    private static readonly string[] DuckDbFiles = ["current_2k.parquet", "current_2k_v2.parquet"];

    [Fact]
    public async Task Corrupted_files_fail_only_with_snapshot_read_errors()
    {
        var names = ParquetTestingFiles.Concat(DuckDbFiles).ToList();
        var fixtures = ParquetTestingFiles.Select(ParquetFixtures.ParquetTesting).Concat(DuckDbFiles.Select(ParquetFixtures.DuckDb)).Select(File.ReadAllBytes).ToList();
        var failures = new List<string>();
        var outcomes = new int[2];

        var run = Task.Run(() =>
        {
            var random = new Random(Seed);
            using var file = TemporaryFile.Reserve(".parquet");
            for (var i = 0; i < Mutations; i++)
            {
                var source = random.Next(fixtures.Count);
                var (bytes, description) = Mutate(fixtures[source], random);
                File.WriteAllBytes(file.Path, bytes);
                foreach (var (way, read) in Ways)
                {
                    try
                    {
                        read(file.Path);
                        outcomes[0]++;
                    }
                    catch (SnapshotReadException)
                    {
                        outcomes[1]++;
                    }
                    catch (Exception error)
                    {
                        failures.Add(string.Create(CultureInfo.InvariantCulture, $"mutation {i} of {names[source]} ({description}), {way}: {error.GetType().Name}: {error.Message}\n{error.StackTrace}"));
                    }
                }
            }
        });

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120)));
        finished.Should().BeSameAs(run, $"{Mutations} mutated reads should finish; one of them hangs");
        await run;
        failures.Should().BeEmpty();
        outcomes[1].Should().BeGreaterThan(Mutations * Ways.Length / 4, "most mutations break the file");
    }

    private static readonly (string Way, Action<string> Read)[] Ways =
    [
        ("batches", path => ParquetFixtures.LoadAll(path)),
        ("scan", path => Scan(path, needsValues: true)),
        ("null-count scan", path => Scan(path, needsValues: false)),
        ("statistics", path =>
        {
            var reader = new ParquetSnapshotReader(path);
            reader.ReadStatistics([.. reader.ReadSchema().Fields.Select(f => new ColumnRequest(f.Name, f.Kind!.Value))]);
        }),
    ];

    private static void Scan(string path, bool needsValues)
    {
        var reader = new ParquetSnapshotReader(path);
        var requests = reader.ReadSchema().Fields.Select(f => new ColumnRequest(f.Name, f.Kind!.Value)).ToList();
        reader.Scan(requests, [.. requests.Select(_ => new Scanning.RecordingAccumulator(needsValues))]);
    }

    private static (byte[] Bytes, string Description) Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        var footerStart = Math.Max(0, bytes.Length - 8 - BitConverter.ToInt32(bytes, bytes.Length - 8));
        switch (random.Next(6))
        {
            case 0:
            case 1:
                {
                    // Flip bits anywhere.
                    var flips = 1 + random.Next(3);
                    for (var f = 0; f < flips; f++)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    return (bytes, flips + " bit flips");
                }

            case 2:
                {
                    // Flip bits in the footer, where every byte is structure.
                    var at = footerStart + random.Next(bytes.Length - footerStart);
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    return (bytes, "footer bit flip at " + at);
                }

            case 3:
                {
                    // Overwrite a byte in the data with an extreme value.
                    var at = 4 + random.Next(Math.Max(1, footerStart - 4));
                    bytes[at] = random.Next(3) switch { 0 => 0x00, 1 => 0xFF, _ => (byte)random.Next(256) };
                    return (bytes, "byte overwritten at " + at);
                }

            case 4:
                {
                    // Cut a range out of the data, keeping the footer: every offset after it is wrong.
                    var at = 4 + random.Next(Math.Max(1, footerStart - 4));
                    var length = Math.Min(1 + random.Next(16), bytes.Length - at - 8);
                    return ([.. bytes[..at], .. bytes[(at + Math.Max(0, length))..]], "cut " + length + " bytes at " + at);
                }

            default:
                {
                    var length = random.Next(bytes.Length);
                    return (bytes[..length], "truncated to " + length);
                }
        }
    }
}
