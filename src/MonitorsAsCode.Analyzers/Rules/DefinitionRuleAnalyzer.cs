using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MonitorsAsCode.Analyzers.Analysis;
using MonitorsAsCode.Definitions.Links;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>
/// Reports one rule of <c>DefinitionRules</c> on the compilation's definitions: C# <c>MonitorSet</c>s
/// whose arguments are constants, and YAML files given as AdditionalFiles. The rules themselves are the
/// ones <c>monitors validate</c> runs (<c>YamlDefinitionLoader</c>, <c>DefinitionValidator</c>); this
/// class only reads the definitions and places the diagnostics. Help links point at the project's published rule
/// pages, or under the site named by the <c>MonitorsDocsUrl</c> MSBuild property (made visible to the compiler as
/// <c>build_property.MonitorsDocsUrl</c>; a global analyzer config can set that key too), which must be an absolute
/// http(s) address: another value is MAC0026, and the links stay on the published pages.
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

    /// <summary>The analyzer config key of the docs site's base address.</summary>
    internal const string DocsUrlProperty = "build_property.MonitorsDocsUrl";

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var links = HelpLinks(start.Options, out var invalidDocsUrl);
        if (invalidDocsUrl is not null && descriptorsById.ContainsKey(RuleIdentifiers.InvalidLinkBase))
        {
            start.RegisterCompilationEndAction(context => context.ReportDiagnostic(Diagnostic.Create(links[RuleIdentifiers.InvalidLinkBase], Location.None, invalidDocsUrl)));
        }

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
                            Report(context.ReportDiagnostic, links, found);
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
                    Report(context.ReportDiagnostic, links, found);
                }
            }
        });
    }

    private static void Report(System.Action<Diagnostic> report, Dictionary<string, DiagnosticDescriptor> links, FoundDiagnostic found)
    {
        if (links.TryGetValue(found.Rule.Id, out var descriptor))
        {
            report(Diagnostic.Create(descriptor, found.Location, found.Message));
        }
    }

    /// <summary>
    /// This analyzer's descriptors with help links under the configured docs site; the built-in ones when none is set.
    /// <paramref name="invalid"/> is the MAC0026 message when the property is set to something that is not a base address.
    /// </summary>
    private Dictionary<string, DiagnosticDescriptor> HelpLinks(AnalyzerOptions options, out string? invalid)
    {
        invalid = null;
        if (!options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(DocsUrlProperty, out var docsUrl) || string.IsNullOrWhiteSpace(docsUrl))
        {
            return descriptorsById;
        }

        docsUrl = docsUrl.Trim();
        if (DocumentationLinks.Problem(docsUrl) is { } problem)
        {
            invalid = $"the MonitorsDocsUrl property '{MonitorsAsCode.EchoedValue.Shorten(docsUrl)}' is not a base address for links: {problem}; help links point at {DocumentationLinks.DefaultDocsUrl}";
            return descriptorsById;
        }

        var links = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var pair in descriptorsById)
        {
            var d = pair.Value;
            var tags = new List<string>(d.CustomTags);
            links.Add(pair.Key, new DiagnosticDescriptor(
                d.Id, d.Title, d.MessageFormat, d.Category, d.DefaultSeverity, d.IsEnabledByDefault, d.Description,
                helpLinkUri: DocumentationLinks.RulePage(docsUrl, d.Id),
                customTags: tags.ToArray()));
        }

        return links;
    }
}
