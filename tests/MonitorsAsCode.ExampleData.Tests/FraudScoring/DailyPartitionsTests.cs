using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.ExampleData.FraudScoring;

namespace MonitorsAsCode.ExampleData.Tests.FraudScoring;

public sealed class DailyPartitionsTests
{
    private static readonly string CommittedDataDirectory = RepositoryCheckout.Path("monitors", "fraud-scoring", "data");

    private static readonly Lazy<IReadOnlyList<(string RelativePath, byte[] Bytes)>> Built = new(DailyPartitions.Build);

    [Fact]
    public void Regenerated_partitions_match_the_committed_files_byte_for_byte()
    {
        var temporary = Directory.CreateTempSubdirectory("fraud-daily-");
        try
        {
            DailyPartitions.Write(temporary.FullName);

            var regenerated = Files(temporary.FullName);
            var committed = Files(CommittedDataDirectory);
            regenerated.Should().HaveCount(DailyPartitions.Days).And.Equal(committed, "the committed folder holds exactly the generated partitions, and no temporary file is left behind");
            foreach (var relative in regenerated)
            {
                var fresh = File.ReadAllBytes(Path.Combine(temporary.FullName, relative));
                var kept = File.ReadAllBytes(Path.Combine(CommittedDataDirectory, relative));
                fresh.SequenceEqual(kept).Should().BeTrue(
                    "{0} must be regenerated with `dotnet run --project tools/MonitorsAsCode.ExampleData -- monitors/fraud-scoring/data` after a generator change (regenerated {1} bytes, committed {2} bytes)",
                    relative, fresh.Length, kept.Length);
            }
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    [Fact]
    public void Ninety_hive_day_folders_from_the_first_day_keep_the_repository_light()
    {
        var partitions = Built.Value;

        partitions.Select(p => p.RelativePath).Should().Equal(
            Enumerable.Range(0, DailyPartitions.Days).Select(i => $"daily/{DailyPartitions.DayFolder(DailyPartitions.FirstDay.AddDays(i))}/part-0.parquet"));
        partitions[0].RelativePath.Should().Be("daily/date=2026-08-16/part-0.parquet");
        partitions.Sum(p => (long)p.Bytes.Length).Should().BeLessThan(1_600_000);
    }

    [Fact]
    public void Weekends_the_campaign_and_the_lookup_outage_move_the_share_of_unknown_account_ages()
    {
        var shares = Built.Value.Select((p, i) => (Day: DailyPartitions.FirstDay.AddDays(i), Share: UnknownAccountShare(p.Bytes, out var rows), Rows: rows)).ToList();
        var ordinary = shares.Where(s => !DailyPartitions.InCampaign(s.Day) && s.Day != DailyPartitions.LookupOutageDay).ToList();
        var weekdays = ordinary.Where(s => s.Day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        var weekends = ordinary.Where(s => s.Day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).ToList();
        var campaign = shares.Where(s => DailyPartitions.InCampaign(s.Day)).ToList();

        campaign.Should().HaveCount(14);
        weekdays.Average(s => s.Share).Should().BeInRange(0.02, 0.045);
        weekends.Average(s => s.Share).Should().BeInRange(0.08, 0.12);
        campaign.Should().OnlyContain(s => s.Share > 0.25);
        shares.Single(s => s.Day == DailyPartitions.LookupOutageDay).Share.Should().BeInRange(0.12, 0.2);
        weekends.Average(s => s.Rows).Should().BeGreaterThan(1.2 * weekdays.Where(s => s.Day < DailyPartitions.IncidentWeekStart).Average(s => s.Rows));
        campaign.Where(s => s.Day.DayOfWeek == DayOfWeek.Wednesday).Should().OnlyContain(s => s.Rows == 270);
    }

    [Fact]
    public void The_last_week_carries_the_current_snapshots_incidents()
    {
        var lastWeek = Built.Value.Skip(DailyPartitions.Days - 6).Select(p => Load(p.Bytes, ("country", ColumnKind.String), ("device_type", ColumnKind.String), ("payment_method", ColumnKind.String))).ToList();
        var before = Load(Built.Value[DailyPartitions.Days - 7].Bytes, ("country", ColumnKind.String), ("device_type", ColumnKind.String), ("payment_method", ColumnKind.String));

        foreach (var day in lastWeek)
        {
            var country = (StringColumn)day["country"];
            var device = (StringColumn)day["device_type"];
            Enumerable.Range(0, (int)day.RowCount).Where(i => country.Values[i] == "DE").Should().OnlyContain(i => !device.Valid[i], "device enrichment stopped answering for German traffic");
            ((StringColumn)day["payment_method"]).Values.Should().Contain("bnpl");
        }

        ((StringColumn)before["payment_method"]).Values.Should().NotContain("bnpl");
    }

    private static List<string> Files(string dataDirectory) =>
        [.. Directory.EnumerateFiles(Path.Combine(dataDirectory, DailyPartitions.FolderName), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dataDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static double UnknownAccountShare(byte[] parquet, out int rows)
    {
        var table = Load(parquet, ("account_age_days", ColumnKind.Int64));
        var ages = (Int64Column)table["account_age_days"];
        rows = (int)table.RowCount;
        return (double)ages.Valid.Count(v => !v) / rows;
    }

    private static SnapshotTable Load(byte[] parquet, params (string Name, ColumnKind Kind)[] columns)
    {
        var path = Path.Combine(Path.GetTempPath(), "fraud-daily-" + Guid.NewGuid().ToString("N") + ".parquet");
        File.WriteAllBytes(path, parquet);
        try
        {
            return SnapshotTable.Load(new ParquetSnapshotReader(path), [.. columns.Select(c => new ColumnRequest(c.Name, c.Kind))]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
