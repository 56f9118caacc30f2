using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>
/// Every definition of a compilation, C# and YAML AdditionalFiles together, validated once as one set
/// (as <c>MonitorSetLoader.LoadWithYaml</c> would), with each diagnostic placed at its C# argument or
/// YAML line and column. Computed once per compilation and shared by all rule analyzers.
/// </summary>
internal sealed class CompilationDefinitions
{
    private static readonly ConditionalWeakTable<Compilation, CompilationDefinitions> Cache = new();

    private CompilationDefinitions(IReadOnlyList<FoundDiagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<FoundDiagnostic> Diagnostics { get; }

    /// <summary>
    /// The definitions of <paramref name="compilation"/>. <paramref name="chains"/> must be every C# definition
    /// of it: each analyzer collects them all before its compilation end, so whichever computes first is complete.
    /// </summary>
    public static CompilationDefinitions Get(Compilation compilation, AnalyzerOptions options, IReadOnlyCollection<DefinitionChain> chains, CancellationToken cancellationToken) =>
        Cache.GetValue(compilation, _ => Compute(options, chains, cancellationToken));

    private static CompilationDefinitions Compute(AnalyzerOptions options, IReadOnlyCollection<DefinitionChain> chains, CancellationToken cancellationToken)
    {
        var yamlFiles = new List<KeyValuePair<string, string>>();
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            if (!IsYaml(file.Path) || texts.ContainsKey(file.Path) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            texts.Add(file.Path, text);
            yamlFiles.Add(new KeyValuePair<string, string>(file.Path, text.ToString()));
        }

        if (yamlFiles.Count == 0 && chains.Count == 0)
        {
            return new CompilationDefinitions([]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var table = new LocationTable();
        var code = CodeDefinitions.Build(chains, table);
        var loaded = YamlDefinitionLoader.Load(yamlFiles, code.Set, code.Incomplete, code.ReferencesMayBeMissing, code.BuilderProblems);
        var builderProblems = new HashSet<Definitions.Validation.DefinitionDiagnostic>(code.BuilderProblems);
        var found = new List<FoundDiagnostic>(loaded.Diagnostics.Count);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            var fromBuilder = builderProblems.Contains(diagnostic);
            if (table.Find(diagnostic.Location) is { } inCode)
            {
                found.Add(new FoundDiagnostic(diagnostic.Rule, diagnostic.Message, inCode, inCode: true, fromBuilder));
            }
            else if (diagnostic.Location is { } source && texts.TryGetValue(source.File, out var text))
            {
                found.Add(new FoundDiagnostic(diagnostic.Rule, diagnostic.Message, YamlLocations.Of(source, text), inCode: false, fromBuilder));
            }
            else
            {
                found.Add(new FoundDiagnostic(diagnostic.Rule, diagnostic.Message, Location.None, inCode: false, fromBuilder));
            }
        }

        return new CompilationDefinitions(found);
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
