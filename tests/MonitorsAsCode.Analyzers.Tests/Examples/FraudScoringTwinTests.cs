using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Analyzers.Tests.Examples;

/// <summary>
/// The worked example's C# twin (<c>monitors/fraud-scoring-csharp</c>) is clean under the analyzer and,
/// run through <see cref="MonitorSetLoader"/>, produces the same definitions as the YAML it mirrors.
/// </summary>
public sealed class FraudScoringTwinTests
{
    private static string TwinDirectory => Path.Combine(RepositoryCheckout.Root, "monitors", "fraud-scoring-csharp").Replace('\\', '/');

    private static string YamlDirectory => Path.Combine(RepositoryCheckout.Root, "monitors", "fraud-scoring").Replace('\\', '/');

    private static string TwinSource => File.ReadAllText(Path.Combine(TwinDirectory, "FraudScoringMonitors.cs"));

    [Fact]
    public void The_csharp_twin_has_no_diagnostics()
    {
        DefinitionAnalysis.Diagnose(Usings + TwinSource).Should().BeEmpty();
    }

    [Fact]
    public void The_csharp_twin_defines_the_same_datasets_monitors_slos_and_gates_as_the_yaml()
    {
        var csharp = MonitorSetLoader.Load(Compile(Usings + TwinSource), TwinDirectory);
        var yaml = YamlDefinitionLoader.LoadDirectory(YamlDirectory);

        csharp.Diagnostics.Should().BeEmpty();
        yaml.Diagnostics.Should().BeEmpty();
        Describe(csharp.Definitions).Should().Equal(Describe(yaml.Definitions));
    }

    [Fact]
    public void The_twin_and_the_yaml_loaded_together_collide_on_every_id()
    {
        var both = MonitorSetLoader.LoadWithYaml(
            Directory.GetFiles(YamlDirectory, "*.yaml").Order(StringComparer.Ordinal).Select(path => KeyValuePair.Create(path, File.ReadAllText(path))),
            MonitorSetLoader.FindMonitorSets(Compile(Usings + TwinSource)).Select(type => (MonitorSet)Activator.CreateInstance(type)!), // found sets have a public parameterless constructor
            TwinDirectory);

        both.Diagnostics.Select(d => d.Rule.Id).Distinct().Should().Equal("MAC0005");
        both.Diagnostics.Should().HaveCount(3 + 21 + 3 + 2 + 2, "the 3 datasets, 21 monitors, 3 SLOs, 2 gates and 2 events are each declared twice");
    }

    /// <summary>The implicit usings the twin's project has (System for DateTimeOffset and TimeSpan).</summary>
    private const string Usings = "using System;\n";

    /// <summary>Every field of every definition except where it was written, with snapshot paths normalised.</summary>
    private static IReadOnlyList<string> Describe(DefinitionSet set)
    {
        var lines = new List<string>();
        foreach (var dataset in set.Datasets)
        {
            lines.Add($"dataset {dataset.Id} {dataset.Owner} {dataset.Description} {Normalise(dataset.Snapshots.Reference)} {Normalise(dataset.Snapshots.Current)} {dataset.Snapshots.CapturedAt:O}");
            lines.AddRange(dataset.Columns.Select(c => $"  column {c.Name} {c.Type} {c.Role}"));
        }

        foreach (var m in set.Monitors)
        {
            lines.Add($"monitor {m.Id} {m.DatasetId} {m.Check} [{string.Join(",", m.Columns)}] {m.Method} {m.Bins} {m.Warn} {m.Fail} {m.Severity} {m.Owner} {Normalise(m.Runbook)} {m.Description} {m.Min} {m.Max} [{string.Join(",", m.Allowed ?? [])}] {m.AllowedFromReference} {m.UnexpectedColumns} {m.Enabled}");
        }

        foreach (var slo in set.Slos)
        {
            var indicator = slo.Indicator;
            lines.Add($"slo {slo.Id} {slo.Service} {slo.DatasetId} {slo.Owner} {slo.Description} good={indicator.Good} total={indicator.Total} monitor={indicator.Monitor}");
            lines.Add($"  prometheus {indicator.Prometheus?.TotalQuery} {indicator.Prometheus?.ErrorQuery} {indicator.Prometheus?.GoodQuery}");
            lines.Add($"  objective {slo.Objective:R} {slo.Window} {slo.Budgeting} {slo.TimeSlice} {slo.TimeSliceTarget} budget {slo.BudgetRemainingWarn} {slo.BudgetRemainingFail}");
            if (slo.Alerting is { } alerting)
            {
                lines.Add($"  alerting {alerting.Name} [{Pairs(alerting.Labels)}] [{Pairs(alerting.Annotations)}] windows {(alerting.Windows is null ? "default" : string.Join(",", alerting.Windows))}");
                lines.AddRange(new[] { ("page", alerting.Page), ("ticket", alerting.Ticket) }.Where(a => a.Item2 is not null)
                    .Select(a => $"  {a.Item1} {Normalise(a.Item2!.Runbook)} {a.Item2.Summary} [{Pairs(a.Item2.Labels)}] [{Pairs(a.Item2.Annotations)}]"));
                lines.AddRange(alerting.Maintenance.Select(w => $"  maintenance {w.Name} [{string.Join(",", w.Weekdays)}] {w.Start} {w.End}"));
            }
        }

        lines.AddRange(set.Gates.Select(g => $"gate {g.Id} [{string.Join(",", g.Monitors)}] slos [{string.Join(",", g.Slos)}] {g.Description}"));
        return lines;
    }

    private static string Pairs(IEnumerable<KeyValuePair<string, string>> pairs) => string.Join(",", pairs.Select(p => p.Key + "=" + p.Value));

    /// <summary>
    /// Both resolve to <c>monitors/fraud-scoring/...</c>: the YAML from its folder, the twin through <c>../fraud-scoring</c>;
    /// a folder is the same with or without its trailing slash (the YAML loader resolves it without one).
    /// </summary>
    private static string? Normalise(string? path) =>
        path is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(path.StartsWith("runbooks/", StringComparison.Ordinal) ? Path.Combine(YamlDirectory, path) : path.StartsWith("../", StringComparison.Ordinal) ? Path.Combine(TwinDirectory, path) : path));

    private static Assembly Compile(string source)
    {
        var references = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && a.Location.Length > 0)
            .Select(a => MetadataReference.CreateFromFile(a.Location))
            .Append(MetadataReference.CreateFromFile(typeof(MonitorBuilder).Assembly.Location));
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator) // set by the host for every .NET app
            .Where(p => Path.GetFileName(p) is "netstandard.dll" or "System.Runtime.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "FraudScoring.Monitors." + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, path: "FraudScoringMonitors.cs")],
            references.Concat(trusted),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        stream.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(stream);
    }
}
