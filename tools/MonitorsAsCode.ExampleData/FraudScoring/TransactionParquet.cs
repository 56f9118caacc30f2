using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.ExampleData.Parquet;

namespace MonitorsAsCode.ExampleData.FraudScoring;

/// <summary>
/// Writes transactions as Parquet with Parquet.Net (<see cref="ColumnParquet"/>): the columns of
/// <see cref="TransactionCsv"/> in the same order, typed as the dataset declares them, every column
/// REQUIRED except <c>device_type</c>. Each number is the double a reader parses from the CSV text,
/// so the Parquet and CSV snapshots give the same statistics to the last bit.
/// </summary>
internal static class TransactionParquet
{
    public static byte[] ToBytes(IReadOnlyList<FraudTransaction> transactions) => ToBytes(transactions, accountAgeOptional: false);

    /// <summary>
    /// The same, with <c>account_age_days</c> OPTIONAL when <paramref name="accountAgeOptional"/> (the daily partitions,
    /// whose guest checkouts have no account): every partition of a dataset declares the same schema, whether or not
    /// that day had a guest.
    /// </summary>
    public static byte[] ToBytes(IReadOnlyList<FraudTransaction> transactions, bool accountAgeOptional)
    {
        var valid = Enumerable.Repeat(true, transactions.Count).ToArray();
        var deviceKnown = transactions.Select(t => t.DeviceType is not null).ToArray();
        var accountKnown = transactions.Select(t => t.AccountAgeDays is not null).ToArray();
        Column[] columns =
        [
            new StringColumn("transaction_id", transactions.Select(t => (string?)t.TransactionId).ToArray(), valid),
            new TimestampColumn("event_time", transactions.Select(t => Microseconds(t.EventTime)).ToArray(), valid),
            new DoubleColumn("amount", transactions.Select(t => AsWritten(t.Amount, "0.00")).ToArray(), valid),
            new StringColumn("merchant_category", transactions.Select(t => (string?)t.MerchantCategory).ToArray(), valid),
            new StringColumn("country", transactions.Select(t => (string?)t.Country).ToArray(), valid),
            new StringColumn("device_type", transactions.Select(t => t.DeviceType).ToArray(), deviceKnown),
            new StringColumn("payment_method", transactions.Select(t => (string?)t.PaymentMethod).ToArray(), valid),
            new Int64Column("account_age_days", transactions.Select(t => t.AccountAgeDays ?? 0).ToArray(), accountKnown),
            new DoubleColumn("txn_sum_30d", transactions.Select(t => AsWritten(t.TxnSum30d, "0.00")).ToArray(), valid),
            new Int64Column("hour_of_day", transactions.Select(t => (long)t.HourOfDay).ToArray(), valid),
            new DoubleColumn("score", transactions.Select(t => AsWritten(t.Score, "0.0000")).ToArray(), valid),
            new BoolColumn("is_fraud", transactions.Select(t => t.IsFraud).ToArray(), valid),
            new StringColumn("model_version", transactions.Select(t => (string?)t.ModelVersion).ToArray(), valid),
        ];
        var required = columns.Select(c => c.Name)
            .Where(name => name != "device_type" && !(accountAgeOptional && name == "account_age_days"))
            .ToHashSet(StringComparer.Ordinal);
        return ColumnParquet.ToBytes(columns, required);
    }

    /// <summary>Microseconds since the Unix epoch of a UTC instant.</summary>
    public static long Microseconds(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks / 10;

    // The double nearest the decimal text the CSV holds, exactly as a reader parses that text.
    private static double AsWritten(decimal value, string format) =>
        double.Parse(value.ToString(format, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
