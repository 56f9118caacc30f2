using System.Globalization;
using System.Text.Json;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// <c>--format json</c> of the worked example: the documented shape
/// <c>{"results":[{"monitor","dataset","check","column","status","value","warn","fail","severity","evidence",…}],"gates":[{"id","status",…}],"summary":{…}}</c>,
/// the same bytes on every run and in every culture.
/// </summary>
public sealed class RunCommandJsonTests
{
    private static readonly string[] DocumentedResultFields =
        ["monitor", "dataset", "check", "column", "status", "value", "warn", "fail", "severity", "evidence"];

    private static readonly string[] Statuses = ["pass", "warn", "fail", "error", "skipped"];

    [Fact]
    public void Top_level_holds_results_gates_and_summary()
    {
        var root = Report();

        // "slos" appears when the definitions declare SLOs, as the worked example does.
        root.EnumerateObject().Select(p => p.Name).Should().Equal("results", "gates", "slos", "summary");
        root.GetProperty("results").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("gates").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public void Every_result_has_the_documented_fields_in_order_with_their_types()
    {
        var results = Report().GetProperty("results").EnumerateArray().ToList();

        results.Should().HaveCount(21);
        foreach (var result in results)
        {
            var names = result.EnumerateObject().Select(p => p.Name).ToList();
            names.Where(DocumentedResultFields.Contains).Should().Equal(DocumentedResultFields, "fields are written in a fixed order");
            foreach (var text in new[] { "monitor", "dataset", "check", "status", "severity", "evidence" })
            {
                result.GetProperty(text).ValueKind.Should().Be(JsonValueKind.String, "'{0}' is text", text);
            }

            result.GetProperty("column").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
            result.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Number, "every monitor of the example was evaluated");
            result.GetProperty("warn").ValueKind.Should().BeOneOf(JsonValueKind.Number, JsonValueKind.Object, JsonValueKind.Null);
            result.GetProperty("fail").ValueKind.Should().BeOneOf(JsonValueKind.Number, JsonValueKind.Object, JsonValueKind.Null);
            result.GetProperty("status").GetString().Should().BeOneOf(Statuses);
            var monitor = result.GetProperty("monitor").GetString();
            result.GetProperty("dataset").GetString().Should().Be(FraudScoringExample.DailyMonitors.Contains(monitor) ? "fraud-scoring-daily" : "fraud-scoring");
        }
    }

    [Theory]
    [InlineData("schema", null)]
    [InlineData("volume", null)]
    [InlineData("transaction-id-uniqueness", "transaction_id")]
    [InlineData("device-type-completeness", "device_type")]
    public void Column_is_the_single_checked_column_or_null(string monitor, string? column)
    {
        var result = Result(monitor);

        if (column is null)
        {
            result.GetProperty("column").ValueKind.Should().Be(JsonValueKind.Null);
        }
        else
        {
            result.GetProperty("column").GetString().Should().Be(column);
        }
    }

    [Fact]
    public void Band_thresholds_are_objects_with_below_and_above()
    {
        var volume = Result("volume");

        volume.GetProperty("warn").GetProperty("below").GetDouble().Should().Be(0.8);
        volume.GetProperty("warn").GetProperty("above").GetDouble().Should().Be(1.25);
        volume.GetProperty("fail").GetProperty("below").GetDouble().Should().Be(0.5);
        volume.GetProperty("fail").GetProperty("above").GetDouble().Should().Be(2);
        volume.GetProperty("value").GetDouble().Should().BeApproximately(12349.0 / 12000, 1e-12);
    }

    [Fact]
    public void Durations_are_seconds()
    {
        var freshness = Result("event-freshness");

        freshness.GetProperty("unit").GetString().Should().Be("seconds");
        freshness.GetProperty("warn").GetDouble().Should().Be(24 * 3600);
        freshness.GetProperty("fail").GetDouble().Should().Be(36 * 3600);
    }

    [Fact]
    public void Drift_results_name_their_method()
    {
        Result("txn-sum-30d-drift").GetProperty("method").GetString().Should().Be("psi");
        Result("account-age-drift").GetProperty("method").GetString().Should().Be("wasserstein");
        Result("merchant-category-drift").GetProperty("method").GetString().Should().Be("jensen-shannon");
    }

    [Fact]
    public void Gates_have_id_and_status_first_and_list_members_and_blockers()
    {
        var gates = Report().GetProperty("gates").EnumerateArray().ToList();

        gates.Select(g => g.GetProperty("id").GetString()).Should().Equal("deploy", "retrain");
        foreach (var gate in gates)
        {
            gate.EnumerateObject().Select(p => p.Name).Take(2).Should().Equal("id", "status");
            gate.GetProperty("status").GetString().Should().Be("fail");
            gate.GetProperty("monitors").ValueKind.Should().Be(JsonValueKind.Array);
            gate.GetProperty("blocking").ValueKind.Should().Be(JsonValueKind.Array);
        }
    }

    [Fact]
    public void Summary_counts_results_by_status()
    {
        var summary = Report().GetProperty("summary");

        summary.EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())).Should().Equal(
            ("monitors", 21), ("pass", 13), ("warn", 0), ("fail", 6), ("error", 0), ("skipped", 2));
    }

    [Fact]
    public void Json_output_is_byte_identical_across_runs()
    {
        var first = FraudScoringExample.RunFresh("--format", "json");
        var second = FraudScoringExample.RunFresh("--format", "json");

        second.Out.Should().Be(first.Out);
        first.Out.Should().EndWith("}\n").And.NotContain("\r");
    }

    [Fact]
    [UseCulture("de-DE")]
    public void Json_output_under_a_decimal_comma_culture_is_identical_to_the_invariant_one()
    {
        CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator.Should().Be(",", "the test must really run under de-DE");
        var german = FraudScoringExample.RunFresh("--format", "json");

        var invariant = UnderInvariantCulture(() => FraudScoringExample.RunFresh("--format", "json"));

        german.Out.Should().Be(invariant.Out);
    }

    [Theory]
    [UseCulture("de-DE")]
    [InlineData("text")]
    [InlineData("junit")]
    [InlineData("markdown")]
    public void Other_formats_under_a_decimal_comma_culture_are_identical_to_the_invariant_ones(string format)
    {
        var german = FraudScoringExample.RunFresh("--format", format);

        var invariant = UnderInvariantCulture(() => FraudScoringExample.RunFresh("--format", format));

        german.Out.Should().Be(invariant.Out);
    }

    private static JsonElement Report() => FraudScoringExample.Run("--format", "json").Json();

    private static JsonElement Result(string monitor) =>
        Report().GetProperty("results").EnumerateArray().Single(r => r.GetProperty("monitor").GetString() == monitor);

    private static T UnderInvariantCulture<T>(Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
