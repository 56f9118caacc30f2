using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Rendering.Prometheus;

namespace MonitorsAsCode.Rendering.Tests.Prometheus;

/// <summary>
/// Prometheus rules in Sloth's conventions: checked by <c>promtool check rules</c>, unit-tested with
/// <c>promtool test rules</c> (a fast burn pages, a slow burn only opens a ticket), and compared byte
/// for byte with the committed golden file.
/// </summary>
public sealed class PrometheusRuleWriterTests
{
    private static readonly string GoldenPath = Path.Combine(RepositoryCheckout.Root, "tests", "MonitorsAsCode.Rendering.Tests", "Prometheus", "golden", "prometheus-rules.yaml");

    [Fact]
    public void Generated_rules_pass_promtool_check_rules()
    {
        using var folder = TemporaryDirectory.Create();
        folder.Write("rules.yaml", PrometheusRuleWriter.Render(SloRulesExample.Load()).Text);

        var (exitCode, output) = Promtool.Run(folder.Root, "check", "rules", "rules.yaml");

        exitCode.Should().Be(0, output);
        // availability: 8 error ratios, 7 meta rules, 2 alerts; latency: 9 error ratios (its 2h/10m window adds 10m), 7 meta rules, 1 alert.
        output.Should().Contain("SUCCESS: 34 rules found");
    }

    [Fact]
    public void The_worked_examples_rules_pass_promtool_check_rules()
    {
        using var folder = TemporaryDirectory.Create();
        var rendered = PrometheusRuleWriter.Render(WorkedExample.Definitions);
        folder.Write("rules.yaml", rendered.Text);

        var (exitCode, output) = Promtool.Run(folder.Root, "check", "rules", "rules.yaml");

        exitCode.Should().Be(0, output);
        rendered.Rendered.Should().Equal("scoring-latency", "scoring-availability");
    }

    [Fact]
    public void A_fast_burn_pages_and_a_slow_burn_only_opens_a_ticket_in_promtool_test_rules()
    {
        using var folder = TemporaryDirectory.Create();
        var availability = SloRulesExample.Load().Slos.Where(s => s.Id == "availability").ToList();
        folder.Write("rules.yaml", PrometheusRuleWriter.Render(availability).Text);
        folder.Write("tests.yaml", UnitTests);

        var (exitCode, output) = Promtool.Run(folder.Root, "test", "rules", "tests.yaml");

        exitCode.Should().Be(0, output);
        output.Should().Contain("SUCCESS");
    }

    [Fact]
    public void Without_a_runbook_base_url_an_alerts_runbook_url_is_its_runbook_as_written()
    {
        var text = PrometheusRuleWriter.Render(SloRulesExample.Load()).Text;

        text.Should().Contain("runbook_url: \"runbooks/checkout-latency.md\"");
    }

    [Fact]
    public void A_runbook_base_url_makes_runbook_urls_absolute_links_to_the_slos_wiki_page()
    {
        var definitions = YamlDefinitionLoader.Load([new("/defs/slos.yaml", SloRulesExample.Yaml + "\nrunbook_base_url: https://wiki.example.com/payments/\n")]);
        definitions.Diagnostics.Should().BeEmpty();

        var text = PrometheusRuleWriter.Render(definitions.Definitions).Text;

        // A runbook file or id becomes the SLO's generated page (which shows it); a web address stays as written.
        text.Should().Contain("runbook_url: \"https://wiki.example.com/payments/slo-latency\"")
            .And.NotContain("runbook_url: \"runbooks/checkout-latency.md\"")
            .And.Contain("runbook_url: \"https://runbooks.example.com/checkout-availability\"");
    }

    [Fact]
    [UseCulture("de-DE")]
    public void The_rules_match_the_golden_file_byte_for_byte()
    {
        var rendered = PrometheusRuleWriter.Render(SloRulesExample.Load()).Text;

        if (Environment.GetEnvironmentVariable("MONITORS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, rendered);
        }

        rendered.Should().Be(File.ReadAllText(GoldenPath), "the rules must match prometheus/golden (regenerate with MONITORS_UPDATE_GOLDEN=1 after an intended change)");
    }

    [Fact]
    public void Each_slo_gets_sloth_recording_rules_for_every_window_and_its_period()
    {
        var rendered = PrometheusRuleWriter.Render(SloRulesExample.Load());

        rendered.Rendered.Should().Equal("availability", "latency");
        foreach (var window in new[] { "5m", "30m", "1h", "2h", "6h", "1d", "3d" })
        {
            rendered.Text.Should().Contain($"      - record: slo:sli_error:ratio_rate{window}\n        expr: |\n          (\n            sum(rate(http_requests_total{{job=\"checkout\",code=~\"5..\"}}[{window}]))");
        }

        rendered.Text.Should().Contain("      - record: slo:sli_error:ratio_rate30d\n        expr: |\n          sum_over_time(slo:sli_error:ratio_rate5m{sloth_id=\"checkout-availability\", sloth_service=\"checkout\", sloth_slo=\"availability\"}[30d])\n          / ignoring (sloth_window)\n");

        rendered.Text.Should().Contain("- record: slo:sli_error:ratio_rate10m", "the latency SLO declares a 2h/10m window");
        rendered.Text.Should().Contain("sum_over_time(slo:sli_error:ratio_rate5m{sloth_id=\"checkout-latency\", sloth_service=\"checkout\", sloth_slo=\"latency\"}[28d])");
        rendered.Text.Should().Contain("- record: slo:period_error_budget_remaining:ratio");
        rendered.Text.Should().Contain("expr: vector(1 - 0.999)");
    }

    [Fact]
    public void Alerts_carry_severity_summary_and_runbook_url_and_use_the_scaled_factors()
    {
        var text = PrometheusRuleWriter.Render(SloRulesExample.Load()).Text;

        text.Should().Contain("- alert: AvailabilityBudgetBurn");
        text.Should().Contain("max(slo:sli_error:ratio_rate1h{sloth_id=\"checkout-availability\", sloth_service=\"checkout\", sloth_slo=\"availability\"} > (14.4 * (1 - 0.999))) without (sloth_window)");
        text.Should().Contain("max(slo:sli_error:ratio_rate3d{sloth_id=\"checkout-availability\", sloth_service=\"checkout\", sloth_slo=\"availability\"} > (1 * (1 - 0.999))) without (sloth_window)");
        text.Should().Contain("          severity: page\n          sloth_severity: page\n          team: \"payments\"\n");
        text.Should().Contain("runbook_url: \"https://runbooks.example.com/checkout-availability\"");
        // 4% of a 28-day budget in 2 hours: 0.04 × 672 / 2 = 13.44.
        text.Should().Contain("- alert: CheckoutSlow");
        text.Should().Contain("> (13.44 * (1 - 0.99))) without (sloth_window)");
        text.Should().Contain("summary: \"Checkout is slow: \\\"p99\\\" above 300 ms\"");
        text.Should().Contain("dashboard: \"https://grafana.example.com/d/checkout\"");
    }

    [Fact]
    public void Slos_the_rules_cannot_express_are_left_out_with_a_note()
    {
        var notes = PrometheusRuleWriter.Render(SloRulesExample.Load()).Notes;

        notes.Should().Equal(
            "SLO 'predictions-stable' has no prometheus queries in its indicator, so it has no Prometheus rules");
        PrometheusRuleWriter.Render([SloRulesExample.Load().Slos[1] with { Budgeting = BudgetingMethod.Timeslices, TimeSlice = TimeSpan.FromMinutes(5) }]).Notes.Should().Equal(
            "SLO 'latency' is budgeted by time slices, which Prometheus rules in Sloth's conventions do not express; it has no Prometheus rules");
    }

    [Fact]
    public void A_calendar_window_is_rendered_as_its_nominal_rolling_window_with_a_note()
    {
        var latency = SloRulesExample.Load().Slos[1] with { Window = SloWindow.Of(CalendarPeriod.Month) };

        var rendered = PrometheusRuleWriter.Render([latency]);

        rendered.Notes.Should().Equal("SLO 'latency' has a calendar month window; its Prometheus rules use a rolling 30d instead");
        rendered.Text.Should().Contain("- record: slo:sli_error:ratio_rate30d");
    }

    [Fact]
    public void Text_in_labels_and_queries_cannot_break_out_of_its_yaml_string()
    {
        var hostile = new SloDefinition(
            "odd",
            new SloIndicator { Prometheus = new PrometheusQueries("sum(rate(t[{{.window}}]))") { ErrorQuery = "sum(rate(e[{{.window}}]))" } },
            0.99,
            SloWindow.Rolling(TimeSpan.FromDays(7)))
        {
            Service = "a\"b",
            Owner = "x\ny: injected",
            Alerting = new SloAlerting { Page = new SloAlert { Runbook = "r: {x}", Summary = "#not a comment" } },
        };

        using var folder = TemporaryDirectory.Create();
        folder.Write("rules.yaml", PrometheusRuleWriter.Render([hostile]).Text);

        var (exitCode, output) = Promtool.Run(folder.Root, "check", "rules", "rules.yaml");

        exitCode.Should().Be(0, output);
        // The line break stays inside a literal block: 'y' does not become a label of its own.
        File.ReadAllText(folder.PathOf("rules.yaml")).Should()
            .Contain("          owner: |-\n            x\n            y: injected\n")
            .And.Contain("sloth_service=\"a\\\"b\"")
            .And.Contain("summary: \"#not a comment\"")
            .And.Contain("runbook_url: \"r: {x}\"");
    }

    [Fact]
    public void Templates_in_slo_text_are_shown_literally_by_prometheus_not_expanded()
    {
        var definitions = HostileSlo.Load();
        using var folder = TemporaryDirectory.Create();
        folder.Write("rules.yaml", PrometheusRuleWriter.Render(definitions).Text);
        folder.Write("tests.yaml", HostileSlo.UnitTest);

        var (checkCode, checkOutput) = Promtool.Run(folder.Root, "check", "rules", "rules.yaml");
        var (testCode, testOutput) = Promtool.Run(folder.Root, "test", "rules", "tests.yaml");

        checkCode.Should().Be(0, checkOutput);
        testCode.Should().Be(0, "promtool expands the alert's labels and annotations and must find the text as written:\n" + testOutput);
    }

    [Fact]
    public void Control_characters_and_unicode_line_breaks_in_slo_text_are_escaped_and_pass_promtool()
    {
        var hostile = new SloDefinition(
            "odd",
            new SloIndicator { Prometheus = new PrometheusQueries("sum(rate(t[{{.window}}]))") { ErrorQuery = "sum(rate(e[{{.window}}]))" } },
            0.99,
            SloWindow.Rolling(TimeSpan.FromDays(7)))
        {
            Service = "checkout",
            Owner = "team\u001b[31m\u0085\u2028\u007f\u202e",
            Alerting = new SloAlerting
            {
                Labels = [new("team", "a\u0000b\tc\r\nd\u009b")],
                Ticket = new SloAlert { Summary = "line one\nline two\u001b]0;title\u0007 {{ $value }}" },
            },
        };

        using var folder = TemporaryDirectory.Create();
        var text = PrometheusRuleWriter.Render([hostile]).Text;
        folder.Write("rules.yaml", text);

        var (exitCode, output) = Promtool.Run(folder.Root, "check", "rules", "rules.yaml");

        exitCode.Should().Be(0, output);
        text.Should().Contain("owner: \"team\\u001b[31m\\N\\L\\u007f\u202e\"")
            .And.Contain("team: \"a\\u0000b\\tc\\r\\nd\\u009b\"")
            .And.Contain("summary: \"line one\\nline two\\u001b]0;title\\u0007 {{\\\"{{\\\"}} $value }}\"");
        text.Should().NotContainAny("\u001b", "\u0000", "\u0085", "\u2028", "\u009b");
    }

    [Fact]
    public void A_label_or_annotation_written_for_the_slo_and_again_for_the_alert_is_written_once_with_the_alerts_value()
    {
        var slo = SloRulesExample.Load().Slos[0] with { };
        var alerting = slo.Alerting! with
        {
            Annotations = [new("dashboard", "https://grafana/slo")],
            Page = slo.Alerting!.Page! with { Labels = [new("team", "payments-oncall")], Annotations = [new("dashboard", "https://grafana/page")] },
        };
        using var folder = TemporaryDirectory.Create();
        var text = PrometheusRuleWriter.Render([slo with { Alerting = alerting }]).Text;
        folder.Write("rules.yaml", text);

        var (exitCode, output) = Promtool.Run(folder.Root, "check", "rules", "rules.yaml");

        exitCode.Should().Be(0, output);
        text.Should().Contain("          severity: page\n          sloth_severity: page\n          team: \"payments-oncall\"\n        annotations:\n");
        text.Should().Contain("          dashboard: \"https://grafana/page\"\n").And.Contain("          team: \"payments\"\n");
    }

    /// <summary>
    /// promtool unit tests for the availability SLO (99.9% over 30 days): requests at 1,000 a minute.
    /// Fast burn: from minute 60, 10% of requests fail (a burn rate of 100); at minute 90 the page fires
    /// (1h window 50×, 5m 100×, both over 14.4), and the ticket with it. Slow burn: 0.2% of requests fail
    /// from the start (2×); at three hours only the 3d/6h ticket condition (1×) holds, so there is no page.
    /// </summary>
    private const string UnitTests = """
        rule_files:
          - rules.yaml
        evaluation_interval: 1m
        tests:
          - name: fast burn pages
            interval: 1m
            input_series:
              - series: 'http_requests_total{job="checkout",code="200"}'
                values: '0+1000x60 60000+900x60'
              - series: 'http_requests_total{job="checkout",code="500"}'
                values: '0+0x60 0+100x60'
            alert_rule_test:
              - eval_time: 30m
                alertname: AvailabilityBudgetBurn
                exp_alerts: []
              - eval_time: 90m
                alertname: AvailabilityBudgetBurn
                exp_alerts:
                  - exp_labels: { severity: page, sloth_severity: page, team: payments, owner: team-a, sloth_id: checkout-availability, sloth_service: checkout, sloth_slo: availability }
                    exp_annotations: { summary: "SLO availability of checkout is burning its error budget too fast (page)", runbook_url: "https://runbooks.example.com/checkout-availability" }
                  - exp_labels: { severity: ticket, sloth_severity: ticket, team: payments, owner: team-a, sloth_id: checkout-availability, sloth_service: checkout, sloth_slo: availability }
                    exp_annotations: { summary: "SLO availability of checkout is burning its error budget too fast (ticket)", runbook_url: "https://runbooks.example.com/checkout-availability" }
          - name: slow burn does not page
            interval: 1m
            input_series:
              - series: 'http_requests_total{job="checkout",code="200"}'
                values: '0+998x180'
              - series: 'http_requests_total{job="checkout",code="500"}'
                values: '0+2x180'
            alert_rule_test:
              - eval_time: 180m
                alertname: AvailabilityBudgetBurn
                exp_alerts:
                  - exp_labels: { severity: ticket, sloth_severity: ticket, team: payments, owner: team-a, sloth_id: checkout-availability, sloth_service: checkout, sloth_slo: availability }
                    exp_annotations: { summary: "SLO availability of checkout is burning its error budget too fast (ticket)", runbook_url: "https://runbooks.example.com/checkout-availability" }
        """;
}
