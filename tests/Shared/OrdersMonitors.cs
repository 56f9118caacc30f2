namespace MonitorsAsCode.Testing;

/// <summary>
/// Monitors of the <c>orders</c> example dataset (order_id, placed_at, amount) as YAML list entries, each ending in a
/// line break: the command-line tests and the fuzz targets build their definitions from these same entries.
/// </summary>
internal static class OrdersMonitors
{
    /// <summary>Completeness of <c>amount</c>: warn above 10 % nulls, fail above 50 %.</summary>
    public const string AmountCompleteness = """
          - id: amount-completeness
            dataset: orders
            check: completeness
            column: amount
            warn: 0.1
            fail: 0.5
            severity: investigate
            owner: shop-data

        """;

    /// <summary>Freshness of <c>placed_at</c>: warn after 24 hours, fail after 36.</summary>
    public const string OrdersFreshness = """
          - id: orders-freshness
            dataset: orders
            check: freshness
            column: placed_at
            warn: 24h
            fail: 36h
            severity: investigate
            owner: shop-data

        """;

    /// <summary>PSI drift of <c>amount</c>: warn at 0.1, fail at 0.25.</summary>
    public const string AmountDrift = """
          - id: amount-drift
            dataset: orders
            check: drift
            column: amount
            method: psi
            warn: 0.1
            fail: 0.25
            severity: info
            owner: shop-data

        """;
}
