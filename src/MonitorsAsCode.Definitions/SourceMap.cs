using System.Collections.Generic;

namespace MonitorsAsCode.Definitions;

/// <summary>
/// The positions of a definition and of each of its fields, so a validation rule can point at the
/// exact value it objects to (the <c>fail:</c> value, the third column name) rather than the whole entry.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceLocation> fields;

    /// <summary>A map for a definition written at <paramref name="location"/>.</summary>
    public SourceMap(SourceLocation? location, IReadOnlyDictionary<string, SourceLocation>? fields = null)
    {
        Location = location;
        this.fields = new Dictionary<string, SourceLocation>(System.StringComparer.Ordinal);
        if (fields is not null)
        {
            foreach (var pair in fields)
            {
                this.fields[pair.Key] = pair.Value;
            }
        }
    }

    /// <summary>A map with no positions, for definitions built in code without source information.</summary>
    public static SourceMap None { get; } = new(null);

    /// <summary>Where the definition starts, when known.</summary>
    public SourceLocation? Location { get; }

    /// <summary>
    /// The position of a field's value (for list items, <c>field[index]</c>); falls back to the
    /// definition's own position when the field was not written.
    /// </summary>
    public SourceLocation? Of(string field) => fields.TryGetValue(field, out var location) ? location : Location;

    /// <summary>Whether the field was written explicitly.</summary>
    public bool Has(string field) => fields.ContainsKey(field);
}
