using MonitorsAsCode.Analyzers.Tests.Verification;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class InvalidHistoryStoreAnalyzerTests
{
    [Fact]
    public void A_connection_string_written_in_csharp_is_reported_at_the_argument_without_echoing_it()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Completeness("amount-nulls", data, "amount").Fail(0.01);
            m.HistoryPostgres("Host=db;Username=ml;Password=hunter2");
            """));

        diagnostics.Should().ContainSingle().Which.Should().StartWith("Monitors.cs(18,27): error MAC0027: history.postgres.connection must name the environment variable")
            .And.NotContain("hunter2");
    }

    [Fact]
    public void A_store_named_in_csharp_and_another_in_yaml_is_reported()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(
            MonitorSetSource.WithBody("""
                m.Completeness("amount-nulls", data, "amount").Fail(0.01);
                m.HistoryPostgres("env:MONITORS_HISTORY_PG");
                """),
            ("history.yaml", "history: { store: monitors-history.db }\n"));

        diagnostics.Should().ContainSingle().Which.Should().Contain("error MAC0027: history is set to");
    }

    [Fact]
    public void Stores_named_as_they_should_be_are_not_reported()
    {
        DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Completeness("amount-nulls", data, "amount").Fail(0.01);
            m.HistoryStore("monitors-history.db");
            """)).Should().BeEmpty();
    }
}
