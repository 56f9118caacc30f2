using Microsoft.CodeAnalysis;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>A validation diagnostic placed in the compilation: in C# source (<see cref="InCode"/>) or in a YAML file.</summary>
internal sealed class FoundDiagnostic
{
    public FoundDiagnostic(DiagnosticRule rule, string message, Location location, bool inCode, bool fromBuilder)
    {
        Rule = rule;
        Message = message;
        Location = location;
        InCode = inCode;
        FromBuilder = fromBuilder;
    }

    public DiagnosticRule Rule { get; }

    public string Message { get; }

    public Location Location { get; }

    /// <summary>Whether it points into C# source rather than a YAML file.</summary>
    public bool InCode { get; }

    /// <summary>Whether the builder reported it (a dataset without snapshots) rather than <see cref="DefinitionValidator"/>.</summary>
    public bool FromBuilder { get; }
}
