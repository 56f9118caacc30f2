using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MonitorsAsCode.Benchmarks.Analyzers;

// Never shipped or loaded by a compiler: it runs in-process through CompilationWithAnalyzers, so the rules for
// analyzer assemblies (netstandard2.0, extended rules, release tracking) do not apply.
#pragma warning disable RS1041, RS1036, RS2008

/// <summary>
/// An analyzer that asks for every invocation operation, as the MonitorsAsCode rules do, and does nothing with
/// it: what any operation analyzer costs (the compiler builds the operation trees for it), for comparison.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Unused = new("BENCH0001", "unused", "unused", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Unused);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => { }, OperationKind.Invocation);
    }
}
