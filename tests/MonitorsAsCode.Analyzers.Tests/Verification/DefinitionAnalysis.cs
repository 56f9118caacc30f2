using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Definitions.Building;

namespace MonitorsAsCode.Analyzers.Tests.Verification;

/// <summary>
/// Compiles real C# against MonitorsAsCode.Definitions and the runtime's reference assemblies, runs
/// every MonitorsAsCode analyzer with YAML AdditionalFiles, and returns the diagnostics as a user sees
/// them: <c>file(line,col): error MACxxxx: message</c>, in file, line and column order.
/// </summary>
internal static class DefinitionAnalysis
{
    /// <summary>The file name C# sources are compiled as; diagnostics in them start with it.</summary>
    public const string SourceFile = "Monitors.cs";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>The runtime's reference assemblies and MonitorsAsCode.Definitions, which test sources compile against.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>Every analyzer of the MonitorsAsCode.Analyzers assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(DefinitionRuleAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!) // analyzers have public parameterless constructors
        .ToImmutableArray();

    /// <summary>The MonitorsAsCode diagnostics of <paramref name="csharp"/> (compiled as <see cref="SourceFile"/>) and <paramref name="yaml"/>; the C# must compile.</summary>
    public static IReadOnlyList<string> Diagnose(string? csharp, params (string Path, string Text)[] yaml)
    {
        var result = Run(csharp, yaml);
        result.CompilerErrors.Should().BeEmpty("the test source must compile");
        return result.Diagnostics;
    }

    /// <summary>The YAML files' diagnostics, with no C# source.</summary>
    public static IReadOnlyList<string> DiagnoseYaml(params (string Path, string Text)[] yaml) => Diagnose(null, yaml);

    /// <summary>Compiles and analyzes; asserts that no analyzer crashed (AD0001), whatever state the code is in.</summary>
    public static AnalysisResult Run(string? csharp, params (string Path, string Text)[] yaml)
    {
        var diagnostics = Analyze(csharp, new Dictionary<string, string>(), yaml);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("MAC", StringComparison.Ordinal) && d.Id != "AD0001")
            .Select(d => d.ToString())
            .ToList();
        var found = diagnostics.Where(d => d.Id.StartsWith("MAC", StringComparison.Ordinal))
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(Format)
            .ToList();
        return new AnalysisResult(found, errors);
    }

    /// <summary>
    /// Every diagnostic of compiling <paramref name="csharp"/> with the analyzers, given <paramref name="globalOptions"/>
    /// as a global analyzer config (<c>build_property.*</c> keys, as MSBuild passes them); asserts no analyzer crashed.
    /// </summary>
    public static ImmutableArray<Diagnostic> Analyze(string? csharp, IReadOnlyDictionary<string, string> globalOptions, params (string Path, string Text)[] yaml)
    {
        var trees = csharp is null
            ? []
            : new[] { CSharpSyntaxTree.ParseText(csharp, new CSharpParseOptions(LanguageVersion.Latest), path: SourceFile) };
        var compilation = CSharpCompilation.Create(
            "Monitors",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var additionalFiles = yaml.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles, new GlobalAnalyzerConfig(globalOptions)),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = compilation.WithAnalyzers(AllAnalyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()).Should().BeEmpty("no analyzer may crash");
        return diagnostics;
    }

    /// <summary>The MSBuild form, as <c>DefinitionDiagnostic.ToString</c> writes it: <c>file(line,col): error MACxxxx: message</c>.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!span.IsValid)
        {
            return $"{severity} {diagnostic.Id}: {message}";
        }

        var line = (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
        var column = (span.StartLinePosition.Character + 1).ToString(CultureInfo.InvariantCulture);
        return $"{span.Path}({line},{column}): {severity} {diagnostic.Id}: {message}";
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The runtime's own assemblies (from the trusted platform assemblies list) and the definitions API.
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!; // System.Private.CoreLib always has a location
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator); // set by the host for every .NET app
        return trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Append(typeof(MonitorBuilder).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
