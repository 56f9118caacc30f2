using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Rendering.Prometheus;

/// <summary>Durations as Prometheus writes them: the largest units first, <c>30d</c>, <c>1h30m</c>, <c>5m</c>.</summary>
public static class PrometheusDuration
{
    /// <summary>Formats <paramref name="duration"/> (whole seconds; at least one second).</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = (long)Math.Round(duration.TotalSeconds);
        if (seconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A Prometheus duration must be at least one second.");
        }

        var text = new StringBuilder();
        Append(text, seconds / 86400, 'd');
        Append(text, seconds % 86400 / 3600, 'h');
        Append(text, seconds % 3600 / 60, 'm');
        Append(text, seconds % 60, 's');
        return text.ToString();
    }

    private static void Append(StringBuilder text, long amount, char unit)
    {
        if (amount > 0)
        {
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
