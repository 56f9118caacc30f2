namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary><c>monitors slo rules DIR --out OUT [--openslo]</c>: Prometheus rules, Alertmanager routing and OpenSLO documents.</summary>
public sealed class SloCommandTests
{
    public const string OrdersSlos = """
        slos:
          - id: orders-small
            service: shop
            owner: shop-data
            dataset: orders
            indicator:
              good: "amount < 1000"
              prometheus:
                error_query: 'sum(rate(orders_total{size="large"}[{{.window}}]))'
                total_query: 'sum(rate(orders_total[{{.window}}]))'
            objective: 0.9
            window: 7d
            alerting:
              page: { runbook: runbooks/orders.md }
          - id: orders-complete
            owner: shop-data
            indicator: { monitor: amount-completeness }
            time_slice: 1h
            objective: 0.9
            window: 7d
        """;

    [Fact]
    public void Rules_and_routing_are_written_into_the_out_folder_and_slos_left_out_are_named()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("slos.yaml", OrdersSlos);
        var output = folder.PathOf("out/prometheus");

        var outcome = CommandLine.Run("slo", "rules", folder.FullPath, "--out", output);

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.OutLines.Should().Equal($"wrote {output}/prometheus-rules.yaml", $"wrote {output}/alertmanager.yaml", "2 SLO(s), 1 with Prometheus rules");
        outcome.ErrorLines.Should().Equal("note: SLO 'orders-complete' has no prometheus queries in its indicator, so it has no Prometheus rules");
        File.ReadAllText(Path.Combine(output, "prometheus-rules.yaml")).Should().Contain("- alert: OrdersSmallBudgetBurn").And.Contain("runbook_url: \"runbooks/orders.md\"");
        File.ReadAllText(Path.Combine(output, "alertmanager.yaml")).Should().Contain("receiver: shop-data-page");
        File.Exists(Path.Combine(output, "openslo.yaml")).Should().BeFalse();
    }

    [Fact]
    public void Hostile_but_valid_slo_text_validates_and_its_rules_pass_promtool_with_the_text_shown_literally()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("slos.yaml", """
            slos:
              - id: orders-small
                service: shop.orders_v2
                owner: "shop {{ $labels.job }} \"q\" ünï\n@here"
                description: "{{ .Value }} $value <script>"
                indicator:
                  prometheus:
                    error_query: 'sum(rate(orders_total{size="large"}[{{.window}}]))'
                    total_query: 'sum(rate(orders_total[{{.window}}]))'
                objective: 0.9
                window: 7d
                alerting:
                  labels: { team_name: "{{ template \"x\" }}", note: "a\nb" }
                  annotations: { dashboard: "{{ range . }}" }
                  page:
                    runbook: "runbooks/{{ .Labels }}.md"
                    summary: "{{ $value | humanize }} of {{"
                    annotations: { dashboard: "$value {{ end }}" }
            """);
        var output = folder.PathOf("out");

        var validated = CommandLine.Run("validate", folder.FullPath);
        var rendered = CommandLine.Run("slo", "rules", folder.FullPath, "--out", output);
        var (exitCode, promtool) = Promtool.Run(output, "check", "rules", "prometheus-rules.yaml");

        validated.ExitCode.Should().Be(ExitCodes.Passed, validated.Out);
        rendered.ExitCode.Should().Be(ExitCodes.Passed, rendered.Error);
        exitCode.Should().Be(0, promtool);
        File.ReadAllText(Path.Combine(output, "prometheus-rules.yaml")).Should()
            .Contain("summary: \"{{\\\"{{\\\"}} $value | humanize }} of {{\\\"{{\\\"}}\"")
            .And.Contain("dashboard: \"$value {{\\\"{{\\\"}} end }}\"");
    }

    [Fact]
    public void Names_prometheus_would_reject_are_mac0023_and_nothing_is_written()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("slos.yaml", """
            slos:
              - id: "orders\nsmall"
                service: "shop orders"
                indicator:
                  prometheus:
                    error_query: 'sum(rate(orders_total{size="large"}[{{.window}}]))'
                    total_query: 'sum(rate(orders_total[{{.window}}]))'
                objective: 0.9
                window: 7d
                alerting:
                  labels: { team-name: shop }
                  annotations: { summary: "mine" }
                  ticket: {}
            """);
        var output = folder.PathOf("out");

        var validated = CommandLine.Run("validate", folder.FullPath);
        var rendered = CommandLine.Run("slo", "rules", folder.FullPath, "--out", output);

        validated.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        validated.ErrorLines.Where(l => l.Contains("MAC0023", StringComparison.Ordinal)).Should().HaveCount(4);
        validated.ErrorLines.Should().Contain(l => l.EndsWith(@"error MAC0023: SLO id 'orders\nsmall' may hold only letters, digits, '-', '_' and '.', starting with a letter or digit: ids name pages, files, Prometheus labels and CI log lines [https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0023.md]", StringComparison.Ordinal));
        validated.ErrorLines.Should().NotContain("small' may hold only letters, digits, '-', '_' and '.', starting with a letter or digit: ids name pages, files, Prometheus labels and CI log lines");
        rendered.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        Directory.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void The_openslo_option_also_writes_the_slos_as_openslo_documents_that_import_back()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("slos.yaml", OrdersSlos);
        var output = folder.PathOf("out");

        var outcome = CommandLine.Run("slo", "rules", folder.FullPath, "--out", output, "--openslo");
        var imported = CommandLine.Run("import", "openslo", Path.Combine(output, "openslo.yaml"));

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.OutLines.Should().Contain($"wrote {output}/openslo.yaml");
        imported.ExitCode.Should().Be(ExitCodes.Passed, imported.Error);
        imported.Error.Should().BeEmpty();
        imported.Out.Should().Contain("  - id: orders-small\n    service: shop\n    owner: shop-data\n    dataset: orders\n    indicator:\n      good: \"amount < 1000\"\n");
    }

    [Fact]
    public void Invalid_definitions_write_nothing_and_exit_2()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("slos.yaml", OrdersSlos.Replace("objective: 0.9\n    window: 7d\n    alerting", "objective: 90\n    window: 7d\n    alerting", StringComparison.Ordinal));

        var outcome = CommandLine.Run("slo", "rules", folder.FullPath, "--out", folder.PathOf("out"));

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("slos.yaml(11,16): error MAC0016: SLO 'orders-small': objective 90 is outside (0, 1); it is a share, so write 90% as 0.9");
        Directory.Exists(folder.PathOf("out")).Should().BeFalse();
    }

    [Fact]
    public void An_out_path_that_is_a_file_is_a_user_error()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("slos.yaml", OrdersSlos);
        var file = folder.Write("out.txt", "not a folder");

        var outcome = CommandLine.Run("slo", "rules", folder.FullPath, "--out", file);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().StartWith($"error: cannot write into '{file}'");
    }
}
