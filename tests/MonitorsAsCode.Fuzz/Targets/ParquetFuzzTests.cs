using System.Text.Json;
using MonitorsAsCode.Cli;
using MonitorsAsCode.Fuzz.Generators;
using MonitorsAsCode.Fuzz.Harness;
using MonitorsAsCode.Fuzz.Outputs;
using Xunit.Abstractions;

namespace MonitorsAsCode.Fuzz.Targets;

/// <summary>
/// Mutated copies of the committed Parquet fixtures through <c>monitors profile</c>, which reads every column
/// and page: each must be profiled or refused as unreadable (exit 3, one message), never crash, hang or
/// allocate without bound, and a file that is read must not silently lose or gain rows.
/// </summary>
public sealed class ParquetFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Fixtures =
    [
        "parquet-testing/alltypes_plain.parquet",
        "parquet-testing/alltypes_plain.snappy.parquet",
        "parquet-testing/datapage_v2.snappy.parquet",
        "parquet-testing/delta_length_byte_array.parquet",
        "parquet-testing/delta_encoding_optional_column.parquet",
        "parquet-testing/byte_stream_split.zstd.parquet",
        "parquet-testing/rle_boolean_encoding.parquet",
        "parquet-testing/int32_with_null_pages.parquet",
        "parquet-testing/fixed_length_decimal.parquet",
        "parquet-testing/dict-page-offset-zero.parquet",
        "parquet-testing/single_nan.parquet",
        "parquet-testing/lz4_raw_compressed.parquet",
        "parquet-testing/rle-dict-snappy-checksum.parquet",
        "parquet-testing/int96_from_spark.parquet",
        "duckdb-written/current_2k_zstd.parquet",
        "duckdb-written/current_2k_v2.parquet",
    ];

    [Fact]
    public void Mutated_parquet_is_profiled_or_refused_without_crash_hang_or_lost_rows()
    {
        var originals = Fixtures.Select(name => (Name: name, Bytes: File.ReadAllBytes(RepositoryCheckout.Path("tests", "fixtures", name)), Rows: (long?)null)).ToArray();
        for (var i = 0; i < originals.Length; i++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"mac-fuzz-original-{Guid.NewGuid():N}.parquet");
            File.WriteAllBytes(path, originals[i].Bytes);
            try
            {
                var profiled = InProcessCli.Run("profile", path, "--format", "json");
                profiled.ExitCode.Should().Be(ExitCodes.Passed, "the unmutated fixture {0} is readable: {1}", originals[i].Name, profiled.Error);
                originals[i].Rows = RowCount(profiled.Out);
            }
            finally
            {
                File.Delete(path);
            }
        }

        new FuzzTarget(nameof(ParquetFuzzTests), output).Run(ciCases: 1000, fuzzCase =>
        {
            var original = originals[fuzzCase.Random.Next(originals.Length)];
            fuzzCase.Note("from tests/fixtures/" + original.Name);
            var path = fuzzCase.Write("snapshot.parquet", new ParquetMutator(fuzzCase).Mutate(original.Bytes));
            var json = fuzzCase.Random.Next(3) != 0;
            var outcome = InProcessCli.Run("profile", path, "--format", json ? "json" : "text");
            OutputValidity.PlainText(outcome.Error, "profile's standard error");
            if (outcome.ExitCode == ExitCodes.DataUnreadable)
            {
                return;
            }

            if (outcome.ExitCode != ExitCodes.Passed)
            {
                throw new FuzzFailure(FailureKind.Crash, $"profile of a damaged file exits {outcome.ExitCode}, neither 0 nor 3", outcome.Describe());
            }

            if (!json)
            {
                OutputValidity.PlainText(outcome.Out, "profile's text output");
                return;
            }

            using var document = OutputValidity.Json(outcome.Out, "profile's JSON");
            var rows = RowCount(outcome.Out);
            if (rows != original.Rows)
            {
                throw new FuzzFailure(FailureKind.InvalidOutput, "a damaged file is read without an error but with a different row count", $"{rows} rows read, the original has {original.Rows}");
            }
        });
    }

    private static long? RowCount(string profileJson)
    {
        using var document = JsonDocument.Parse(profileJson);
        return document.RootElement.TryGetProperty("rows", out var rows) && rows.TryGetInt64(out var count) ? count : null;
    }
}
