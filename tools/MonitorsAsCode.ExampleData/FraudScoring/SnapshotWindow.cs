namespace MonitorsAsCode.ExampleData.FraudScoring;

/// <summary>
/// The event-time window a snapshot samples, [<see cref="Start"/>, <see cref="End"/>) in UTC, and
/// the number of the window's first transaction id.
/// </summary>
internal readonly record struct SnapshotWindow(DateTime Start, DateTime End, int FirstTransactionNumber)
{
    public int Days => (int)(End - Start).TotalDays;
}
