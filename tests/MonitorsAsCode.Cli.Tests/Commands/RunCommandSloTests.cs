using System.Text.Json;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// The worked example's SLOs, reported after its monitors: the week in the serving log burns the
/// latency budget fast enough to page and leaks the availability budget into a ticket. Expected
/// values come from <c>reference/serving_slos.py</c>, which recomputes them from serving.csv with
/// Python's standard library.
/// </summary>
public sealed class RunCommandSloTests
{
    [Fact]
    public void The_slos_are_reported_in_their_own_list_and_leave_the_monitor_results_alone()
    {
        var json = FraudScoringExample.Run("--format", "json").Json();

        json.GetProperty("slos").EnumerateArray().Select(s => (s.GetProperty("slo").GetString(), s.GetProperty("status").GetString())).Should().Equal(
            ("scoring-latency", "fail"), ("scoring-availability", "warn"), ("prediction-stability", "pass"));
        json.GetProperty("results").GetArrayLength().Should().Be(FraudScoringExample.EveryMonitor.Length);
        json.GetProperty("summary").GetProperty("fail").GetInt32().Should().Be(6);
    }

    [Theory]
    [InlineData("scoring-latency", 44620, 44477, 0.6795159121470211)]
    [InlineData("scoring-availability", 44756, 44620, 0.39226025560818967)]
    public void Sli_and_budget_match_the_independent_computation(string slo, long events, long good, double remaining)
    {
        var result = Slo(slo);

        result.GetProperty("events").GetInt64().Should().Be(events);
        result.GetProperty("good").GetInt64().Should().Be(good);
        result.GetProperty("budget_remaining").GetDouble().Should().BeApproximately(remaining, 1e-12);
        result.GetProperty("as_of").GetString().Should().Be("2026-11-16T00:00:00Z");
    }

    [Fact]
    public void The_latency_ramp_pages_through_the_6h_window_and_the_availability_leak_opens_a_ticket()
    {
        var latency = Slo("scoring-latency");
        var availability = Slo("scoring-availability");

        Strings(latency.GetProperty("firing")).Should().Equal("page", "ticket");
        var burns = latency.GetProperty("burn_rates").EnumerateArray().ToList();
        burns.Select(b => b.GetProperty("firing").GetBoolean()).Should().Equal(false, true, true, true);
        burns[1].GetProperty("factor").GetDouble().Should().Be(5.6);
        burns[1].GetProperty("long_burn_rate").GetDouble().Should().BeApproximately(12.3570, 1e-4);
        burns[1].GetProperty("short_burn_rate").GetDouble().Should().BeApproximately(10.0, 1e-9);
        Strings(availability.GetProperty("firing")).Should().Equal("ticket");
        availability.GetProperty("burn_rates")[3].GetProperty("long_burn_rate").GetDouble().Should().BeApproximately(1.9310, 1e-4);
    }

    [Fact]
    public void The_model_slo_counts_the_days_of_the_current_snapshot_as_time_slices()
    {
        var stability = Slo("prediction-stability");

        stability.GetProperty("budgeting").GetString().Should().Be("timeslices");
        (stability.GetProperty("events").GetInt64(), stability.GetProperty("good").GetInt64()).Should().Be((6, 6));
        stability.GetProperty("coverage").GetDouble().Should().BeLessThan(0.3, "the current snapshot covers six of the window's 28 days");
    }

    [Fact]
    public void The_text_report_lists_the_slos_worst_first_between_the_monitors_and_the_gates()
    {
        var lines = FraudScoringExample.Run().OutLines.ToList();

        var heading = lines.IndexOf("SLOs");
        heading.Should().BeGreaterThan(lines.FindLastIndex(l => l.Contains("| schema ", StringComparison.Ordinal)));
        heading.Should().BeLessThan(lines.IndexOf("gate deploy: FAIL"));
        lines.Should().Contain("3 SLOs: 1 pass, 1 warn, 1 fail, 0 error, 0 skipped");
        var rows = lines.Skip(heading).Where(l => l.StartsWith("| FAIL ", StringComparison.Ordinal) || l.StartsWith("| WARN ", StringComparison.Ordinal) || l.StartsWith("| pass ", StringComparison.Ordinal)).ToList();
        rows.Select(r => r.Split('|')[2].Trim()).Should().Equal("scoring-latency", "scoring-availability", "prediction-stability");
        rows[0].Should().Contain("| 99.68% |").And.Contain("| page, ticket |");
    }

    [Fact]
    public void The_deploy_gate_names_the_model_slo_which_passes_so_its_blockers_are_the_monitors()
    {
        var deploy = FraudScoringExample.Run("--format", "json").Json().GetProperty("gates")[0];

        Strings(deploy.GetProperty("slos")).Should().Equal("prediction-stability");
        deploy.GetProperty("blocking_slos").GetArrayLength().Should().Be(0);
    }

    private static JsonElement Slo(string id) =>
        FraudScoringExample.Run("--format", "json").Json().GetProperty("slos").EnumerateArray().Single(s => s.GetProperty("slo").GetString() == id);

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());
}
