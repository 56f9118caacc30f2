namespace MonitorsAsCode.Engine.History;

/// <summary>
/// The stretch of time one run judged: events from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive), as
/// of <see cref="AsOf"/>. A run over whole snapshots has no bounds and is identified by its as-of instant alone; a run
/// over a time window (<c>--window 1d</c>) has both bounds, and its as-of instant is the window's end unless given.
/// </summary>
public sealed record JudgedWindow(DateTimeOffset? From, DateTimeOffset? To, DateTimeOffset AsOf)
{
    /// <summary>A run over whole snapshots judged at this instant.</summary>
    public static JudgedWindow At(DateTimeOffset asOf) => new(null, null, asOf);

    /// <summary>
    /// The window's identity in a history: its bounds when it has them, else its as-of instant. Recording the same
    /// monitor for the same key again replaces the earlier record.
    /// </summary>
    public (DateTimeOffset Start, DateTimeOffset End) Key => (From ?? AsOf, To ?? AsOf);

    /// <summary>Whether this window lies before <paramref name="instant"/>: it ended at or before it.</summary>
    public bool EndsBy(DateTimeOffset instant) => (To ?? AsOf) <= instant;
}
