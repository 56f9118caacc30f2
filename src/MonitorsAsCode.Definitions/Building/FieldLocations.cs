using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>The positions of a definition and its fields as builder calls record them, turned into a <see cref="SourceMap"/> at the end.</summary>
internal sealed class FieldLocations
{
    private readonly Dictionary<string, SourceLocation> fields = new(System.StringComparer.Ordinal);

    public FieldLocations(SourceLocation? location)
    {
        Location = location;
    }

    public SourceLocation? Location { get; }

    /// <summary>Records that <paramref name="field"/> was written at <paramref name="location"/> (or, when unknown, where the definition starts).</summary>
    public void Set(string field, SourceLocation? location)
    {
        if ((location ?? Location) is { } known)
        {
            fields[field] = known;
        }
    }

    public SourceMap ToSourceMap() => new(Location, fields);
}
