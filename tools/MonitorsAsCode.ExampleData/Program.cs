using System.Globalization;
using MonitorsAsCode.ExampleData.FraudScoring;

// Regenerates the example snapshots: dotnet run --project tools/MonitorsAsCode.ExampleData -- monitors/fraud-scoring/data
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: MonitorsAsCode.ExampleData <output-directory>");
    Console.Error.WriteLine("  writes reference, current and serving snapshots of the fraud-scoring example there, as .csv and .parquet,\n  and its daily partitions under daily/date=YYYY-MM-DD/");
    return 2;
}

foreach (var path in FraudScoringSnapshots.Write(args[0]).Concat(ServingLog.Write(args[0])).Concat(DailyPartitions.Write(args[0])))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({new FileInfo(path).Length} bytes)"));
}

return 0;
