using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MonitorsAsCode.Analyzers.Analysis;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>
/// Reports one rule of <c>DefinitionRules</c> on the compilation's definitions: C# <c>MonitorSet</c>s
/// whose arguments are constants, and YAML files given as AdditionalFiles. The rules themselves are the
/// ones <c>monitors validate</c> runs (<c>YamlDefinitionLoader</c>, <c>DefinitionValidator</c>); this
/// class only reads the definitions and places the diagnostics.
/// </summary>
public abstract class DefinitionRuleAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<DiagnosticDescriptor> descriptors;
    private readonly Dictionary<string, DiagnosticDescriptor> descriptorsById = new(System.StringComparer.Ordinal);
    private readonly bool reportsWhileTyping;

    /// <summary>
    /// <paramref name="reportsWhileTyping"/>: the rule judges a monitor alone, so it is reported on each C#
    /// monitor as it is analyzed; other rules need every definition and are reported at compilation end.
    /// </summary>
    private protected DefinitionRuleAnalyzer(DiagnosticDescriptor descriptor, bool reportsWhileTyping)
        : this(ImmutableArray.Create(descriptor), reportsWhileTyping)
    {
    }

    private protected DefinitionRuleAnalyzer(ImmutableArray<DiagnosticDescriptor> descriptors, bool reportsWhileTyping)
    {
        this.descriptors = descriptors;
        this.reportsWhileTyping = reportsWhileTyping;
        foreach (var descriptor in descriptors)
        {
            descriptorsById[descriptor.Id] = descriptor;
        }
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => descriptors;

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var symbols = BuilderSymbols.Find(start.Compilation);
        var chains = new ConcurrentBag<DefinitionChain>();
        if (symbols is not null)
        {
            var shared = SharedChainReadings.For(start.Compilation);
            start.RegisterOperationAction(
                context =>
                {
                    var reading = shared.Read((IInvocationOperation)context.Operation, context.ContainingSymbol, symbols, context.CancellationToken);
                    if (reading.Chain is not { } chain)
                    {
                        return;
                    }

                    chains.Add(chain);
                    if (reportsWhileTyping)
                    {
                        foreach (var found in reading.Alone)
                        {
                            Report(context.ReportDiagnostic, found);
                        }
                    }
                },
                OperationKind.Invocation);
        }

        start.RegisterCompilationEndAction(context =>
        {
            var definitions = CompilationDefinitions.Get(context.Compilation, context.Options, chains.ToArray(), context.CancellationToken);
            foreach (var found in definitions.Diagnostics)
            {
                // Rules judged per monitor were reported on each C# monitor already.
                if (!(reportsWhileTyping && found.InCode && !found.FromBuilder))
                {
                    Report(context.ReportDiagnostic, found);
                }
            }
        });
    }

    private void Report(System.Action<Diagnostic> report, FoundDiagnostic found)
    {
        if (descriptorsById.TryGetValue(found.Rule.Id, out var descriptor))
        {
            report(Diagnostic.Create(descriptor, found.Location, found.Message));
        }
    }
}
