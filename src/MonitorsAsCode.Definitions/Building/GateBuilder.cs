using System.Globalization;
using MonitorsAsCode.Definitions.Gates;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>A gate being declared in C#: the monitors that must pass before a deploy or a retraining run.</summary>
public sealed class GateBuilder
{
    private readonly FieldLocations locations;
    private GateDefinition definition;

    internal GateBuilder(GateDefinition definition, SourceLocation? location)
    {
        this.definition = definition;
        locations = new FieldLocations(location);
        locations.Set("id", location);
        for (var i = 0; i < definition.Monitors.Count; i++)
        {
            locations.Set("monitors[" + i.ToString(CultureInfo.InvariantCulture) + "]", location);
        }
    }

    /// <summary>The gate's id.</summary>
    public string Id => definition.Id;

    /// <summary>What the gate protects.</summary>
    public GateBuilder Description(string description)
    {
        definition = definition with { Description = description };
        return this;
    }

    /// <summary>SLOs, by id, that must pass too: each fails the gate when too little of its error budget remains.</summary>
    public GateBuilder Slos(params string[] sloIds)
    {
        definition = definition with { Slos = (string[])sloIds.Clone() };
        return this;
    }

    internal GateDefinition Build() => definition with { Source = locations.ToSourceMap() };
}
