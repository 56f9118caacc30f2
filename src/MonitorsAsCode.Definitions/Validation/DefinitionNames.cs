namespace MonitorsAsCode.Definitions.Validation;

/// <summary>
/// The grammars of what must be a name rather than text. Ids and services name pages, files, Prometheus
/// labels, JUnit cases and CI log lines, so they hold only letters, digits, <c>-</c>, <c>_</c> and
/// <c>.</c>, starting with a letter or digit. Label and annotation names follow Prometheus:
/// <c>[a-zA-Z_][a-zA-Z0-9_]*</c>, without the <c>__</c> prefix Prometheus keeps for itself.
/// </summary>
internal static class DefinitionNames
{
    /// <summary>What an id may hold, for messages.</summary>
    public const string IdGrammar = "letters, digits, '-', '_' and '.', starting with a letter or digit";

    /// <summary>What a label or annotation name may hold, for messages.</summary>
    public const string LabelGrammar = "ASCII letters, digits and '_', not starting with a digit or '__'";

    /// <summary>Whether <paramref name="id"/> can be a definition id or a service name.</summary>
    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || !char.IsLetterOrDigit(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="name"/> is a Prometheus label name that is not reserved for Prometheus itself.</summary>
    public static bool IsValidLabelName(string name)
    {
        if (name.Length == 0 || IsAsciiDigit(name[0]) || name.StartsWith("__", System.StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(IsAsciiLetter(c) || IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
}
