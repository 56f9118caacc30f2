using System;
using System.IO;

namespace MonitorsAsCode.Definitions.Runbooks;

/// <summary>
/// How a monitor's <c>runbook:</c> value is read: a web address (<c>https://wiki/…</c>), a file path
/// (holds a <c>/</c>, a <c>\</c> or a <c>.</c>: <c>runbooks/feature-drift.md</c>), or else a runbook id.
/// Runbook ids may hold only letters, digits, <c>-</c> and <c>_</c>, so the three never overlap.
/// </summary>
public static class RunbookReferences
{
    /// <summary>What <paramref name="reference"/> names.</summary>
    public static RunbookReferenceKind Classify(string reference)
    {
        var scheme = reference.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && IsScheme(reference.Substring(0, scheme)))
        {
            return RunbookReferenceKind.Url;
        }

        return reference.IndexOfAny(['/', '\\', '.']) >= 0 ? RunbookReferenceKind.File : RunbookReferenceKind.Id;
    }

    /// <summary>Whether <paramref name="id"/> can be a runbook id: letters, digits, <c>-</c> and <c>_</c>, starting with a letter or digit.</summary>
    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || !char.IsLetterOrDigit(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The file a file reference points at: relative paths resolve against the directory of
    /// <paramref name="declaredIn"/> (the file that declares the monitor), with <c>/</c> separators.
    /// </summary>
    public static string ResolveFile(string reference, string? declaredIn)
    {
        var path = reference.Replace('\\', '/');
        if (Path.IsPathRooted(path) || string.IsNullOrEmpty(declaredIn))
        {
            return path;
        }

        var directory = Path.GetDirectoryName(declaredIn) ?? string.Empty;
        return directory.Length == 0 ? path : (directory.Replace('\\', '/') + "/" + path);
    }

    private static bool IsScheme(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }
}
