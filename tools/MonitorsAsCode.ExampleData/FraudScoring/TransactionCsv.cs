using System.Globalization;
using System.Text;

namespace MonitorsAsCode.ExampleData.FraudScoring;

/// <summary>
/// Writes transactions as CSV: a header, fixed column order, invariant formatting, LF line
/// endings, UTF-8 without a byte order mark, and an empty field for a null. No value holds a
/// comma, quote or line break, so nothing is quoted.
/// </summary>
internal static class TransactionCsv
{
    public const string Header =
        "transaction_id,event_time,amount,merchant_category,country,device_type,payment_method,"
        + "account_age_days,txn_sum_30d,hour_of_day,score,is_fraud,model_version";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] ToBytes(IReadOnlyList<FraudTransaction> transactions)
    {
        var text = new StringBuilder(transactions.Count * 140);
        text.Append(Header).Append('\n');
        foreach (var t in transactions)
        {
            text.Append(t.TransactionId).Append(',')
                .Append(t.EventTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
                .Append(t.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                .Append(t.MerchantCategory).Append(',')
                .Append(t.Country).Append(',')
                .Append(t.DeviceType ?? string.Empty).Append(',')
                .Append(t.PaymentMethod).Append(',')
                .Append(t.AccountAgeDays?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append(',')
                .Append(t.TxnSum30d.ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                .Append(t.HourOfDay.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(t.Score.ToString("0.0000", CultureInfo.InvariantCulture)).Append(',')
                .Append(t.IsFraud ? "true" : "false").Append(',')
                .Append(t.ModelVersion).Append('\n');
        }

        return Utf8WithoutBom.GetBytes(text.ToString());
    }
}
