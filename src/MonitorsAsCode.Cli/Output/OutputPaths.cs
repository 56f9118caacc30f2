using MonitorsAsCode.Cli.Commands;

namespace MonitorsAsCode.Cli.Output;

/// <summary>
/// The rule for <c>--out</c>: the folder written into is never reached through a symbolic link that could have come
/// from the repository. A folder OUT (<c>render</c>, <c>slo rules</c>) must not itself be a link; a file OUT
/// (<c>run</c>, <c>import</c>) must not lie in a folder that is a link (the file itself, if a link, is replaced by
/// the rename, not written through). A relative path is the one a checkout can plant links in, so every folder on it
/// as typed, from the working directory on, is judged too; the folders above an absolute path are the machine's.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Refuses (exit code 2) a folder <paramref name="folder"/> reached through a symbolic link.</summary>
    public static void RefuseLinkedFolder(string folder) => Refuse(folder, folder, includeLast: true);

    /// <summary>Refuses (exit code 2) a file <paramref name="file"/> whose folder is reached through a symbolic link.</summary>
    public static void RefuseLinkedParent(string file) => Refuse(file, file, includeLast: false);

    private static void Refuse(string given, string path, bool includeLast)
    {
        var segments = path.Replace('\\', '/').TrimEnd('/').Split('/');
        var count = includeLast ? segments.Length : segments.Length - 1;
        var first = Path.IsPathRooted(path) ? Math.Max(count - 1, 0) : 0;
        for (var i = first; i < count; i++)
        {
            var folder = string.Join('/', segments, 0, i + 1);
            if (folder.Length == 0 || segments[i] is "." or "..")
            {
                continue;
            }

            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                throw new UserError($"--out '{given}': '{folder}' is a symbolic link; output is never written through a link (give the folder it points to, or remove the link)", ExitCodes.InvalidDefinitions);
            }
        }
    }
}
