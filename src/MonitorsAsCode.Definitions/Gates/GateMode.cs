namespace MonitorsAsCode.Definitions.Gates;

/// <summary>Whether a failing gate stops the pipeline (<c>blocking</c>) or is only reported (<c>advisory</c>).</summary>
public enum GateMode
{
    /// <summary>A failing gate makes <c>monitors run</c> exit 1 (the default).</summary>
    Blocking,

    /// <summary>A failing gate is reported but does not make <c>monitors run</c> exit 1 by itself.</summary>
    Advisory,
}
