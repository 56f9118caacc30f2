namespace MonitorsAsCode.Engine.Tests.Running;

/// <summary>
/// The <c>payments</c> dataset that the runner and gate tests judge: four rows whose current snapshot has one hour
/// out of range (25) and one empty country, and the monitors every such test declares on it.
/// </summary>
internal static class PaymentsExample
{
    /// <summary>The current snapshot: amounts 1, 1, 2, 9 against a reference of 1 to 4, hour 25 in row b, row b's country empty.</summary>
    public const string CurrentCsv = "id,amount,hour,country\na,1,1,de\nb,1,25,\nc,2,3,de\nd,9,4,de\n";

    /// <summary>
    /// amount-nulls (passes), hour-valid (fails on hour 25), amount-drift (warns, never fails) and country-nulls (fails on the
    /// empty country), as YAML list entries ending in a line break, country-nulls last so a test can add to it.
    /// </summary>
    public const string Monitors = """
          - id: amount-nulls
            dataset: payments
            check: completeness
            column: amount
            fail: 0.5

        """ + HourValid + """
          - id: amount-drift
            dataset: payments
            check: drift
            column: amount
            warn: 0.1
            fail: 100
          - id: country-nulls
            dataset: payments
            check: completeness
            column: country
            fail: 0

        """;

    /// <summary>hour-valid: hours must lie in 0 to 23, failing above 1 % outside.</summary>
    public const string HourValid = """
          - id: hour-valid
            dataset: payments
            check: validity
            column: hour
            min: 0
            max: 23
            fail: 0.01

        """;
}
