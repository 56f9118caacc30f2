namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// Durations as Prometheus 2.42 reads them in ranges, subqueries and offsets: whole numbers with the units
/// <c>y w d h m s ms</c>, each at most once and largest first (<c>1h30m</c>, not <c>30m1h</c> or <c>1.5h</c>), at most
/// 2^63-1 nanoseconds, and greater than zero.
/// </summary>
internal static class PromqlDuration
{
    private static readonly string[] Units = ["y", "w", "d", "h", "m", "s", "ms"];

    private static readonly decimal[] Nanoseconds =
    [
        365m * 24 * 3600 * 1_000_000_000, 7m * 24 * 3600 * 1_000_000_000, 24m * 3600 * 1_000_000_000, 3600m * 1_000_000_000,
        60m * 1_000_000_000, 1_000_000_000m, 1_000_000m,
    ];

    /// <summary>Why Prometheus refuses <paramref name="text"/> as a duration, or null.</summary>
    public static string? Problem(string text)
    {
        var invalid = $"not a valid duration string: \"{VisibleText.Escape(text)}\"";
        var position = 0;
        var next = 0;
        decimal total = 0;
        while (position < text.Length)
        {
            var start = position;
            while (position < text.Length && PromqlLexer.IsDigit(text[position]))
            {
                position++;
            }

            if (position == start)
            {
                return invalid;
            }

            var digits = text.Substring(start, position - start).TrimStart('0');
            var unitStart = position;
            while (position < text.Length && !PromqlLexer.IsDigit(text[position]))
            {
                position++;
            }

            var unit = System.Array.IndexOf(Units, text.Substring(unitStart, position - unitStart));
            if (unit < next)
            {
                return invalid;
            }

            next = unit + 1;
            if (digits.Length > 20)
            {
                return "duration out of range";
            }

            var amount = digits.Length == 0 ? 0 : decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            if (amount > long.MaxValue / Nanoseconds[unit])
            {
                return "duration out of range";
            }

            total += amount * Nanoseconds[unit];
            if (total > long.MaxValue)
            {
                return "duration out of range";
            }
        }

        return total == 0 ? "duration must be greater than 0" : null;
    }
}
