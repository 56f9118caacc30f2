using System;
using System.Collections.Generic;
using System.IO;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>
/// The files under a definitions folder, found without following links to folders. A pull request can commit a
/// link to a folder (<c>a -&gt; .</c>, <c>b -&gt; /</c>); followed, two links to <c>.</c> make the walk visit about
/// 2⁴⁰ folders and a link to <c>/</c> walks the whole machine. Links to files are listed (whoever reads them judges
/// where they lead); links to folders are not entered.
/// </summary>
public static class DefinitionFolderFiles
{
    /// <summary>
    /// The paths of the files under <paramref name="directory"/> (its subfolders too, but not folders reached through
    /// a link), each <paramref name="directory"/> joined with the path inside it, in no particular order.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static IEnumerable<string> Under(string directory)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                yield return file;
            }

            foreach (var subfolder in Directory.EnumerateDirectories(folder))
            {
                if ((File.GetAttributes(subfolder) & FileAttributes.ReparsePoint) == 0)
                {
                    pending.Push(subfolder);
                }
            }
        }
    }
}
