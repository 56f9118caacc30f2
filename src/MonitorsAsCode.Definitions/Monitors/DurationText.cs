using System;
using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// Durations as monitoring people write them: <c>36h</c>, <c>90m</c>, <c>2d</c>, <c>1d12h</c>, <c>45s</c>, <c>1w</c>.
/// </summary>
public static class DurationText
{
    /// <summary>
    /// The longest duration accepted: 36500d, about a hundred years. Longer ones are refused rather
    /// than overflowing <see cref="TimeSpan"/> (which ends near 10,675,199 days) or a time minus them.
    /// </summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(36500);

    /// <summary>How <see cref="Longest"/> is written in messages and docs.</summary>
    public const string LongestText = "36500d";

    /// <summary>
    /// Parses a duration; returns false for anything else (a bare number has no unit and is rejected),
    /// including a duration longer than <see cref="Longest"/> (<see cref="IsTooLong"/> tells that case apart).
    /// </summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        if (!TryParseSeconds(text, out var seconds) || seconds > Longest.TotalSeconds)
        {
            duration = TimeSpan.Zero;
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is a well-formed duration that is longer than <see cref="Longest"/>.</summary>
    public static bool IsTooLong(string text) => TryParseSeconds(text, out var seconds) && seconds > Longest.TotalSeconds;

    /// <summary>
    /// The message for a duration that does not parse: <c>'key' must be at most 36500d …</c> when it is
    /// too long, otherwise <c>'key' must be a duration such as <paramref name="examples"/>, not …</c>.
    /// <paramref name="quoted"/> is the value as messages quote it.
    /// </summary>
    public static string Problem(string key, string? text, string quoted, string examples) =>
        text is not null && IsTooLong(text)
            ? $"'{key}' must be at most {LongestText} (about 100 years), not {quoted}"
            : $"'{key}' must be a duration such as {examples}, not {quoted}";

    private static bool TryParseSeconds(string text, out double total)
    {
        total = 0.0;
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

        return parts > 0;
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
