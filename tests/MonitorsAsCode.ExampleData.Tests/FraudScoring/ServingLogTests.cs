using System.Globalization;
using System.Text;
using MonitorsAsCode.ExampleData.FraudScoring;

namespace MonitorsAsCode.ExampleData.Tests.FraudScoring;

public sealed class ServingLogTests
{
    private static readonly string CommittedDirectory = RepositoryCheckout.Path("monitors", "fraud-scoring", "data");

    [Fact]
    public void Regenerated_serving_log_matches_the_committed_file_byte_for_byte()
    {
        var temporary = Directory.CreateTempSubdirectory("fraud-serving-");
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            // A culture with a decimal comma, so culture-sensitive formatting could not slip in unnoticed.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            var written = ServingLog.Write(temporary.FullName);

            written.Select(Path.GetFileName).Should().Equal(ServingLog.FileName, ServingLog.ParquetFileName);
            foreach (var path in written)
            {
                var regenerated = File.ReadAllBytes(path);
                var committed = File.ReadAllBytes(Path.Combine(CommittedDirectory, Path.GetFileName(path)));
                regenerated.SequenceEqual(committed).Should().BeTrue(
                    "{0} must be regenerated with `dotnet run --project tools/MonitorsAsCode.ExampleData -- monitors/fraud-scoring/data` after a generator change (regenerated {1} bytes, committed {2} bytes)",
                    Path.GetFileName(path), regenerated.Length, committed.Length);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            temporary.Delete(recursive: true);
        }
    }

    [Fact]
    public void Four_weeks_of_requests_up_to_the_capture_carry_the_outage_the_flaky_dependency_and_the_slow_ramp()
    {
        var rows = Parse(ServingLog.Build());

        rows.Should().HaveCountGreaterThan(40_000);
        rows.Select(r => r.Time).Should().BeInAscendingOrder();
        rows[0].Time.Should().BeOnOrAfter(new DateTime(2026, 10, 19, 0, 0, 0, DateTimeKind.Utc));
        rows[^1].Time.Should().BeBefore(FraudScoringSnapshots.CapturedAt);

        var outage = rows.Where(r => r.Time >= new DateTime(2026, 11, 11, 14, 0, 0, DateTimeKind.Utc) && r.Time < new DateTime(2026, 11, 11, 17, 0, 0, DateTimeKind.Utc)).ToList();
        ShareOf(outage, r => r.Status >= 500).Should().BeInRange(0.15, 0.35, "a quarter of requests failed during the outage");
        ShareOf(rows.Where(r => r.Time < new DateTime(2026, 11, 11, 0, 0, 0, DateTimeKind.Utc)).ToList(), r => r.Status >= 500).Should().BeLessThan(0.003);

        var ramp = rows.Where(r => r.Time >= new DateTime(2026, 11, 15, 21, 0, 0, DateTimeKind.Utc)).ToList();
        ShareOf(ramp, r => r.Version == "fraud-v3.2.1").Should().BeInRange(0.45, 0.75);
        ShareOf(ramp, r => r.Status < 500 && r.LatencyMs > 120).Should().BeGreaterThan(0.2, "most of fraud-v3.2.1's answers are slower than 120 ms");
        ShareOf(rows.Where(r => r.Time < new DateTime(2026, 11, 8, 0, 0, 0, DateTimeKind.Utc)).ToList(), r => r.Version != "fraud-v3.2.0").Should().Be(0);
    }

    [Fact]
    public void The_serving_log_is_utf8_without_bom_with_lf_line_endings_and_its_header()
    {
        var bytes = ServingLog.Build();

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.Should().NotContain((byte)'\r');
        Encoding.UTF8.GetString(bytes).Split('\n')[0].Should().Be("request_id,request_time,model_version,latency_ms,status");
    }

    private static List<(DateTime Time, string Version, double LatencyMs, int Status)> Parse(byte[] csv) =>
        Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => (
                DateTime.ParseExact(f[1], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                f[2],
                double.Parse(f[3], CultureInfo.InvariantCulture),
                int.Parse(f[4], CultureInfo.InvariantCulture)))
            .ToList();

    private static double ShareOf<T>(List<T> rows, Func<T, bool> predicate) => (double)rows.Count(predicate) / rows.Count;
}
