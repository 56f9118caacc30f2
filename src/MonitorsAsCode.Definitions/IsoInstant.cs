using System;
using System.Globalization;

namespace MonitorsAsCode.Definitions;

/// <summary>
/// Strict ISO 8601 instants, as definitions and options take them: <c>2026-11-16T00:00:00Z</c>,
/// with an offset (<c>+02:00</c>), fractional seconds, minutes only, or a bare date (midnight).
/// No zone means UTC. Nothing culture-dependent (<c>01/02/2026</c>) is guessed at.
/// </summary>
public static class IsoInstant
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd",
    ];

    /// <summary>Parses <paramref name="text"/>; the result is in UTC.</summary>
    public static bool TryParse(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(
            text.Trim(),
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out instant);
}
