using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>
/// The definition chains of one compilation, read once and shared by every rule analyzer: each rule is its own
/// analyzer, and without this each would read every <c>MonitorBuilder</c> call (following dataset locals and
/// their initialisers) and validate every monitor again, which made the analyzers' cost grow with the number of
/// rules. Keyed by compilation, so a changed compilation is read afresh.
/// </summary>
internal sealed class SharedChainReadings
{
    private static readonly ConditionalWeakTable<Compilation, SharedChainReadings> Cache = new();

    private readonly ConcurrentDictionary<SyntaxNode, Reading> readings = new();

    /// <summary>The readings of <paramref name="compilation"/>.</summary>
    public static SharedChainReadings For(Compilation compilation) => Cache.GetValue(compilation, _ => new SharedChainReadings());

    /// <summary>
    /// The definition <paramref name="invocation"/> declares (null when it declares none), read once per compilation.
    /// A reading cancelled half-way is not kept.
    /// </summary>
    public Reading Read(IInvocationOperation invocation, ISymbol containingSymbol, BuilderSymbols symbols, CancellationToken cancellationToken)
    {
        if (!DefinitionChainReader.MayDeclare(invocation, symbols))
        {
            return Reading.None;
        }

        if (readings.TryGetValue(invocation.Syntax, out var known))
        {
            return known;
        }

        var reading = new Reading(DefinitionChainReader.Read(invocation, containingSymbol, symbols, cancellationToken));
        return readings.GetOrAdd(invocation.Syntax, reading);
    }

    /// <summary>One invocation's definition and, computed on first use, the diagnostics of its monitor judged alone.</summary>
    internal sealed class Reading
    {
        public static readonly Reading None = new(null);

        private IReadOnlyList<FoundDiagnostic>? alone;

        public Reading(DefinitionChain? chain)
        {
            Chain = chain;
        }

        public DefinitionChain? Chain { get; }

        /// <summary>What <see cref="CodeDefinitions.ValidateAlone"/> finds on the chain.</summary>
        public IReadOnlyList<FoundDiagnostic> Alone
        {
            get
            {
                if (alone is null && Chain is not null)
                {
                    Interlocked.CompareExchange(ref alone, CodeDefinitions.ValidateAlone(Chain), null);
                }

                return alone ?? [];
            }
        }
    }
}
