using System.Globalization;
using MonitorsAsCode.ExampleData.Sampling;

namespace MonitorsAsCode.ExampleData.FraudScoring;

/// <summary>
/// The fraud-scoring log as the scoring service lands it: one Hive-style folder of Parquet a day
/// (<c>date=2026-08-16/part-0.parquet</c>), 90 days up to the export's stall, a small sample of each day so the
/// repository stays light. It has a past a history can be filled from: weekly seasonality (more authorisations at
/// weekends, and more of them guest checkouts, which have no account age), a two-week marketing campaign, one weekday
/// on which account lookups failed, and, in the last week, the incidents of the current snapshot. The output is a pure
/// function of the constants below.
/// </summary>
public static class DailyPartitions
{
    /// <summary>The folder, under the example's data folder, that holds the day folders.</summary>
    public const string FolderName = "daily";

    /// <summary>The file each day folder holds.</summary>
    public const string PartFileName = "part-0.parquet";

    /// <summary>How many days of partitions are written.</summary>
    public const int Days = 90;

    /// <summary>The first day written (a Sunday).</summary>
    public static readonly DateTime FirstDay = new(2026, 8, 16, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The campaign's first day (a Monday); it lasts two weeks, to <see cref="CampaignLastDay"/>.</summary>
    public static readonly DateTime CampaignFirstDay = new(2026, 9, 21, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The campaign's last whole day (a Sunday).</summary>
    public static readonly DateTime CampaignLastDay = new(2026, 10, 4, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The Wednesday on which account lookups timed out for part of the traffic.</summary>
    public static readonly DateTime LookupOutageDay = new(2026, 11, 4, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The first day of the week that carries the current snapshot's incidents.</summary>
    public static readonly DateTime IncidentWeekStart = new(2026, 11, 8, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Healthy authorisations sampled on a weekday.</summary>
    public const int WeekdayRows = 180;

    /// <summary>Authorisations sampled on a Saturday or Sunday.</summary>
    public const int WeekendRows = 240;

    /// <summary>How much the campaign multiplies a day's authorisations.</summary>
    public const double CampaignVolume = 1.5;

    /// <summary>Share of guest checkouts (no account, so no account age) on a weekday.</summary>
    public const double WeekdayGuestShare = 0.03;

    /// <summary>Share of guest checkouts on a Saturday or Sunday, when people shop at merchants they have no account with.</summary>
    public const double WeekendGuestShare = 0.10;

    /// <summary>Share of guest checkouts during the campaign: first-time shoppers brought in by the cashback offer.</summary>
    public const double CampaignGuestShare = 0.32;

    /// <summary>Share of authorisations whose account lookup timed out on <see cref="LookupOutageDay"/> (no account age either).</summary>
    public const double LookupFailureShare = 0.15;

    private const ulong Seed = 0x2026_0816_DA11_0001;
    private const ulong IncidentSeed = 0x2026_0816_DA11_0002;
    private const int FirstTransactionNumber = 2_000_001;

    private static readonly WeightedChoice<string> ModelVersions = new(("fraud-v3.2.0", 1.0));

    // The same 1% canary as in the current snapshot.
    private static readonly WeightedChoice<string> IncidentWeekModelVersions = new(("fraud-v3.2.0", 0.99), ("fraud-v3.2.1", 0.01));

    /// <summary>The day folder's name for <paramref name="day"/>: <c>date=2026-08-16</c>.</summary>
    public static string DayFolder(DateTime day) => "date=" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every day's partition, in day order: its path relative to the data folder (with <c>/</c>) and its Parquet bytes.</summary>
    public static IReadOnlyList<(string RelativePath, byte[] Bytes)> Build()
    {
        var random = new Xoshiro256StarStar(Seed);
        var incidents = new Xoshiro256StarStar(IncidentSeed);
        var partitions = new List<(string, byte[])>(Days);
        var number = FirstTransactionNumber;
        for (var i = 0; i < Days; i++)
        {
            var day = FirstDay.AddDays(i);
            var rows = Day(random, incidents, day, number);
            number += 1_000;
            partitions.Add((FolderName + "/" + DayFolder(day) + "/" + PartFileName, TransactionParquet.ToBytes(rows, accountAgeOptional: true)));
        }

        return partitions;
    }

    /// <summary>
    /// Writes every partition under <paramref name="dataDirectory"/> (<c>daily/date=…/part-0.parquet</c>, each through a
    /// temporary file) and returns their paths.
    /// </summary>
    public static IReadOnlyList<string> Write(string dataDirectory)
    {
        var paths = new List<string>(Days);
        foreach (var (relative, bytes) in Build())
        {
            var path = Path.Combine(dataDirectory, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path) ?? dataDirectory);
            paths.Add(FraudScoringSnapshots.WriteFile(path, bytes));
        }

        return paths;
    }

    /// <summary>Whether <paramref name="day"/> is one of the campaign's days.</summary>
    public static bool InCampaign(DateTime day) => day >= CampaignFirstDay && day <= CampaignLastDay;

    private static bool IsWeekend(DateTime day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static List<FraudTransaction> Day(Xoshiro256StarStar random, Xoshiro256StarStar incidents, DateTime day, int firstNumber)
    {
        var count = IsWeekend(day) ? WeekendRows : WeekdayRows;
        var guestShare = IsWeekend(day) ? WeekendGuestShare : WeekdayGuestShare;
        if (InCampaign(day))
        {
            count = (int)Math.Round(count * CampaignVolume);
            guestShare = CampaignGuestShare;
        }

        var incidentWeek = day >= IncidentWeekStart;
        var window = new SnapshotWindow(day, day.AddDays(1), firstNumber);
        var healthy = TransactionSampler.Draw(random, window, count, incidentWeek ? IncidentWeekModelVersions : ModelVersions);
        var rows = new List<FraudTransaction>(healthy.Count);
        foreach (var transaction in healthy)
        {
            // Every row takes the same two draws, so a change of one share moves no other row.
            var isGuest = random.NextBool(guestShare);
            var lookupFailed = random.NextBool(LookupFailureShare);
            var accountUnknown = isGuest || (day == LookupOutageDay && lookupFailed);
            rows.Add(accountUnknown ? transaction with { AccountAgeDays = null } : transaction);
        }

        return incidentWeek ? CurrentWeekIncidents.Apply(rows, incidents) : rows;
    }
}
