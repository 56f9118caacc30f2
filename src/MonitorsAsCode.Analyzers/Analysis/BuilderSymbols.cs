using Microsoft.CodeAnalysis;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>
/// The types of the C# definitions API in one compilation. Calls are recognised by these symbols,
/// never by their text, so a user's own <c>Drift</c> method is not mistaken for a monitor.
/// </summary>
internal sealed class BuilderSymbols
{
    private const string Namespace = "MonitorsAsCode.Definitions.Building.";

    private BuilderSymbols(
        INamedTypeSymbol monitorSet,
        INamedTypeSymbol monitorBuilder,
        INamedTypeSymbol datasetBuilder,
        INamedTypeSymbol gateBuilder,
        INamedTypeSymbol monitorDefinitionBuilder,
        INamedTypeSymbol datasetReference,
        INamedTypeSymbol? sloBuilder,
        INamedTypeSymbol? timeSpan,
        INamedTypeSymbol? eventBuilder)
    {
        MonitorSet = monitorSet;
        MonitorBuilder = monitorBuilder;
        DatasetBuilder = datasetBuilder;
        GateBuilder = gateBuilder;
        MonitorDefinitionBuilder = monitorDefinitionBuilder;
        DatasetReference = datasetReference;
        SloBuilder = sloBuilder;
        TimeSpan = timeSpan;
        EventBuilder = eventBuilder;
    }

    public INamedTypeSymbol MonitorSet { get; }

    public INamedTypeSymbol MonitorBuilder { get; }

    public INamedTypeSymbol DatasetBuilder { get; }

    public INamedTypeSymbol GateBuilder { get; }

    public INamedTypeSymbol MonitorDefinitionBuilder { get; }

    public INamedTypeSymbol DatasetReference { get; }

    /// <summary>The SLO builder; null for a MonitorsAsCode.Definitions from before SLOs could be declared in C#.</summary>
    public INamedTypeSymbol? SloBuilder { get; }

    public INamedTypeSymbol? TimeSpan { get; }

    /// <summary>The known event builder; null for a MonitorsAsCode.Definitions from before events could be declared in C#.</summary>
    public INamedTypeSymbol? EventBuilder { get; }

    /// <summary>The API's symbols, or null when the compilation does not reference MonitorsAsCode.Definitions.</summary>
    public static BuilderSymbols? Find(Compilation compilation)
    {
        var monitorSet = compilation.GetTypeByMetadataName(Namespace + "MonitorSet");
        var monitorBuilder = compilation.GetTypeByMetadataName(Namespace + "MonitorBuilder");
        var datasetBuilder = compilation.GetTypeByMetadataName(Namespace + "DatasetBuilder");
        var gateBuilder = compilation.GetTypeByMetadataName(Namespace + "GateBuilder");
        var monitorDefinitionBuilder = compilation.GetTypeByMetadataName(Namespace + "MonitorDefinitionBuilder");
        var datasetReference = compilation.GetTypeByMetadataName(Namespace + "DatasetReference");
        if (monitorSet is null || monitorBuilder is null || datasetBuilder is null || gateBuilder is null || monitorDefinitionBuilder is null || datasetReference is null)
        {
            return null;
        }

        return new BuilderSymbols(
            monitorSet,
            monitorBuilder,
            datasetBuilder,
            gateBuilder,
            monitorDefinitionBuilder,
            datasetReference,
            compilation.GetTypeByMetadataName(Namespace + "SloBuilder"),
            compilation.GetTypeByMetadataName("System.TimeSpan"),
            compilation.GetTypeByMetadataName(Namespace + "EventBuilder"));
    }

    /// <summary>Whether calls on <paramref name="type"/> continue a definition: a dataset, monitor, SLO, gate or event builder.</summary>
    public bool IsChainType(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, DatasetBuilder)
            || SymbolEqualityComparer.Default.Equals(type, GateBuilder)
            || (SloBuilder is not null && SymbolEqualityComparer.Default.Equals(type, SloBuilder))
            || (EventBuilder is not null && SymbolEqualityComparer.Default.Equals(type, EventBuilder)))
        {
            return true;
        }

        return InheritsFrom(type, MonitorDefinitionBuilder);
    }

    /// <summary>Whether code in <paramref name="type"/> is part of a <see cref="MonitorSet"/> (the sets the loader runs).</summary>
    public bool IsInMonitorSet(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (InheritsFrom(current, MonitorSet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InheritsFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
