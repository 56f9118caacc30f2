namespace MonitorsAsCode;

/// <summary>
/// Shortens a value that a message quotes back to the user, so a 30 MB scalar or CSV field costs a
/// line of output rather than 30 MB of it. Compiled into every project under src/ (see
/// Directory.Build.props), so each message that echoes a value uses the same rule; docs/limits.md
/// documents it.
/// </summary>
internal static class EchoedValue
{
    /// <summary>The most characters of a value a message quotes.</summary>
    public const int MaxChars = 200;

    /// <summary>
    /// <paramref name="value"/> itself when it has at most <see cref="MaxChars"/> characters; otherwise
    /// its first <see cref="MaxChars"/> followed by <c>… (N more characters)</c>.
    /// </summary>
    public static string Shorten(string value) => Shorten(value, MaxChars);

    /// <summary>As <see cref="Shorten(string)"/> with another length, for a narrow table cell.</summary>
    public static string Shorten(string value, int maxChars)
    {
        if (value.Length <= maxChars)
        {
            return value;
        }

        // Never cut a surrogate pair in two: half a character cannot be written as UTF-8.
        var kept = maxChars > 0 && char.IsHighSurrogate(value[maxChars - 1]) ? maxChars - 1 : maxChars;
        var more = value.Length - kept;
        return value.Substring(0, kept) + "… (" + more.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + (more == 1 ? " more character)" : " more characters)");
    }
}
