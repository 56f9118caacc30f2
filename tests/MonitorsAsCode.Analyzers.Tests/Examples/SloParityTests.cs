using System.Globalization;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Building;

namespace MonitorsAsCode.Analyzers.Tests.Examples;

/// <summary>
/// The analyzer reports the SLO rules (MAC0016–MAC0021) of C# SLOs with the ids, messages and lines that
/// <c>monitors validate</c> reports when it loads the compiled set: both are compared on the same source.
/// </summary>
public sealed class SloParityTests
{
    private const string Body = """
        var nodates = m.Dataset("nodates").Snapshots(reference: "r.csv", current: "c.csv").Column("amount", ColumnType.Double);
        m.Completeness("amount-nulls", data, "amount").Fail(0.01);
        m.Slo("objective-slo", data, "amount > 0", objective: 99.5, window: TimeSpan.FromDays(28)).TimeSlices(TimeSpan.FromMinutes(5), target: 1.0);
        m.Slo("expression-slo", data, "country > 0 or amount >", 0.99, TimeSpan.FromDays(28)).Total("score + country > 1");
        m.Slo("window-slo", data, "amount > 0", 0.99, TimeSpan.FromSeconds(90)).Ticket();
        m.Slo("slice-slo", data, "amount > 0", 0.99, TimeSpan.FromHours(12)).TimeSlices(TimeSpan.FromMinutes(7)).Ticket().Page("");
        m.Slo("burn-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).Page("runbooks/slo.md").BurnRate(MonitorsAsCode.Definitions.Slos.AlertSeverity.Page, TimeSpan.FromHours(1), TimeSpan.FromHours(2), 0.02).Maintenance("release", new TimeSpan(6, 0, 0), new TimeSpan(5, 0, 0));
        m.Slo("nodates-slo", nodates, "amount > 0", 0.99, TimeSpan.FromDays(28));
        m.MonitorSlo("monitor-slo", "amount-nuls", TimeSpan.FromDays(1), 0.9, TimeSpan.FromDays(28)).Calendar(MonitorsAsCode.Definitions.Slos.CalendarPeriod.Week);
        m.Gate("deploy", "amount-nulls").Slos("objective-slo", "objective-sol");
        m.MonitorSlo("target-slo", "amount-nulls", TimeSpan.FromDays(1), 0.9, TimeSpan.FromDays(28)).TimeSlices(TimeSpan.FromDays(1), target: 0.95);
        m.Slo("night-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).Ticket().Maintenance("night", TimeSpan.FromHours(23), TimeSpan.FromHours(25));
        m.Slo("silent-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).AlertLabel("team", "risk-ml");
        """;

    [Fact]
    public void Analyzer_and_loader_report_the_same_slo_rules_with_the_same_messages_on_the_same_lines()
    {
        var source = MonitorSetSource.WithBody(Body);
        var analyzer = DefinitionAnalysis.Diagnose(source)
            .Where(IsSloRule)
            .Select(line => line[(line.IndexOf('(', StringComparison.Ordinal) + 1)..line.IndexOf(',', StringComparison.Ordinal)] + " " + line[(line.IndexOf("error ", StringComparison.Ordinal) + 6)..])
            .Select(WithoutLineForGates)
            .Order(StringComparer.Ordinal)
            .ToList();

        var loaded = MonitorSetLoader.Load(Compile(source), baseDirectory: null);
        var validate = loaded.Diagnostics
            .Select(d => (d.Location?.Line.ToString(CultureInfo.InvariantCulture) ?? "?") + " " + d.Rule.Id + ": " + d.Message)
            .Where(IsSloRule)
            .Select(WithoutLineForGates)
            .Order(StringComparer.Ordinal)
            .ToList();

        validate.Should().HaveCountGreaterThanOrEqualTo(12, "the source breaks every SLO rule, most of them twice");
        validate.Select(d => d.Split(' ')[1]).Distinct().Should().HaveCount(9, "every rule from MAC0016 to MAC0021 is broken, and each problem only the SLO builder sees");
        analyzer.Should().Equal(validate);
    }

    /// <summary>
    /// A C# gate has no call site at run time (<c>GateBuilder</c> records none), so the loader reports its problems
    /// without a line: gates are compared on id and message only.
    /// </summary>
    private static string WithoutLineForGates(string line) =>
        line.Contains(": gate '", StringComparison.Ordinal) ? "? " + line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..] : line;

    /// <summary>The SLO rules, and the problems the SLO builder reports itself (under the general rules MAC0002–MAC0004).</summary>
    private static bool IsSloRule(string line) =>
        new[] { "MAC0016", "MAC0017", "MAC0018", "MAC0019", "MAC0020", "MAC0021" }.Any(id => line.Contains(" " + id + ":", StringComparison.Ordinal))
        || (new[] { "MAC0002", "MAC0003", "MAC0004" }.Any(id => line.Contains(" " + id + ":", StringComparison.Ordinal))
            && (line.Contains("SLO", StringComparison.Ordinal) || line.Contains("maintenance", StringComparison.Ordinal) || line.Contains("time slice", StringComparison.Ordinal)));

    private static System.Reflection.Assembly Compile(string source)
    {
        var compilation = CSharpCompilation.Create(
            "SloParity." + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, path: DefinitionAnalysis.SourceFile)],
            DefinitionAnalysis.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        stream.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(stream);
    }
}
