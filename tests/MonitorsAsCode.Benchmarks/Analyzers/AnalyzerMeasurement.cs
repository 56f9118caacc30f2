using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MonitorsAsCode.Definitions.Building;

namespace MonitorsAsCode.Benchmarks.Analyzers;

/// <summary>
/// What the MonitorsAsCode analyzer adds to a build (issue 5: under 200 ms for 500 monitors): each run compiles a
/// fresh <see cref="CSharpCompilation"/> of the same parsed sources twice, once for its compiler diagnostics alone
/// and once with every MonitorsAsCode analyzer (<c>WithAnalyzers(...).GetAllDiagnosticsAsync()</c>), and the
/// difference is the analyzer's cost. Reported as medians over the runs that follow the warm-up runs.
/// </summary>
internal static class AnalyzerMeasurement
{
    private const int WarmupRuns = 10;

    public static int Run(int monitors, int runs, string? analyzerFolder, TextWriter output)
    {
        var folder = analyzerFolder ?? DefaultAnalyzerFolder();
        var analyzers = LoadAnalyzers(folder);
        var generated = GeneratedDefinitions.Create(monitors);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analyzer: {analyzers.Length} analyzers from {folder}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{monitors} monitors; {runs} measured runs after {WarmupRuns} warm-up runs; {Environment.ProcessorCount} cores"));
        output.WriteLine();
        output.WriteLine("| variant | compile alone | compile + analyzer | added: wall clock | added: min–max | added: CPU time |");
        output.WriteLine("|---|---|---|---|---|---|");

        var csharpTree = Parse(generated.CSharp, "GeneratedMonitors.cs");
        var stubTree = Parse("namespace Generated.Monitors;\n\npublic static class Marker\n{\n}\n", "Marker.cs");
        var yamlFiles = generated.Yaml.Select(file => (AdditionalText)new InMemoryText(file.Key, file.Value)).ToImmutableArray();
        var exitCode = 0;
        exitCode |= Measure("C# MonitorSet", [csharpTree], [], analyzers, runs, output);
        exitCode |= Measure("YAML AdditionalFiles", [stubTree], yamlFiles, analyzers, runs, output);
        exitCode |= Measure("no definitions", [stubTree], [], analyzers, runs, output);
        exitCode |= Measure("C# MonitorSet, an empty operation analyzer instead", [csharpTree], [], [new EmptyOperationAnalyzer()], runs, output);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"For scale: loading and validating the same YAML with YamlDefinitionLoader alone (what `monitors validate` does) takes {LoaderMilliseconds(generated, runs):0} ms (median)."));
        output.WriteLine();
        output.WriteLine("Medians; 'added' is (compile + analyzer) − (compile alone) in the same run. CPU time is the process's");
        output.WriteLine("processor time over the same span (all threads), which a busy machine does not inflate as it does wall time.");
        return exitCode;
    }

    private static int Measure(string variant, SyntaxTree[] trees, ImmutableArray<AdditionalText> additionalFiles, ImmutableArray<DiagnosticAnalyzer> analyzers, int runs, TextWriter output)
    {
        var alone = new List<double>();
        var withAnalyzer = new List<double>();
        var added = new List<double>();
        var addedCpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var run = 0; run < WarmupRuns + runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var compilerDiagnostics = Compile(trees).GetDiagnostics();
            watch.Stop();
            process.Refresh();
            var aloneMs = watch.Elapsed.TotalMilliseconds;
            var aloneCpu = (process.TotalProcessorTime - cpu).TotalMilliseconds;

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(additionalFiles), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
            process.Refresh();
            cpu = process.TotalProcessorTime;
            watch.Restart();
            var all = Compile(trees).WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
            watch.Stop();
            process.Refresh();
            var withMs = watch.Elapsed.TotalMilliseconds;
            var withCpu = (process.TotalProcessorTime - cpu).TotalMilliseconds;

            if (compilerDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                output.WriteLine("the generated source does not compile: " + compilerDiagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
                return 1;
            }

            if (all.Any(d => d.Id.StartsWith("MAC", StringComparison.Ordinal) || d.Id == "AD0001"))
            {
                output.WriteLine($"the generated definitions should be clean, but the analyzer reported: {all.First(d => d.Id.StartsWith("MAC", StringComparison.Ordinal) || d.Id == "AD0001")}");
                return 1;
            }

            if (run >= WarmupRuns)
            {
                alone.Add(aloneMs);
                withAnalyzer.Add(withMs);
                added.Add(withMs - aloneMs);
                addedCpu.Add(withCpu - aloneCpu);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {variant} | {Median(alone):0} ms | {Median(withAnalyzer):0} ms | {Median(added):0} ms | {added.Min():0}–{added.Max():0} ms | {Median(addedCpu):0} ms |"));
        return 0;
    }

    private static double LoaderMilliseconds(GeneratedDefinitions generated, int runs)
    {
        var times = new List<double>();
        for (var run = 0; run < WarmupRuns + runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var loaded = MonitorsAsCode.Definitions.Yaml.YamlDefinitionLoader.Load(generated.Yaml);
            watch.Stop();
            if (loaded.Diagnostics.Count > 0)
            {
                throw new InvalidOperationException("the generated YAML should be clean, but: " + loaded.Diagnostics[0]);
            }

            if (run >= WarmupRuns)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return Median(times);
    }

    private static CSharpCompilation Compile(SyntaxTree[] trees) => CSharpCompilation.Create(
        "Generated.Monitors",
        trees,
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static SyntaxTree Parse(string text, string path) =>
        CSharpSyntaxTree.ParseText(SourceText.From(text), new CSharpParseOptions(LanguageVersion.Latest), path);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        // The runtime's own assemblies (the trusted platform assemblies of its folder) and the definitions API.
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        return trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Append(typeof(MonitorBuilder).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers(string folder)
    {
        var assembly = new AnalyzerLoadContext(folder).LoadFromAssemblyPath(Path.Combine(folder, "MonitorsAsCode.Analyzers.dll"));
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            // The code fixes need Microsoft.CodeAnalysis.Workspaces, which a compiler does not load either.
            types = exception.Types.OfType<Type>().ToArray();
        }

        return types
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!) // analyzers have public parameterless constructors
            .ToImmutableArray();
    }

    /// <summary>The analyzer's build output, as the project file records it for the configuration this benchmark was built in.</summary>
    private static string DefaultAnalyzerFolder() =>
        typeof(AnalyzerMeasurement).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "AnalyzerFolder").Value
        ?? throw new InvalidOperationException("the benchmark was built without the analyzer's folder");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }
}
