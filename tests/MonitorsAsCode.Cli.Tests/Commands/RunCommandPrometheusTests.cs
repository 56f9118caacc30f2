using System.Text.RegularExpressions;
using MonitorsAsCode.Rendering.Results;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary><c>--format prometheus</c>: the documented metric families in the text exposition format.</summary>
[UseCulture("de-DE")]
public sealed partial class RunCommandPrometheusTests
{
    [Fact]
    public void The_worked_example_exports_values_thresholds_and_statuses()
    {
        var outcome = FraudScoringExample.Run("--format", "prometheus");

        outcome.ExitCode.Should().Be(1);
        var lines = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain(l => l.StartsWith("monitors_drift_score{dataset=\"fraud-scoring\",monitor=\"txn-sum-30d-drift\",column=\"txn_sum_30d\",severity=\"act\",method=\"psi\"} 2.43", StringComparison.Ordinal));
        lines.Should().Contain("monitors_freshness_age_seconds{dataset=\"fraud-scoring\",monitor=\"event-freshness\",column=\"event_time\",severity=\"act\"} 172895");
        lines.Should().Contain("monitors_check_threshold{dataset=\"fraud-scoring\",monitor=\"volume\",check=\"volume\",level=\"warn\",bound=\"below\"} 0.8");
        lines.Should().Contain("monitors_check_status{dataset=\"fraud-scoring\",monitor=\"device-type-completeness\",check=\"completeness\",severity=\"act\",status=\"fail\"} 1");
        lines.Should().Contain("monitors_check_status{dataset=\"fraud-scoring\",monitor=\"device-type-completeness\",check=\"completeness\",severity=\"act\",status=\"pass\"} 0");
        lines.Should().Contain("monitors_gate_status{gate=\"deploy\",status=\"fail\"} 1");
        lines.Should().Contain("monitors_run_results{status=\"fail\"} 6");
    }

    [Fact]
    public void Every_line_follows_the_exposition_format_and_each_family_is_one_group()
    {
        var lines = FraudScoringExample.Run("--format", "prometheus").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var seen = new List<string>();
        foreach (var line in lines)
        {
            line.Should().MatchRegex(Line().ToString());
            var family = line.StartsWith('#') ? line.Split(' ')[2] : line[..line.IndexOf('{', StringComparison.Ordinal)];
            if (seen.Count == 0 || seen[^1] != family)
            {
                seen.Should().NotContain(family, "all lines of {0} must form one group", family);
                seen.Add(family);
            }
        }

        seen.Should().Equal("monitors_schema_problems", "monitors_completeness_null_ratio", "monitors_validity_invalid_ratio", "monitors_uniqueness_duplicate_ratio",
            "monitors_volume_row_count_ratio", "monitors_freshness_age_seconds", "monitors_drift_score", "monitors_check_threshold", "monitors_check_status",
            "monitors_gate_status", "monitors_run_results");
    }

    [GeneratedRegex("""^(# (HELP|TYPE) [a-z_]+ .+|[a-z_]+\{([a-z_]+="([^"\\\n]|\\[\\"n])*",?)+\} (-?[0-9.]+(E[-+]?[0-9]+)?|NaN|[+-]Inf))$""")]
    private static partial Regex Line();
}
