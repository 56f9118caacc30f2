using MonitorsAsCode.Analyzers.Tests.Verification;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class InvalidPrometheusQueryAnalyzerTests
{
    [Fact]
    public void A_constant_query_promtool_would_refuse_is_reported_at_its_problem_inside_the_string()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).Prometheus("sum(rate(t[{{.window}}]))", goodQuery: "sum(rate(g[{{.windw}}]))");
            """));

        diagnostics.Should().ContainSingle().Which.Should().MatchRegex(
            @"^Monitors\.cs\(17,\d+\): error MAC0025: SLO 'amount-slo': 'good_query' is not a query Prometheus accepts: unknown placeholder ""\{\{\.windw\}\}"".* \(at 1:12 of the query\)$");
    }

    [Fact]
    public void Valid_constant_queries_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).Prometheus("sum(rate(t[{{.window}}]))", errorQuery: "sum(rate(e{code=~\"5..\"}[{{.window}}]))");
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_query_in_a_yaml_file_beside_the_code_is_reported_in_that_file()
    {
        var diagnostics = Diagnose(
            WithBody("""m.Completeness("amount-nulls", data, "amount").Fail(0.01);"""),
            ("slos.yaml", "slos:\n  - id: api\n    indicator: { prometheus: { error_query: 'rate(e)', total_query: 'sum(rate(t[{{.window}}]))' } }\n    objective: 0.99\n    window: 28d\n"));

        diagnostics.Should().Equal(
            "slos.yaml(3,51): error MAC0025: SLO 'api': 'error_query' is not a query Prometheus accepts: expected type range vector in call to function \"rate\", got instant vector (at 1:6 of the query)");
    }
}
