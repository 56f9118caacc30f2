using System;
using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// Durations as monitoring people write them: <c>36h</c>, <c>90m</c>, <c>2d</c>, <c>1d12h</c>, <c>45s</c>, <c>1w</c>.
/// </summary>
public static class DurationText
{
    /// <summary>Parses a duration; returns false for anything else (a bare number has no unit and is rejected).</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var total = 0.0;
        var index = 0;
        var parts = 0;
        while (index < text.Length)
        {
            var start = index;
            while (index < text.Length && (char.IsDigit(text[index]) || text[index] == '.'))
            {
                index++;
            }

            if (index == start || index >= text.Length)
            {
                return false;
            }

            if (!double.TryParse(text.Substring(start, index - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            var seconds = text[index] switch
            {
                'w' => 604800.0,
                'd' => 86400.0,
                'h' => 3600.0,
                'm' => 60.0,
                's' => 1.0,
                _ => double.NaN,
            };
            if (double.IsNaN(seconds))
            {
                return false;
            }

            total += amount * seconds;
            index++;
            parts++;
        }

        if (parts == 0)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(total);
        return true;
    }

    /// <summary>Formats seconds as the shortest exact mix of d, h, m and s, e.g. <c>1d12h</c> or <c>48h</c> → <c>2d</c>.</summary>
    public static string Format(double seconds)
    {
        if (double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            return seconds.ToString(CultureInfo.InvariantCulture);
        }

        var negative = seconds < 0;
        var rounded = (long)Math.Round(Math.Abs(seconds));
        if (rounded == 0)
        {
            return "0s";
        }

        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        Append(builder, rounded / 86400, 'd');
        Append(builder, rounded % 86400 / 3600, 'h');
        Append(builder, rounded % 3600 / 60, 'm');
        Append(builder, rounded % 60, 's');
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, long amount, char unit)
    {
        if (amount > 0)
        {
            builder.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
