using System;
using System.Collections.Generic;
using System.IO;

namespace MonitorsAsCode.Definitions.Files;

/// <summary>
/// The folders that paths written in definitions may read from: the definitions folder, and any folder the operator
/// adds with <c>--data-root</c>. A definition comes from whoever wrote the pull request, so a path in it that leaves
/// these folders (absolute, through <c>..</c>, or through a symbolic link that points elsewhere), or that names a FIFO,
/// a device or a folder where a file is expected, is refused before anything is opened.
/// </summary>
public sealed class DataRoots
{
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly List<string> resolved = [];

    /// <summary>Paths may read inside <paramref name="definitions"/> and inside each of <paramref name="more"/>.</summary>
    public DataRoots(string definitions, IEnumerable<string>? more = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(definitions);
        var given = new List<string> { definitions };
        if (more is not null)
        {
            given.AddRange(more);
        }

        Folders = given;
        foreach (var folder in given)
        {
            resolved.Add(Resolve(folder) ?? Path.GetFullPath(folder));
        }
    }

    /// <summary>What the first folder is called in a refusal: "the definitions folder" unless told otherwise.</summary>
    public string FirstFolderName { get; init; } = "the definitions folder";

    /// <summary>The folders, as given: the definitions folder first.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>
    /// Why <paramref name="path"/> must not be read, as a phrase that follows the path in a message; null when it may be
    /// read. A path that does not exist inside the folders may be read (the reader says it is missing).
    /// A folder is accepted only when <paramref name="folderAllowed"/>. Nothing is opened, so nothing is revealed.
    /// </summary>
    public string? Refusal(string path, bool folderAllowed = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return "holds a NUL character (no file name can)";
        }

        var target = Resolve(path);
        if (target is null)
        {
            return "goes through more than " + MaxLinks.ToString(System.Globalization.CultureInfo.InvariantCulture) + " symbolic links (a loop?)";
        }

        if (!IsInside(target))
        {
            return IsInside(Path.GetFullPath(path))
                ? "is a symbolic link (or lies in a linked folder) that leads outside " + Describe()
                : "is outside " + Describe();
        }

        return FileKinds.Of(target) switch
        {
            FileKind.Special => "is not a regular file (a FIFO, socket or device)",
            FileKind.Directory when !folderAllowed => "is a folder, not a regular file",
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="fullPath"/>, already free of links, is one of the folders or inside one.</summary>
    private bool IsInside(string fullPath)
    {
        foreach (var root in resolved)
        {
            var trimmed = root.Length > 1 ? root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : root;
            if (string.Equals(fullPath, trimmed, PathComparison))
            {
                return true;
            }

            var prefix = trimmed.EndsWith(Path.DirectorySeparatorChar) ? trimmed : trimmed + Path.DirectorySeparatorChar;
            if (fullPath.StartsWith(prefix, PathComparison))
            {
                return true;
            }
        }

        return false;
    }

    private string Describe()
    {
        var text = FirstFolderName + " '" + Folders[0] + "'";
        if (Folders.Count > 1)
        {
            for (var i = 1; i < Folders.Count; i++)
            {
                text += (i == 1 ? " and the data roots '" : ", '") + Folders[i] + "'";
            }
        }

        return text;
    }

    /// <summary>
    /// The absolute path that opening <paramref name="path"/> reaches. .NET folds the <c>.</c> and <c>..</c> of a path
    /// as text before it opens it (<see cref="Path.GetFullPath(string)"/>), so they are folded first, exactly so; then
    /// every symbolic link is followed as the system follows it (a <c>..</c> inside a link's target climbs out of the
    /// folder the link lies in). Parts that do not exist are kept as written. Null when the links go round in a loop.
    /// </summary>
    public static string? Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var absolute = Path.GetFullPath(path);
        var root = Path.GetPathRoot(absolute) ?? string.Empty;
        var pending = new Stack<string>();
        PushSegments(pending, absolute.Substring(root.Length));
        var current = root;
        var links = 0;
        var exists = true;
        while (pending.Count > 0)
        {
            var segment = pending.Pop();
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, segment);
            var link = exists ? LinkTarget(next) : null;
            if (link is null)
            {
                exists = exists && (File.Exists(next) || Directory.Exists(next));
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(link))
            {
                current = Path.GetPathRoot(link) ?? root;
                PushSegments(pending, link.Substring(current.Length));
            }
            else
            {
                PushSegments(pending, link);
            }
        }

        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Pushes the segments of <paramref name="relative"/> so the first is popped first.</summary>
    private static void PushSegments(Stack<string> pending, string relative)
    {
        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            pending.Push(segments[i]);
        }
    }
}
