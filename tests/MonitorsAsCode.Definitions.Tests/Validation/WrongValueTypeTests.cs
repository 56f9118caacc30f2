using System.Globalization;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class WrongValueTypeTests
{
    [Fact]
    public void Threshold_written_with_a_decimal_comma_is_not_a_number_even_under_a_german_culture()
    {
        const string monitors = """
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: 0.1
                fail: 0,25
            """;
        var previous = CultureInfo.CurrentCulture;
        IReadOnlyList<string> diagnostics;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            diagnostics = DiagnoseMonitors(monitors);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        diagnostics.Should().Equal(
            "monitors.yaml(7,11): error MAC0003: 'fail' must be a number, not '0,25'");
    }

    [Fact]
    public void Unknown_check_word_is_reported_at_the_value_with_the_nearest_check()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drfit
                column: amount
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(4,12): error MAC0003: 'check' must be one of drift, schema, completeness, validity, uniqueness, volume, freshness, label-coverage, performance, not 'drfit' (did you mean 'drift'?)");
    }

    [Fact]
    public void Unknown_method_and_severity_words_list_the_allowed_words()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: jenson-shannon
                severity: page
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,13): error MAC0003: 'method' must be one of psi, jensen-shannon, wasserstein, ks, kl, hellinger, anderson-darling, cramer-von-mises, energy, chi-square, total-variation, l-infinity, z, domain-classifier, auto, not 'jenson-shannon' (did you mean 'jensen-shannon'?)",
            "monitors.yaml(7,15): error MAC0003: 'severity' must be one of info, investigate, act, not 'page'");
    }

    [Fact]
    public void Unknown_column_type_is_reported_once_and_monitors_on_that_column_are_not_reported_as_unknown()
    {
        var diagnostics = Diagnose(("definitions.yaml", """
            datasets:
              - id: fraud-scoring
                snapshots: { reference: data/reference.csv, current: data/current.csv }
                columns:
                  amount: { type: float }
                  country: { type: string }
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
            """));

        diagnostics.Should().Equal(
            "definitions.yaml(5,23): error MAC0003: 'type' must be one of double, int64, bool, string, timestamp, date, not 'float'");
    }

    [Fact]
    public void Freshness_threshold_without_a_unit_is_reported_as_not_a_duration()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: events-fresh
                dataset: fraud-scoring
                check: freshness
                column: event_time
                fail: 36
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0003: 'fail' must be a duration such as 36h, 90m or 2d, not '36'");
    }

    [Fact]
    public void Freshness_threshold_longer_than_timespan_can_hold_is_reported_as_too_long()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: events-fresh
                dataset: fraud-scoring
                check: freshness
                column: event_time
                fail: 10675200d
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0003: 'fail' must be at most 36500d (about 100 years), not '10675200d'");
    }

    [Fact]
    public void Slo_window_and_burn_rate_windows_longer_than_the_longest_duration_are_reported_as_too_long()
    {
        var diagnostics = Diagnose(("slos.yaml", """
            slos:
              - id: latency
                service: api
                indicator: { prometheus: { good_query: 'sum(rate(good[{{.window}}]))', total_query: 'sum(rate(all[{{.window}}]))' } }
                objective: 0.99
                window: 10675200d
                alerting:
                  ticket: {}
                  windows:
                    - { severity: ticket, long: 99999999999w, short: 6h, budget_consumed: 0.1 }
            """));

        diagnostics.Should().Contain("slos.yaml(6,13): error MAC0003: 'window' must be at most 36500d (about 100 years), not '10675200d'");
        diagnostics.Should().Contain("slos.yaml(10,37): error MAC0003: 'long' must be at most 36500d (about 100 years), not '99999999999w'");
    }

    [Fact]
    public void A_long_value_is_quoted_shortened_in_the_message()
    {
        var diagnostics = DiagnoseMonitors($"""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: {new string('x', 100_000)}
                column: amount
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(4,12): error MAC0003: 'check' must be one of drift, schema, completeness, validity, uniqueness, volume, freshness, label-coverage, performance, not '"
            + new string('x', 200) + "… (99800 more characters)'");
    }

    [Fact]
    public void Single_number_for_a_volume_threshold_is_reported_as_needing_a_band()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: row-count
                dataset: fraud-scoring
                check: volume
                fail: 0.5
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,11): error MAC0003: a row count ratio threshold is a band: write 'fail: { below: 0.8, above: 1.25 }'");
    }

    [Fact]
    public void Whole_number_and_true_false_fields_say_what_they_accept()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                bins: 1
                enabled: yes
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0003: 'bins' must be a whole number from 2 to 1000, not '1'",
            "monitors.yaml(7,14): error MAC0003: 'enabled' must be true or false, not 'yes'");
    }

    [Fact]
    public void Monitors_written_as_a_mapping_instead_of_a_list_are_reported_at_the_mapping()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              id: amount-drift
              dataset: fraud-scoring
              check: drift
              column: amount
              fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(2,3): error MAC0003: 'monitors' must be a list (each item starting with '- '), not a mapping");
    }

    [Fact]
    public void Values_of_the_right_type_have_no_wrong_type_diagnostic()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: jensen-shannon
                bins: 20
                enabled: true
                severity: investigate
                warn: 0.1
                fail: 0.25
              - id: events-fresh
                dataset: fraud-scoring
                check: freshness
                column: event_time
                fail: 36h
              - id: row-count
                dataset: fraud-scoring
                check: volume
                fail: { below: 0.5 }
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.WrongValueType);
    }
}
