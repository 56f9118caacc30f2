namespace MonitorsAsCode.Analyzers.Tests.Verification;

/// <summary>
/// C# test sources: a <c>MonitorSet</c> whose <c>Define</c> declares the fraud-scoring dataset, then the
/// statements under test. The dataset takes lines 1–16, so the first statement of a body is on line
/// <see cref="FirstBodyLine"/>, indented by eight spaces (its first character is in column 9).
/// </summary>
internal static class MonitorSetSource
{
    /// <summary>The line of the body's first statement.</summary>
    public const int FirstBodyLine = 17;

    private const string Prelude = """
        using System;
        using MonitorsAsCode.Definitions.Building;
        using MonitorsAsCode.Definitions.Datasets;
        using MonitorsAsCode.Definitions.Monitors;

        public sealed class FraudMonitors : MonitorSet
        {
            public override void Define(MonitorBuilder m)
            {
                var data = m.Dataset("fraud-scoring", owner: "risk-ml")
                    .Snapshots(reference: "data/reference.csv", current: "data/current.csv")
                    .Column("transaction_id", ColumnType.String, ColumnRole.Id)
                    .Column("event_time", ColumnType.Timestamp, ColumnRole.EventTime)
                    .Column("amount", ColumnType.Double)
                    .Column("country", ColumnType.String)
                    .Column("score", ColumnType.Double, ColumnRole.Prediction);

        """;

    /// <summary>The fraud-scoring set with <paramref name="body"/> (statements, one per line, unindented) after the dataset.</summary>
    public static string WithBody(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var indented = string.Join("\n", lines.Select(line => line.Length == 0 ? line : "        " + line));
        return Prelude + indented + "\n    }\n}\n";
    }
}
