namespace MonitorsAsCode.ExampleData.FraudScoring;

/// <summary>
/// One scored card authorisation: a row of the fraud-scoring snapshots. Money is held as decimal
/// already rounded to cents, and the score to four decimals, so the written text is exact.
/// </summary>
internal sealed record FraudTransaction
{
    public required string TransactionId { get; init; }

    /// <summary>When the authorisation happened, UTC, whole seconds.</summary>
    public required DateTime EventTime { get; init; }

    public required decimal Amount { get; init; }

    public required string MerchantCategory { get; init; }

    public required string Country { get; init; }

    /// <summary>Null when device enrichment returned nothing (an empty CSV field).</summary>
    public required string? DeviceType { get; init; }

    public required string PaymentMethod { get; init; }

    /// <summary>Null for a guest checkout, which has no account (an empty CSV field).</summary>
    public required long? AccountAgeDays { get; init; }

    /// <summary>The account's spend over the 30 days up to and including this transaction.</summary>
    public required decimal TxnSum30d { get; init; }

    /// <summary>The cardholder's local hour (not the UTC hour of <see cref="EventTime"/>).</summary>
    public required int HourOfDay { get; init; }

    public required decimal Score { get; init; }

    public required bool IsFraud { get; init; }

    public required string ModelVersion { get; init; }
}
