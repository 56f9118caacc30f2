using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>One call of a definition chain (<c>Drift(...)</c>, <c>.Warn(0.1)</c>) with its arguments by parameter name.</summary>
internal sealed class DefinitionCall
{
    public DefinitionCall(string name, Location nameLocation, Dictionary<string, ArgumentReading> arguments)
    {
        Name = name;
        NameLocation = nameLocation;
        Arguments = arguments;
    }

    /// <summary>The method's name.</summary>
    public string Name { get; }

    /// <summary>The method name as written, where problems with the call as a whole are reported.</summary>
    public Location NameLocation { get; }

    public Dictionary<string, ArgumentReading> Arguments { get; }

    /// <summary>The argument for <paramref name="parameter"/>, or null when the method has no such parameter.</summary>
    public ArgumentReading? Argument(string parameter) => Arguments.TryGetValue(parameter, out var reading) ? reading : null;

    /// <summary>Where the argument was written, or the method name when it was left to its default.</summary>
    public Location LocationOf(string parameter) => Argument(parameter)?.Location ?? NameLocation;
}
