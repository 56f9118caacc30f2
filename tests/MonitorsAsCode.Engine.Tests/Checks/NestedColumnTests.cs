using MonitorsAsCode.Engine.Profiling;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Results;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Checks;

/// <summary>
/// Struct, list and map columns of a Parquet snapshot (tests/fixtures/duckdb-written/nested_100.parquet):
/// the schema monitor and the profile list them with their shapes — they were left out silently — and a
/// monitor that needs their values is an error result saying nested columns are not supported.
/// </summary>
[UseCulture("de-DE")]
public sealed class NestedColumnTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public NestedColumnTests()
    {
        File.Copy(Fixture, directory.PathOf("current.parquet"));
    }

    private static string Fixture => RepositoryCheckout.Path("tests", "fixtures", "duckdb-written", "nested_100.parquet");

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Schema_monitor_lists_undeclared_nested_columns_as_unexpected()
    {
        var result = Run("""
                columns:
                  id:    { type: int64, role: id }
                  label: { type: string }
            monitors:
              - id: schema
                dataset: ds
                check: schema
                unexpected_columns: warn
            """).Single();

        result.Status.Should().Be(CheckStatus.Warn);
        result.Evidence.Summary.Should().Be("unexpected 's', 'l', 'm', 'ls'");
    }

    [Fact]
    public void Schema_monitor_names_a_declared_nested_column_with_its_stored_shape()
    {
        var result = Run("""
                columns:
                  id:    { type: int64, role: id }
                  label: { type: string }
                  s:     { type: string }
                  l:     { type: double }
                  m:     { type: string }
                  ls:    { type: string }
            monitors:
              - id: schema
                dataset: ds
                check: schema
            """).Single();

        result.Status.Should().Be(CheckStatus.Fail);
        result.Value.Should().Be(4);
        EvidenceText.Rows(result.Evidence, "columns of the wrong type").Should().Equal(
            "s | string | struct<a: int64, b: string>",
            "l | double | list<double>",
            "m | string | map<string, int64>",
            "ls | string | list<struct<p: int64, q: bool>>");
    }

    [Fact]
    public void Monitor_on_a_nested_column_is_an_error_saying_nested_columns_are_not_supported_while_others_run()
    {
        var results = Run("""
                columns:
                  id:    { type: int64, role: id }
                  label: { type: string }
                  s:     { type: string }
            monitors:
              - id: s-complete
                dataset: ds
                check: completeness
                column: s
                fail: 0.5
              - id: label-complete
                dataset: ds
                check: completeness
                column: label
                fail: 0.5
            """);

        results[0].Status.Should().Be(CheckStatus.Error);
        results[0].Evidence.Summary.Should().Be(
            $"column 's' is a nested column (struct<a: int64, b: string>) in {directory.PathOf("current.parquet")}; nested columns (structs, lists, maps) are not supported for this check, which reads the column's values");
        results[1].Status.Should().Be(CheckStatus.Pass);
    }

    [Fact]
    public void Profile_lists_nested_columns_with_their_shapes()
    {
        var profile = SnapshotProfiler.Profile(Fixture);

        profile.Rows.Should().Be(100);
        profile.Columns.Select(c => c.Name).Should().Equal("id", "label");
        profile.NestedColumns.Select(n => n.Name + " " + n.Type).Should().Equal(
            "s struct<a: int64, b: string>",
            "l list<double>",
            "m map<string, int64>",
            "ls list<struct<p: int64, q: bool>>");
    }

    private IReadOnlyList<CheckResult> Run(string rest)
    {
        var yaml = """
            datasets:
              - id: ds
                snapshots: { current: current.parquet }

            """ + rest + "\n";
        return new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results;
    }
}
