using System.Text;

namespace MonitorsAsCode.Rendering.Files;

/// <summary>
/// Writes generated files into a folder only where their bytes change (so timestamps and diffs show
/// real changes only), each through a temporary file renamed into place, and removes files it wrote
/// before that are no longer generated. It remembers what it wrote in a manifest,
/// <see cref="ManifestFile"/>, and never touches files it did not write.
/// </summary>
public static class OutputFolder
{
    /// <summary>The manifest of generated files, itself generated.</summary>
    public const string ManifestFile = ".monitors-render";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What <see cref="Write"/> would do, without writing anything.</summary>
    public static OutputPlan Compare(string folder, IReadOnlyList<GeneratedFile> files)
    {
        var all = WithManifest(files);
        var created = new List<string>();
        var changed = new List<string>();
        var unchanged = new List<string>();
        foreach (var file in all)
        {
            var path = Path.Combine(folder, file.Path);
            if (!File.Exists(path))
            {
                created.Add(file.Path);
            }
            else if (File.ReadAllBytes(path).AsSpan().SequenceEqual(Utf8.GetBytes(file.Content)))
            {
                unchanged.Add(file.Path);
            }
            else
            {
                changed.Add(file.Path);
            }
        }

        var generated = new HashSet<string>(all.Select(f => f.Path), StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var path in PreviouslyWritten(folder))
        {
            if (!generated.Contains(path) && File.Exists(Path.Combine(folder, path)))
            {
                removed.Add(path);
            }
        }

        return new OutputPlan(created, changed, unchanged, removed);
    }

    /// <summary>Brings <paramref name="folder"/> up to date with <paramref name="files"/> and says what changed.</summary>
    public static OutputPlan Write(string folder, IReadOnlyList<GeneratedFile> files)
    {
        var plan = Compare(folder, files);
        var all = WithManifest(files);
        var writes = new HashSet<string>(plan.Created.Concat(plan.Changed), StringComparer.Ordinal);
        foreach (var file in all)
        {
            if (writes.Contains(file.Path))
            {
                WriteAtomically(Path.Combine(folder, file.Path), file.Content);
            }
        }

        foreach (var path in plan.Removed)
        {
            File.Delete(Path.Combine(folder, path));
        }

        return plan;
    }

    private static List<GeneratedFile> WithManifest(IReadOnlyList<GeneratedFile> files)
    {
        var paths = new List<string>();
        foreach (var file in files)
        {
            paths.Add(file.Path);
        }

        paths.Sort(StringComparer.Ordinal);
        var manifest = new StringBuilder();
        manifest.Append("# Files written by 'monitors render'. It rewrites them when the definitions change and removes those it no longer generates.\n");
        foreach (var path in paths)
        {
            manifest.Append(path).Append('\n');
        }

        return [.. files, new GeneratedFile(ManifestFile, manifest.ToString())];
    }

    /// <summary>The paths the last run wrote, from the manifest; lines that leave the folder are ignored.</summary>
    private static List<string> PreviouslyWritten(string folder)
    {
        var paths = new List<string>();
        var manifest = Path.Combine(folder, ManifestFile);
        if (!File.Exists(manifest))
        {
            return paths;
        }

        foreach (var line in File.ReadAllLines(manifest))
        {
            var path = line.Trim();
            if (path.Length == 0 || path.StartsWith('#') || Path.IsPathRooted(path) || path.Split('/', '\\').Contains(".."))
            {
                continue;
            }

            paths.Add(path);
        }

        return paths;
    }

    private static void WriteAtomically(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, content, Utf8);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
