using MonitorsAsCode.ExampleData.Sampling;

namespace MonitorsAsCode.ExampleData.FraudScoring;

/// <summary>
/// The problems the example's current week carries, each one a realistic incident that a monitor
/// in <c>monitors/fraud-scoring/monitors.yaml</c> is there to catch. Nothing else is touched.
/// </summary>
internal static class CurrentWeekIncidents
{
    /// <summary>Share of all rows that move to the new payment method (taken from card-not-present checkouts).</summary>
    public const double BnplShare = 0.06;

    /// <summary>Share of rows that a bad join emits twice.</summary>
    public const double DuplicateShare = 0.03;

    private const double CardNotPresentShare = 0.45;

    public static List<FraudTransaction> Apply(IReadOnlyList<FraudTransaction> transactions, Xoshiro256StarStar random)
    {
        var result = new List<FraudTransaction>(transactions.Count + (int)(transactions.Count * DuplicateShare * 2));
        foreach (var transaction in transactions)
        {
            // Every row takes the same draws, whichever incidents hit it.
            var truncationNoise = random.NextLogNormal(1, 0.3);
            var movesToBnpl = random.NextBool(BnplShare / CardNotPresentShare);
            var isDuplicated = random.NextBool(DuplicateShare);

            var damaged = transaction with
            {
                // The feature job's window shrank from 30 to 7 days: spend before this transaction
                // is about 7/30 of what it should be.
                TxnSum30d = transaction.Amount
                    + TransactionSampler.Cents((double)(transaction.TxnSum30d - transaction.Amount) * 7 / 30 * truncationNoise),

                // A buy-now-pay-later option launched at checkout; the model never saw it in training.
                PaymentMethod = transaction.PaymentMethod == "card_not_present" && movesToBnpl ? "bnpl" : transaction.PaymentMethod,

                // Device enrichment stopped answering for German traffic after a consent change.
                DeviceType = transaction.Country == "DE" ? null : transaction.DeviceType,
            };

            result.Add(damaged);

            // A join against a table with repeated keys emits some rows twice, side by side.
            if (isDuplicated)
            {
                result.Add(damaged);
            }
        }

        return result;
    }
}
