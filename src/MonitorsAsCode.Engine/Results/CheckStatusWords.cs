namespace MonitorsAsCode.Engine.Results;

/// <summary>
/// The one word each <see cref="CheckStatus"/> has in every output, written and read back: <c>pass</c>, <c>warn</c>,
/// <c>fail</c>, <c>error</c>, <c>skipped</c> (the text and Markdown reports, JSON results, generated pages, the xunit
/// messages).
/// </summary>
public static class CheckStatusWords
{
    private static readonly string[] Words = ["pass", "warn", "fail", "error", "skipped"];

    /// <summary>Every word, in the order of <see cref="CheckStatus"/>.</summary>
    public static IReadOnlyList<string> All => Words;

    /// <summary>The lower-case word of <paramref name="status"/>.</summary>
    public static string Of(CheckStatus status) =>
        (uint)status < (uint)Words.Length
            ? Words[(int)status]
            : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status.");

    /// <summary>The status whose word is <paramref name="word"/> (exactly, lower case); false for any other text.</summary>
    public static bool TryParse(string? word, out CheckStatus status)
    {
        var index = Array.IndexOf(Words, word);
        status = index >= 0 ? (CheckStatus)index : default;
        return index >= 0;
    }
}
