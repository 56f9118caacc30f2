using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using MonitorsAsCode.Definitions;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>
/// Gives each C# argument a <see cref="MonitorsAsCode.Definitions.SourceLocation"/> (its file, line and column) for the definition
/// records, and turns the locations in validation diagnostics back into the argument's syntax.
/// </summary>
internal sealed class LocationTable
{
    private readonly Dictionary<SourceLocation, Location> locations = new();

    public SourceLocation Add(Location location)
    {
        var span = location.GetLineSpan();
        var source = new SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        if (!locations.ContainsKey(source))
        {
            locations.Add(source, location);
        }

        return source;
    }

    public Location? Find(SourceLocation? source) => source is not null && locations.TryGetValue(source, out var location) ? location : null;
}
