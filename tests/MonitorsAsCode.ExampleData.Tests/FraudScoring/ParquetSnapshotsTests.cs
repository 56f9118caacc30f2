using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Csv;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.ExampleData.FraudScoring;

namespace MonitorsAsCode.ExampleData.Tests.FraudScoring;

/// <summary>
/// The example's Parquet snapshots hold the CSV snapshots' values, read back through the project's
/// readers (DuckDB 1.5.6 confirmed the same for the committed files, written by Parquet.Net 6.1.0: every row of each Parquet file
/// equals its CSV twin under <c>EXCEPT ALL</c> both ways, and the column statistics equal DuckDB's aggregates).
/// </summary>
public sealed class ParquetSnapshotsTests
{
    public static TheoryData<string, string> Twins() => new()
    {
        { "reference", "transaction_id:String event_time:Timestamp amount:Double merchant_category:String country:String device_type:String payment_method:String account_age_days:Int64 txn_sum_30d:Double hour_of_day:Int64 score:Double is_fraud:Bool model_version:String" },
        { "current", "transaction_id:String event_time:Timestamp amount:Double merchant_category:String country:String device_type:String payment_method:String account_age_days:Int64 txn_sum_30d:Double hour_of_day:Int64 score:Double is_fraud:Bool model_version:String" },
        { "serving", "request_id:String request_time:Timestamp model_version:String latency_ms:Double status:Int64" },
    };

    [Theory]
    [MemberData(nameof(Twins))]
    public void Parquet_snapshot_holds_the_values_of_its_csv_twin(string snapshot, string columns)
    {
        var temporary = Directory.CreateTempSubdirectory("fraud-parquet-");
        try
        {
            FraudScoringSnapshots.Write(temporary.FullName);
            ServingLog.Write(temporary.FullName);
            var requests = columns.Split(' ').Select(c => c.Split(':')).Select(p => new ColumnRequest(p[0], Enum.Parse<ColumnKind>(p[1]))).ToList();

            var csv = SnapshotTable.Load(new CsvSnapshotReader(Path.Combine(temporary.FullName, snapshot + ".csv")), requests);
            var parquet = SnapshotTable.Load(new ParquetSnapshotReader(Path.Combine(temporary.FullName, snapshot + ".parquet")), requests);

            parquet.RowCount.Should().Be(csv.RowCount).And.BeGreaterThan(10_000);
            new ParquetSnapshotReader(Path.Combine(temporary.FullName, snapshot + ".parquet")).ReadSchema().Fields.Select(f => f.Name)
                .Should().Equal(requests.Select(r => r.Name), "the columns keep the CSV's order");
            foreach (var request in requests)
            {
                var expected = csv[request.Name];
                var actual = parquet[request.Name];
                actual.Valid.Should().Equal(expected.Valid, request.Name);
                for (var row = 0; row < expected.Length; row++)
                {
                    if (actual.FormatValue(row) != expected.FormatValue(row))
                    {
                        actual.FormatValue(row).Should().Be(expected.FormatValue(row), "{0} row {1}", request.Name, row);
                    }
                }
            }

            if (parquet.Contains("device_type"))
            {
                parquet["device_type"].NullCount.Should().Be(snapshot == "current" ? 1230 : 0, "DuckDB counts 1,230 null device types in current.parquet");
            }
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }
}
