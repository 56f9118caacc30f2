using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Files;
using MonitorsAsCode.Definitions.History;
using MonitorsAsCode.Definitions.Validation;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class InvalidHistoryStoreTests
{
    [Fact]
    public void A_sqlite_store_resolves_against_the_file_that_names_it()
    {
        var loaded = Yaml.YamlDefinitionLoaderTests.Load(("team/history.yaml", "history: { store: state/monitors-history.db }\n"));

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.HistoryStores.Should().ContainSingle().Which.Should().Match<HistoryStoreSetting>(s =>
            s.Kind == HistoryStoreKind.Sqlite && s.Target == "team/state/monitors-history.db");
    }

    [Fact]
    public void A_postgres_store_names_the_variable_holding_its_connection_string()
    {
        var loaded = Yaml.YamlDefinitionLoaderTests.Load(("history.yaml", "history:\n  postgres:\n    connection: env:MONITORS_HISTORY_PG\n"));

        loaded.Diagnostics.Should().BeEmpty();
        var setting = loaded.Definitions.HistoryStores.Should().ContainSingle().Subject;
        setting.Kind.Should().Be(HistoryStoreKind.Postgres);
        HistoryStoreSetting.VariableOf(setting.Target).Should().Be("MONITORS_HISTORY_PG");
    }

    [Fact]
    public void A_connection_string_written_in_the_yaml_is_refused_without_echoing_it()
    {
        var diagnostics = DefinitionFiles.Diagnose(("history.yaml", "history:\n  postgres:\n    connection: Host=db;Username=ml;Password=hunter2\n"));

        diagnostics.Should().Equal(
            "history.yaml(3,17): error MAC0027: history.postgres.connection must name the environment variable that holds the connection string, such as env:MONITORS_HISTORY_PG; a connection string written in the definitions would put the database's password in git");
        diagnostics[0].Should().NotContain("hunter2");
    }

    [Fact]
    public void A_sqlite_store_written_as_an_environment_variable_is_refused_rather_than_made_a_file_of_that_name()
    {
        var diagnostics = DefinitionFiles.Diagnose(("history.yaml", "history: { store: env:MONITORS_HISTORY_PG }\n"));

        diagnostics.Should().Equal(
            "history.yaml(1,19): error MAC0027: history.store 'env:MONITORS_HISTORY_PG' names an environment variable, not a file: a database whose connection string is in a variable is PostgreSQL, history: { postgres: { connection: env:MONITORS_HISTORY_PG } }");
    }

    [Fact]
    public void A_malformed_variable_name_is_reported()
    {
        DefinitionFiles.Diagnose(("history.yaml", "history: { postgres: { connection: 'env:1-BAD' } }\n")).Should().Equal(
            "history.yaml(1,36): error MAC0027: history.postgres.connection 'env:1-BAD' does not name an environment variable: write env: then letters, digits and underscores, such as env:MONITORS_HISTORY_PG");
    }

    [Fact]
    public void Both_kinds_at_once_or_neither_is_reported()
    {
        DefinitionFiles.Diagnose(("a.yaml", "history: { store: h.db, postgres: { connection: env:PG } }\n")).Should().Equal(
            "a.yaml(1,10): error MAC0027: history names both a SQLite 'store' and a 'postgres' database: keep one, so every run records into the same history");
        DefinitionFiles.Diagnose(("b.yaml", "history: {}\n")).Should().ContainSingle().Which.Should().Contain("error MAC0004: history must name a SQLite 'store'");
        DefinitionFiles.Diagnose(("c.yaml", "history: h.db\n")).Should().ContainSingle().Which.Should().Contain("error MAC0003: 'history' must be a mapping");
    }

    [Fact]
    public void A_blank_store_or_a_folder_is_reported()
    {
        DefinitionFiles.Diagnose(("a.yaml", "history: { store: '' }\n")).Should().Equal(
            "a.yaml(1,19): error MAC0027: history.store must name the SQLite file that keeps the history, such as monitors-history.db");
        DefinitionFiles.Diagnose(("a.yaml", "history: { store: state/ }\n")).Should().Equal(
            "a.yaml(1,19): error MAC0027: history.store 'state/' is not a file name: name the SQLite file that keeps the history, such as monitors-history.db");
    }

    [Fact]
    public void Two_files_naming_different_stores_are_reported_at_the_second()
    {
        DefinitionFiles.Diagnose(("a.yaml", "history: { store: h.db }\n"), ("b.yaml", "history: { postgres: { connection: env:PG } }\n")).Should().Equal(
            "b.yaml(1,36): error MAC0027: history is set to 'postgres env:PG' here and to 'h.db' at a.yaml(1,19); name one store, so every run records into the same history");
    }

    [Fact]
    public void The_csharp_builder_sets_the_same_records_and_the_same_rule_judges_them()
    {
        var builder = new MonitorBuilder("/defs");
        builder.HistoryStore("state/h.db");
        var set = builder.ToDefinitionSet();
        set.HistoryStores.Should().ContainSingle().Which.Target.Should().Be("/defs/state/h.db");
        DefinitionValidator.Validate(set).Should().BeEmpty();

        var literal = new MonitorBuilder();
        var line = LineHere(); literal.HistoryPostgres("Host=db;Password=hunter2");
        var diagnostic = DefinitionValidator.Validate(literal.ToDefinitionSet()).Should().ContainSingle().Subject;
        diagnostic.Rule.Id.Should().Be("MAC0027");
        diagnostic.Location!.Line.Should().Be(line);
        diagnostic.Message.Should().NotContain("hunter2");
    }

    [Fact]
    public void A_store_outside_the_definitions_folder_is_refused_with_mac0024()
    {
        var root = Directory.CreateTempSubdirectory("mac-history-root-").FullName;
        try
        {
            var definitions = Path.Combine(root, "defs");
            Directory.CreateDirectory(definitions);
            File.WriteAllText(Path.Combine(definitions, "h.yaml"), "history: { store: ../elsewhere/h.db }\n");
            var loaded = YamlDefinitionLoader.LoadDirectory(definitions);
            loaded.Diagnostics.Should().BeEmpty();

            var checkedLoaded = DataRootCheck.Apply(loaded, new DataRoots(definitions));

            checkedLoaded.Diagnostics.Should().ContainSingle().Which.ToString().Should().Be(
                $"{definitions}/h.yaml(1,19): error MAC0024: history.store '{root}/elsewhere/h.db' is outside the definitions folder '{definitions}'; the history file must lie inside the definitions folder (give --data-root DIR to keep it elsewhere)");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Is_documented() => RulePage.ShouldBeDocumented(DefinitionRules.InvalidHistoryStore);

    private static int LineHere([CallerLineNumber] int line = 0) => line;
}
