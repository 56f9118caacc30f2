using MonitorsAsCode.Definitions.Tests.Slos;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class InvalidPrometheusQueryTests
{
    [Fact]
    public void A_misspelt_window_placeholder_is_reported_at_its_own_column()
    {
        // The reported case: validate accepted it and 'slo rules' wrote a rule promtool refused ("missing unit character in duration").
        SloFiles.Diagnose(Slo("'sum(rate(x[{{.windw}}]))'", "'sum(rate(y[{{.window}}]))'")).Should().Equal(
            "slos.yaml(6,34): error MAC0025: SLO 'latency': 'good_query' is not a query Prometheus accepts: unknown placeholder \"{{.windw}}\": the rules generator replaces only {{.window}}, written exactly so (at 1:12 of the query)");
    }

    [Fact]
    public void A_plain_scalar_query_is_positioned_from_its_first_character()
    {
        SloFiles.Diagnose(Slo("sum(rate(x[{{.window}}]))", "sum(rate(y[1.5m]))")).Should().Equal(
            "slos.yaml(7,33): error MAC0025: SLO 'latency': 'total_query' is not a query Prometheus accepts: not a valid duration string: \"1.5m\" (at 1:12 of the query)");
    }

    [Fact]
    public void A_query_over_several_lines_is_reported_at_its_value_with_the_line_inside_the_query()
    {
        var slos = """
            slos:
              - id: latency
                service: api
                indicator:
                  prometheus:
                    error_query: |
                      sum(rate(x{code=~"5.."}[{{.window}}]))
                      / sum(rate(y[{{.window}}])) )
                    total_query: 'sum(rate(y[{{.window}}]))'
                objective: 0.99
                window: 28d
            """;

        SloFiles.Diagnose(slos).Should().Equal(
            "slos.yaml(6,22): error MAC0025: SLO 'latency': 'error_query' is not a query Prometheus accepts: unexpected right parenthesis ')' (at 2:29 of the query)");
    }

    [Fact]
    public void Every_query_of_an_slo_is_checked()
    {
        SloFiles.Diagnose(Slo("'rate(x)'", "'\"total\"'")).Should().Equal(
            "slos.yaml(6,28): error MAC0025: SLO 'latency': 'good_query' is not a query Prometheus accepts: expected type range vector in call to function \"rate\", got instant vector (at 1:6 of the query)",
            "slos.yaml(7,23): error MAC0025: SLO 'latency': 'total_query' is not a query Prometheus accepts: the query gives a string, but the generated rules divide one query by another, so it must give an instant vector or a scalar (at 1:1 of the query)");
    }

    [Fact]
    public void Valid_queries_produce_nothing()
    {
        SloFiles.Diagnose(Slo("'sum(rate(x{le=\"0.12\"}[{{.window}}]))'", "'sum(rate(x_count[{{.window}}]))'")).Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.InvalidPrometheusQuery);
    }

    private static string Slo(string good, string total) => $"""
        slos:
          - id: latency
            service: api
            indicator:
              prometheus:
                good_query:  {good}
                total_query: {total}
            objective: 0.99
            window: 28d
        """;
}
