using System.Globalization;
using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.ExampleData.Parquet;
using MonitorsAsCode.ExampleData.Sampling;

namespace MonitorsAsCode.ExampleData.FraudScoring;

/// <summary>
/// The scoring service's request log behind the worked example's SLOs: four weeks of requests up to
/// the capture instant, one row per request with its time, the model version that answered, the
/// latency and the HTTP status. The last week burns the error budgets: a three-hour partial outage
/// on 2026-11-11 and a flaky dependency from 2026-11-12 spend the availability budget, and in the
/// last three hours a ramp of fraud-v3.2.1 to 60% of traffic makes most of its answers slower than
/// 120 ms, fast enough to page. The output is a pure function of the constants below.
/// </summary>
public static class ServingLog
{
    /// <summary>File name of the serving log.</summary>
    public const string FileName = "serving.csv";

    /// <summary>File name of the serving log as Parquet.</summary>
    public const string ParquetFileName = "serving.parquet";

    /// <summary>The header row.</summary>
    public const string Header = "request_id,request_time,model_version,latency_ms,status";

    private const ulong Seed = 0x2026_1019_5E41_0001;

    private static readonly DateTime Start = new(2026, 10, 19, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = FraudScoringSnapshots.CapturedAt;
    private static readonly DateTime CanaryStart = new(2026, 11, 8, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime OutageStart = new(2026, 11, 11, 14, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime OutageEnd = new(2026, 11, 11, 17, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime FlakyDependencyStart = new(2026, 11, 12, 6, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime RampStart = new(2026, 11, 15, 21, 0, 0, DateTimeKind.Utc);

    // Requests per minute by UTC hour: the card traffic of Europe and the Americas.
    private static readonly double[] RequestsPerMinute =
        [0.6, 0.5, 0.4, 0.4, 0.4, 0.5, 0.7, 0.9, 1.1, 1.3, 1.4, 1.5, 1.6, 1.6, 1.6, 1.6, 1.6, 1.7, 1.7, 1.6, 1.4, 1.1, 0.9, 0.7];

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The serving log's CSV bytes: UTF-8 without BOM, LF endings, invariant formatting.</summary>
    public static byte[] Build()
    {
        var text = new StringBuilder(2_500_000);
        text.Append(Header).Append('\n');
        foreach (var request in Requests())
        {
            text.Append(request.RequestId).Append(',')
                .Append(request.Time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
                .Append(request.ModelVersion).Append(',')
                .Append(LatencyText(request.LatencyMs)).Append(',')
                .Append(request.Status.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return Utf8WithoutBom.GetBytes(text.ToString());
    }

    /// <summary>
    /// The serving log as Parquet: the same rows and columns as <see cref="Build"/>, every column
    /// REQUIRED, each value equal to what a reader parses from the CSV text.
    /// </summary>
    public static byte[] BuildParquet()
    {
        var requests = Requests();
        var valid = Enumerable.Repeat(true, requests.Count).ToArray();
        Column[] columns =
        [
            new StringColumn("request_id", requests.Select(r => (string?)r.RequestId).ToArray(), valid),
            new TimestampColumn("request_time", requests.Select(r => TransactionParquet.Microseconds(r.Time)).ToArray(), valid),
            new StringColumn("model_version", requests.Select(r => (string?)r.ModelVersion).ToArray(), valid),
            new DoubleColumn("latency_ms", requests.Select(r => double.Parse(LatencyText(r.LatencyMs), CultureInfo.InvariantCulture)).ToArray(), valid),
            new Int64Column("status", requests.Select(r => (long)r.Status).ToArray(), valid),
        ];
        return ColumnParquet.ToBytes(columns, columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal));
    }

    private static string LatencyText(double latency) => latency.ToString("0.0", CultureInfo.InvariantCulture);

    private static List<ServedRequest> Requests()
    {
        var random = new Xoshiro256StarStar(Seed);
        var requests = new List<ServedRequest>(50_000);
        var offsets = new List<int>();
        for (var minute = Start; minute < End; minute = minute.AddMinutes(1))
        {
            var count = Poisson(random, RequestsPerMinute[minute.Hour]);
            offsets.Clear();
            for (var i = 0; i < count; i++)
            {
                offsets.Add(random.NextInt(60));
            }

            offsets.Sort();
            foreach (var second in offsets)
            {
                var time = minute.AddSeconds(second);
                var version = Version(random, time);
                var status = Status(random, time);
                var latency = Latency(random, version, status);
                requests.Add(new ServedRequest("req-" + (requests.Count + 1).ToString("D7", CultureInfo.InvariantCulture), time, version, latency, status));
            }
        }

        return requests;
    }

    /// <summary>
    /// Writes <see cref="FileName"/> and <see cref="ParquetFileName"/> into <paramref name="directory"/>
    /// (each through a temporary file) and returns their paths.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        return
        [
            FraudScoringSnapshots.WriteFile(Path.Combine(directory, FileName), Build()),
            FraudScoringSnapshots.WriteFile(Path.Combine(directory, ParquetFileName), BuildParquet()),
        ];
    }

    private sealed record ServedRequest(string RequestId, DateTime Time, string ModelVersion, double LatencyMs, int Status);

    private static string Version(Xoshiro256StarStar random, DateTime time)
    {
        var canaryShare = time >= RampStart ? 0.60 : time >= CanaryStart ? 0.01 : 0.0;
        return random.NextBool(canaryShare) ? "fraud-v3.2.1" : "fraud-v3.2.0";
    }

    private static int Status(Xoshiro256StarStar random, DateTime time)
    {
        var serverErrors = time >= OutageStart && time < OutageEnd ? 0.25 : time >= FlakyDependencyStart ? 0.008 : 0.001;
        var u = random.NextDouble();
        if (u < serverErrors)
        {
            return u < serverErrors / 4 ? 500 : 503;
        }

        // Malformed requests are the client's fault and do not count against availability.
        return u < serverErrors + 0.004 ? 400 : 200;
    }

    private static double Latency(Xoshiro256StarStar random, string version, int status)
    {
        if (status >= 500)
        {
            // Failed requests time out at the dependency or fail fast at the gateway.
            return status == 503 ? 250 + (50 * random.NextDouble()) : random.NextLogNormal(15, 0.3);
        }

        // fraud-v3.2.1 computes a new feature synchronously: correct, but about three times slower.
        return version == "fraud-v3.2.1" ? random.NextLogNormal(135, 0.30) : random.NextLogNormal(42, 0.32);
    }

    /// <summary>A Poisson draw by Knuth's multiplication method, exact for the small rates used here.</summary>
    private static int Poisson(Xoshiro256StarStar random, double rate)
    {
        var limit = Math.Exp(-rate);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }
}
