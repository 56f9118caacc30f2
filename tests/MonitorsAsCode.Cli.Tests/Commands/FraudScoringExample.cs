using System.Collections.Concurrent;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// The worked example in <c>monitors/fraud-scoring</c>, and what its README says each monitor must
/// report. Runs are cached per argument list, since every run of the same data gives the same result.
/// </summary>
internal static class FraudScoringExample
{
    /// <summary>The monitors that catch the problems injected into the current week, in definition order.</summary>
    public static readonly string[] CatchingMonitors =
    [
        "device-type-completeness",
        "payment-method-validity",
        "transaction-id-uniqueness",
        "event-freshness",
        "txn-sum-30d-drift",
        "payment-method-drift",
    ];

    /// <summary>All 18 monitors of monitors.yaml (the snapshots' dataset, fraud-scoring), in definition order.</summary>
    public static readonly string[] AllMonitors =
    [
        "schema",
        "device-type-completeness",
        "amount-completeness",
        "score-completeness",
        "payment-method-validity",
        "hour-of-day-validity",
        "amount-validity",
        "country-validity",
        "transaction-id-uniqueness",
        "volume",
        "event-freshness",
        "txn-sum-30d-drift",
        "amount-drift",
        "account-age-drift",
        "merchant-category-drift",
        "country-drift",
        "payment-method-drift",
        "score-drift",
    ];

    /// <summary>
    /// The 3 monitors of over-time.yaml (the daily partitions' dataset, fraud-scoring-daily), in definition order: the
    /// fixed-threshold one passes a plain run, the two baseline ones are skipped there (a plain run has no history).
    /// </summary>
    public static readonly string[] DailyMonitors = ["guest-checkout-share", "guest-checkout-share-vs-last-week", "guest-checkout-share-trend"];

    /// <summary>Every monitor of the example, in the order a run reports them: <see cref="AllMonitors"/>, then <see cref="DailyMonitors"/>.</summary>
    public static readonly string[] EveryMonitor = [.. AllMonitors, .. DailyMonitors];

    /// <summary>The members of gate <c>deploy</c>, in gates.yaml order.</summary>
    public static readonly string[] DeployMembers =
    [
        "schema",
        "device-type-completeness",
        "amount-completeness",
        "score-completeness",
        "payment-method-validity",
        "amount-validity",
        "transaction-id-uniqueness",
        "volume",
        "event-freshness",
        "txn-sum-30d-drift",
        "payment-method-drift",
        "score-drift",
    ];

    private static readonly ConcurrentDictionary<string, Lazy<CommandOutcome>> Runs = new(StringComparer.Ordinal);

    /// <summary><c>monitors run monitors/fraud-scoring</c> with <paramref name="options"/>, run once per distinct option list.</summary>
    public static CommandOutcome Run(params string[] options)
    {
        var key = string.Join('\0', options);
        return Runs.GetOrAdd(key, _ => new Lazy<CommandOutcome>(() => RunFresh(options))).Value;
    }

    /// <summary>The same, always run anew.</summary>
    public static CommandOutcome RunFresh(params string[] options) =>
        CommandLine.Run(["run", RepositoryCheckout.FraudScoring, .. options]);
}
