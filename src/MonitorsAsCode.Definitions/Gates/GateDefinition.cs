using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Gates;

/// <summary>A named set of monitors that must pass before a deploy or a training run.</summary>
public sealed record GateDefinition(string Id, IReadOnlyList<string> Monitors)
{
    /// <summary>What the gate protects.</summary>
    public string? Description { get; init; }

    /// <summary>SLOs that must pass too: each fails the gate when too little of its error budget remains.</summary>
    public IReadOnlyList<string> Slos { get; init; } = [];

    /// <summary>Whether a failing gate fails the run (<c>blocking</c>, the default) or is only reported (<c>advisory</c>).</summary>
    public GateMode Mode { get; init; } = GateMode.Blocking;

    /// <summary>The dataset quality score the gate requires, if any; scored members then block through the score.</summary>
    public GateQuality? Quality { get; init; }

    /// <summary>Members that always block the gate when they fail or error, whatever the quality score.</summary>
    public IReadOnlyList<string> Hard { get; init; } = [];

    /// <summary>Where the gate was declared; <c>monitors[i]</c> locates each member.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;
}
