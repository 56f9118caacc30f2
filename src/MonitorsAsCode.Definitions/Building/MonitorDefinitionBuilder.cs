using System.Collections.Generic;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// A monitor being declared in C#. Each call replaces a field of an immutable
/// <see cref="MonitorDefinition"/> and records where it was written, so validation points at the call.
/// </summary>
public abstract class MonitorDefinitionBuilder
{
    private protected MonitorDefinitionBuilder(MonitorDefinition definition, SourceLocation? location)
    {
        Definition = definition;
        Locations = new FieldLocations(location);
        foreach (var field in new[] { "id", "dataset", "check" })
        {
            Locations.Set(field, location);
        }

        for (var i = 0; i < definition.Columns.Count; i++)
        {
            Locations.Set("columns[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", location);
        }
    }

    /// <summary>The monitor's id.</summary>
    public string Id => Definition.Id;

    private protected MonitorDefinition Definition { get; set; }

    private protected FieldLocations Locations { get; }

    internal MonitorDefinition Build() => Definition with { Source = Locations.ToSourceMap() };

    private protected static IReadOnlyList<string> Copy(string[] values) => (string[])values.Clone();
}
