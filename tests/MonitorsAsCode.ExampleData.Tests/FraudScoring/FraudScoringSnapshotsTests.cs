using System.Globalization;
using System.Text;
using MonitorsAsCode.ExampleData.FraudScoring;

namespace MonitorsAsCode.ExampleData.Tests.FraudScoring;

public sealed class FraudScoringSnapshotsTests
{
    private static readonly string CommittedDataDirectory = RepositoryCheckout.Path("monitors", "fraud-scoring", "data");

    [Fact]
    public void Regenerated_snapshots_match_the_committed_files_byte_for_byte()
    {
        var temporary = Directory.CreateTempSubdirectory("fraud-scoring-");
        try
        {
            // A culture with a decimal comma and its own calendar names, so culture-sensitive
            // formatting could not slip into the files unnoticed.
            WithCulture("de-DE", () => FraudScoringSnapshots.Write(temporary.FullName));

            var names = new[]
            {
                FraudScoringSnapshots.ReferenceFileName, FraudScoringSnapshots.CurrentFileName,
                FraudScoringSnapshots.ReferenceParquetFileName, FraudScoringSnapshots.CurrentParquetFileName,
            };
            Directory.GetFiles(temporary.FullName).Select(Path.GetFileName).Should().BeEquivalentTo(names, "no temporary file is left behind");
            foreach (var name in names)
            {
                var regenerated = File.ReadAllBytes(Path.Combine(temporary.FullName, name));
                var committed = File.ReadAllBytes(Path.Combine(CommittedDataDirectory, name));
                regenerated.SequenceEqual(committed).Should().BeTrue(
                    "{0} must be regenerated with `dotnet run --project tools/MonitorsAsCode.ExampleData -- monitors/fraud-scoring/data` after a generator change (regenerated {1} bytes, committed {2} bytes)",
                    name, regenerated.Length, committed.Length);
            }
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    [Fact]
    public void Snapshots_are_utf8_without_bom_with_lf_line_endings()
    {
        var bytes = FraudScoringSnapshots.BuildReference();

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
    }

    [Fact]
    public void Current_week_carries_the_injected_incidents_and_the_reference_none()
    {
        var reference = Parse(FraudScoringSnapshots.BuildReference());
        var current = Parse(FraudScoringSnapshots.BuildCurrent());

        reference.Should().HaveCount(FraudScoringSnapshots.RowsPerSnapshot);
        reference.Select(r => r["transaction_id"]).Should().OnlyHaveUniqueItems();
        reference.Should().NotContain(r => r["device_type"] == string.Empty || r["payment_method"] == "bnpl");

        var duplicates = current.Count - current.Select(r => r["transaction_id"]).Distinct().Count();
        ((double)duplicates / current.Count).Should().BeInRange(0.02, 0.04, "a join duplicates about 3% of rows");
        current.Count.Should().Be(FraudScoringSnapshots.RowsPerSnapshot + duplicates);

        ShareOf(current, r => r["payment_method"] == "bnpl").Should().BeInRange(0.05, 0.07);
        current.Where(r => r["country"] == "DE").Should().OnlyContain(r => r["device_type"] == string.Empty);
        current.Where(r => r["country"] != "DE").Should().NotContain(r => r["device_type"] == string.Empty);

        var newest = current.Max(r => DateTime.Parse(r["event_time"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
        (FraudScoringSnapshots.CapturedAt - newest).Should().BeCloseTo(TimeSpan.FromDays(2), TimeSpan.FromMinutes(10));

        // The truncated 7-day sum sits near 7/30 of the reference's 30-day sums.
        var ratio = Median(current, "txn_sum_30d") / Median(reference, "txn_sum_30d");
        ratio.Should().BeInRange(0.15, 0.35);
    }

    private static List<Dictionary<string, string>> Parse(byte[] csv)
    {
        var lines = Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return lines.Skip(1)
            .Select(line => header.Zip(line.Split(','), (name, value) => (name, value)).ToDictionary(p => p.name, p => p.value))
            .ToList();
    }

    private static double ShareOf(List<Dictionary<string, string>> rows, Func<Dictionary<string, string>, bool> predicate) =>
        (double)rows.Count(predicate) / rows.Count;

    private static double Median(List<Dictionary<string, string>> rows, string column)
    {
        var values = rows.Select(r => double.Parse(r[column], CultureInfo.InvariantCulture)).Order().ToList();
        return values[values.Count / 2];
    }

    private static void WithCulture(string name, Action action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
