using MonitorsAsCode.Analyzers.Tests.Verification;

namespace MonitorsAsCode.Analyzers.Tests.Robustness;

/// <summary>
/// The analyzer runs on every keystroke, so it meets code and YAML in every state of being typed: no
/// analyzer may crash (AD0001) on any of them. <see cref="DefinitionAnalysis.Run"/> asserts that.
/// </summary>
public sealed class HalfTypedDefinitionsTests
{
    private static readonly Lazy<string> TwinSource = new(() =>
        File.ReadAllText(Path.Combine(RepositoryCheckout.Root, "monitors", "fraud-scoring-csharp", "FraudScoringMonitors.cs")));

    private static readonly Lazy<string> ExampleYaml = new(() =>
        File.ReadAllText(Path.Combine(RepositoryCheckout.Root, "monitors", "fraud-scoring", "monitors.yaml")));

    public static TheoryData<int> Cuts(int count)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cuts), 40)]
    public void Csharp_cut_off_anywhere_does_not_crash_the_analyzers(int cut)
    {
        var source = TwinSource.Value;
        var end = source.Length * (cut + 1) / 41;

        DefinitionAnalysis.Run(source[..end]);
    }

    [Theory]
    [MemberData(nameof(Cuts), 40)]
    public void Csharp_with_a_piece_missing_does_not_crash_the_analyzers(int cut)
    {
        var source = TwinSource.Value;
        var start = source.Length * (cut + 1) / 42;

        DefinitionAnalysis.Run(source.Remove(start, Math.Min(7, source.Length - start)));
    }

    [Fact]
    public void Half_typed_builder_calls_do_not_crash_the_analyzers()
    {
        var snippets = new[]
        {
            "m.Drift(",
            "m.Drift(\"amount-drift\", data, ",
            "m.Drift(\"amount-drift\", data, \"amount\").Warn(",
            "m.Drift(\"amount-drift\", data, \"amount\").Warn(0.25).Fail(0.1",
            "m.Drift(\"amount-drift\", data, \"amount\", DriftMethod.).Warn(0.2)",
            "m.Volume(\"rows\", data).Warn(below: ).Fail(above: 2);",
            "m.Freshness(\"fresh\", data, \"event_time\").Warn(TimeSpan.FromHours()).Fail(TimeSpan.From(3));",
            "m.Uniqueness(\"tx\", data, [\"transaction_id\", ..]).Fail(0.01);",
            "m.Gate(\"deploy\", \"amount-drift\", );",
            "m.Gate(\"deploy\", new[] { \"a\", null! });",
            "var x = data; x = null!; m.Drift(\"d\", x, \"amount\").Fail(0.2);",
            "m.Drift(\"d\", (DatasetReference)default, \"amount\").Fail((double)(object)0.2);",
            "m.Validity(\"v\", data, \"amount\").Range(max: 1, min: 2).Allowed(null!).Fail(0.1);",
            "m.Drift(\"d\", data, \"amount\", (DriftMethod)42).Warn(0.1).Severity((Severity)7);",
            "m.Dataset(null!).Column(null!, (ColumnType)99);",
            "m.Schema(\"schema\", data).UnexpectedColumns(",
            "m.Slo(",
            "m.Slo(\"s\", data, ",
            "m.Slo(\"s\", data, \"amount >\", 1.5, TimeSpan.FromDays(",
            "m.Slo(\"s\", data, \"amount > 0\", 0.99, TimeSpan.FromDays(28)).Page(",
            "m.Slo(\"s\", data, \"amount > 0\", 0.99, TimeSpan.FromDays(28)).TimeSlices(TimeSpan.FromTicks(1), target: ).BurnRate(",
            "m.Slo(\"s\", data, \"amount > 0\", 0.99, TimeSpan.MaxValue).TimeSlices(TimeSpan.FromDays(1e9)).Calendar((MonitorsAsCode.Definitions.Slos.CalendarPeriod)9);",
            "m.Slo(\"s\", data, \"amount > 0\", double.NaN, TimeSpan.FromDays(double.PositiveInfinity)).BudgetRemaining(warn: double.NaN).Maintenance(null!, default, TimeSpan.FromDays(2));",
            "m.Slo(\"s\", data, \"\", 0.99, new TimeSpan(-1)).Ticket().BurnRate((MonitorsAsCode.Definitions.Slos.AlertSeverity)5, TimeSpan.Zero, TimeSpan.Zero, 0);",
            "m.MonitorSlo(\"s\", null!, TimeSpan.FromDays(1), 0.9, TimeSpan.FromDays(28)).TimeSlices(TimeSpan.FromDays(1), 0.5);",
            "m.Gate(\"deploy\", \"a\").Slos(",
            "m.Gate(\"deploy\", \"a\").Slos(\"s\", null!, );",
        };

        foreach (var snippet in snippets)
        {
            DefinitionAnalysis.Run(MonitorSetSource.WithBody(snippet));
        }
    }

    [Theory]
    [MemberData(nameof(Cuts), 40)]
    public void Yaml_cut_off_anywhere_does_not_crash_the_analyzers(int cut)
    {
        var yaml = ExampleYaml.Value;
        var end = yaml.Length * (cut + 1) / 41;

        DefinitionAnalysis.Run(null, ("datasets.yaml", FraudScoringYaml.Dataset), ("monitors.yaml", yaml[..end]));
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_a_position_in_the_file_and_does_not_crash_the_analyzers()
    {
        var files = new[]
        {
            "monitors: [",
            "monitors:\n\t- id: x",
            "monitors:\n  - id: x\n    warn: &a 0.1\n    fail: *b",
            "- just\n- a\n- list",
            "monitors: { id: \"unterminated }",
            "%YAML 9.9\n---\nmonitors: []",
            "monitors:\n  - ? [complex, key]\n    : value",
            "\u0000\u0001",
        };

        foreach (var text in files)
        {
            var result = DefinitionAnalysis.Run(null, ("monitors.yaml", text));

            result.Diagnostics.Should().NotBeEmpty($"'{text}' is not a valid definitions file")
                .And.OnlyContain(line => line.StartsWith("monitors.yaml(", StringComparison.Ordinal), "problems are reported at a line and column of the file");
        }
    }
}
