using System;
using System.Globalization;

namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// How long a monitor's condition must hold before it counts (<c>for: 3d</c> or <c>for: 3 windows</c>): a duration, or a
/// number of consecutive judged windows including the current one.
/// </summary>
public readonly record struct SustainPeriod(TimeSpan? Duration, int? Windows)
{
    /// <summary>Held for at least this long.</summary>
    public static SustainPeriod For(TimeSpan duration) => new(duration, null);

    /// <summary>Held over this many consecutive windows, the current one included.</summary>
    public static SustainPeriod ForWindows(int windows) => new(null, windows);

    /// <summary>Parses <c>3d</c>, <c>36h</c>, <c>3 windows</c> or <c>1 window</c>; false for anything else.</summary>
    public static bool TryParse(string text, out SustainPeriod period)
    {
        period = default;
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ');
        if (space > 0)
        {
            var unit = trimmed.Substring(space + 1).Trim();
            if ((unit == "windows" || unit == "window")
                && int.TryParse(trimmed.Substring(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                period = ForWindows(count);
                return true;
            }

            return false;
        }

        if (DurationText.TryParse(trimmed, out var duration))
        {
            period = For(duration);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Windows is { } windows
        ? windows.ToString(CultureInfo.InvariantCulture) + (windows == 1 ? " window" : " windows")
        : DurationText.Format((Duration ?? TimeSpan.Zero).TotalSeconds);
}
