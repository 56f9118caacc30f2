using System;
using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Gates;

/// <summary>A named set of monitors that must pass before a deploy or a training run.</summary>
public sealed record GateDefinition(string Id, IReadOnlyList<string> Monitors)
{
    /// <summary>What the gate protects.</summary>
    public string? Description { get; init; }

    /// <summary>SLOs that must pass too: each fails the gate when too little of its error budget remains.</summary>
    public IReadOnlyList<string> Slos { get; init; } = [];

    /// <summary>
    /// The share of its error budget (0 to 1) that a required SLO must have left for this gate, by SLO id
    /// (<c>slos: [{ id: scoring-latency, budget_remaining: 0.25 }]</c>). It replaces the SLO's own
    /// <c>budget_remaining.fail</c> in this gate's verdict, so two gates can demand different budgets;
    /// an SLO without an entry is judged by its own verdict.
    /// </summary>
    public IReadOnlyDictionary<string, double> SloBudgets { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Whether a failing gate fails the run (<c>blocking</c>, the default) or is only reported (<c>advisory</c>).</summary>
    public GateMode Mode { get; init; } = GateMode.Blocking;

    /// <summary>The dataset quality score the gate requires, if any; scored members then block through the score.</summary>
    public GateQuality? Quality { get; init; }

    /// <summary>Members that always block the gate when they fail or error, whatever the quality score.</summary>
    public IReadOnlyList<string> Hard { get; init; } = [];

    /// <summary>Where the gate was declared; <c>monitors[i]</c> locates each member.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;
}
