using System.Collections.Generic;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Runbooks;

namespace MonitorsAsCode.Definitions;

/// <summary>Every dataset, monitor, gate and runbook of a project, in the order they were declared.</summary>
public sealed record DefinitionSet(
    IReadOnlyList<DatasetDefinition> Datasets,
    IReadOnlyList<MonitorDefinition> Monitors,
    IReadOnlyList<GateDefinition> Gates)
{
    /// <summary>An empty set.</summary>
    public static DefinitionSet Empty { get; } = new([], [], []);

    /// <summary>The runbooks declared in <c>runbooks:</c> lists, which monitors name by id.</summary>
    public IReadOnlyList<RunbookDefinition> Runbooks { get; init; } = [];

    /// <summary>The service level objectives declared in <c>slos:</c> lists.</summary>
    public IReadOnlyList<Slos.SloDefinition> Slos { get; init; } = [];

    /// <summary>The known events declared in <c>events:</c> lists (campaigns, holidays, outages), in the order written.</summary>
    public IReadOnlyList<Events.KnownEventDefinition> Events { get; init; } = [];

    /// <summary>The base addresses written as <c>docs_url:</c> and <c>runbook_base_url:</c>, in the order written.</summary>
    public IReadOnlyList<Links.LinkBaseSetting> LinkBases { get; init; } = [];

    /// <summary>Where the history of runs is kept (<c>history:</c>), in the order written; the first one counts (MAC0027 refuses two different ones).</summary>
    public IReadOnlyList<History.HistoryStoreSetting> HistoryStores { get; init; } = [];

    /// <summary>The base of the rule pages (<c>docs_url</c>), or null when the definitions name none.</summary>
    public string? DocsUrl => FindLinkBase(Links.LinkBase.Docs);

    /// <summary>The base of the team's wiki of generated pages (<c>runbook_base_url</c>), or null when the definitions name none.</summary>
    public string? RunbookBaseUrl => FindLinkBase(Links.LinkBase.Runbooks);

    /// <summary>The dataset with this id, or null.</summary>
    public DatasetDefinition? FindDataset(string id)
    {
        foreach (var dataset in Datasets)
        {
            if (string.Equals(dataset.Id, id, System.StringComparison.Ordinal))
            {
                return dataset;
            }
        }

        return null;
    }

    /// <summary>The monitor with this id, or null.</summary>
    public MonitorDefinition? FindMonitor(string id)
    {
        foreach (var monitor in Monitors)
        {
            if (string.Equals(monitor.Id, id, System.StringComparison.Ordinal))
            {
                return monitor;
            }
        }

        return null;
    }

    /// <summary>The runbook with this id, or null.</summary>
    public RunbookDefinition? FindRunbook(string id)
    {
        foreach (var runbook in Runbooks)
        {
            if (string.Equals(runbook.Id, id, System.StringComparison.Ordinal))
            {
                return runbook;
            }
        }

        return null;
    }

    /// <summary>Every definition of <paramref name="parts"/>, kind by kind in the order of the parts.</summary>
    internal static DefinitionSet Concat(IReadOnlyList<DefinitionSet> parts)
    {
        var datasets = new List<DatasetDefinition>();
        var monitors = new List<MonitorDefinition>();
        var gates = new List<GateDefinition>();
        var runbooks = new List<RunbookDefinition>();
        var slos = new List<Slos.SloDefinition>();
        var events = new List<Events.KnownEventDefinition>();
        var linkBases = new List<Links.LinkBaseSetting>();
        var historyStores = new List<History.HistoryStoreSetting>();
        foreach (var part in parts)
        {
            datasets.AddRange(part.Datasets);
            monitors.AddRange(part.Monitors);
            gates.AddRange(part.Gates);
            runbooks.AddRange(part.Runbooks);
            slos.AddRange(part.Slos);
            events.AddRange(part.Events);
            linkBases.AddRange(part.LinkBases);
            historyStores.AddRange(part.HistoryStores);
        }

        return new DefinitionSet(datasets, monitors, gates) { Runbooks = runbooks, Slos = slos, Events = events, LinkBases = linkBases, HistoryStores = historyStores };
    }

    private string? FindLinkBase(Links.LinkBase kind)
    {
        foreach (var setting in LinkBases)
        {
            if (setting.Kind == kind)
            {
                return setting.Url;
            }
        }

        return null;
    }

    /// <summary>The gate with this id, or null.</summary>
    public GateDefinition? FindGate(string id)
    {
        foreach (var gate in Gates)
        {
            if (string.Equals(gate.Id, id, System.StringComparison.Ordinal))
            {
                return gate;
            }
        }

        return null;
    }
}
