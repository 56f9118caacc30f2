using MonitorsAsCode.ExampleData.Sampling;

namespace MonitorsAsCode.ExampleData.FraudScoring;

/// <summary>
/// The snapshots of the worked example <c>monitors/fraud-scoring</c>: a card-fraud model's scored
/// authorisations in its training window (reference) and in the week under test (current), which
/// carries the incidents described in that folder's README. The output is a pure function of the
/// constants below: the same bytes on every run, machine and culture.
/// </summary>
public static class FraudScoringSnapshots
{
    /// <summary>File name of the reference snapshot.</summary>
    public const string ReferenceFileName = "reference.csv";

    /// <summary>File name of the current snapshot.</summary>
    public const string CurrentFileName = "current.csv";

    /// <summary>File name of the reference snapshot as Parquet.</summary>
    public const string ReferenceParquetFileName = "reference.parquet";

    /// <summary>File name of the current snapshot as Parquet.</summary>
    public const string CurrentParquetFileName = "current.parquet";

    /// <summary>Healthy rows drawn for each snapshot, before the current week's duplicates.</summary>
    public const int RowsPerSnapshot = 12_000;

    /// <summary>When the current snapshot was captured; its newest event is two days older.</summary>
    public static readonly DateTime CapturedAt = new(2026, 11, 16, 0, 0, 0, DateTimeKind.Utc);

    private const ulong ReferenceSeed = 0x2026_1005_F4A0_0001;
    private const ulong CurrentSeed = 0x2026_1108_F4A0_0002;
    private const ulong IncidentSeed = 0x2026_1108_F4A0_0003;

    // Training window: four weeks of authorisations.
    private static readonly SnapshotWindow TrainingWindow = new(
        new DateTime(2026, 10, 5, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc), FirstTransactionNumber: 1);

    // The week under test ends two days before the capture: the feed stalled on 2026-11-14.
    private static readonly SnapshotWindow CurrentWindow = new(
        new DateTime(2026, 11, 8, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 14, 0, 0, 0, DateTimeKind.Utc), FirstTransactionNumber: 500_001);

    private static readonly WeightedChoice<string> ReferenceModelVersions = new(("fraud-v3.2.0", 1.0));

    // A patch release on a 1% canary: the only model-version change, and not an incident.
    private static readonly WeightedChoice<string> CurrentModelVersions = new(("fraud-v3.2.0", 0.99), ("fraud-v3.2.1", 0.01));

    /// <summary>The reference snapshot's CSV bytes.</summary>
    public static byte[] BuildReference() => TransactionCsv.ToBytes(ReferenceRows());

    /// <summary>The current snapshot's CSV bytes, incidents included.</summary>
    public static byte[] BuildCurrent() => TransactionCsv.ToBytes(CurrentRows());

    /// <summary>The reference snapshot as Parquet: the same rows as <see cref="BuildReference"/>.</summary>
    public static byte[] BuildReferenceParquet() => TransactionParquet.ToBytes(ReferenceRows());

    /// <summary>The current snapshot as Parquet: the same rows as <see cref="BuildCurrent"/>.</summary>
    public static byte[] BuildCurrentParquet() => TransactionParquet.ToBytes(CurrentRows());

    /// <summary>
    /// Writes <see cref="ReferenceFileName"/>, <see cref="CurrentFileName"/> and their Parquet twins into
    /// <paramref name="directory"/> (created if missing) and returns their paths. Each file is
    /// written to a temporary name first, so a failed run never leaves half a snapshot behind.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        return
        [
            WriteFile(Path.Combine(directory, ReferenceFileName), BuildReference()),
            WriteFile(Path.Combine(directory, CurrentFileName), BuildCurrent()),
            WriteFile(Path.Combine(directory, ReferenceParquetFileName), BuildReferenceParquet()),
            WriteFile(Path.Combine(directory, CurrentParquetFileName), BuildCurrentParquet()),
        ];
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> through a temporary file and returns the path.</summary>
    internal static string WriteFile(string path, byte[] bytes)
    {
        AtomicFile.WriteAllBytes(path, bytes);
        return path;
    }

    private static List<FraudTransaction> ReferenceRows() =>
        TransactionSampler.Draw(new Xoshiro256StarStar(ReferenceSeed), TrainingWindow, RowsPerSnapshot, ReferenceModelVersions);

    private static List<FraudTransaction> CurrentRows()
    {
        var healthy = TransactionSampler.Draw(new Xoshiro256StarStar(CurrentSeed), CurrentWindow, RowsPerSnapshot, CurrentModelVersions);
        return CurrentWeekIncidents.Apply(healthy, new Xoshiro256StarStar(IncidentSeed));
    }
}
