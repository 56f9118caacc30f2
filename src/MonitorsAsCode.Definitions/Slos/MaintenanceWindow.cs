using System;
using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// A recurring window (UTC) in which an SLO's alerts are muted, such as a weekly release slot.
/// Rendered as an Alertmanager <c>time_interval</c> that the SLO's routes mute.
/// </summary>
/// <param name="Name">The interval's name, unique per project.</param>
/// <param name="Weekdays">The days it recurs on; empty means every day.</param>
/// <param name="Start">Time of day it starts (UTC).</param>
/// <param name="End">Time of day it ends (UTC), after <paramref name="Start"/>; 24:00 is the end of the day.</param>
public sealed record MaintenanceWindow(string Name, IReadOnlyList<DayOfWeek> Weekdays, TimeSpan Start, TimeSpan End)
{
    /// <summary>Where the window was declared.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;
}
