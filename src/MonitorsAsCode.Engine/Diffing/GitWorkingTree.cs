using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Engine.Diffing;

/// <summary>
/// A definitions folder inside a git working tree, read as it was at any revision straight from git's
/// objects (<c>git ls-tree</c>, <c>git show</c>), never by checking out, or as it is on disk now.
/// A file at a revision is named as <c>git show</c> names it (<c>HEAD~1:monitors/orders/monitors.yaml</c>),
/// which is no path on disk, so nothing in it is checked against the working tree's files;
/// <see cref="RepositoryPath"/> turns paths resolved against either kind of name into paths from the
/// repository root, so both sides can be compared.
/// </summary>
public sealed class GitWorkingTree
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private GitWorkingTree(string root, string folder, string folderOnDisk, string directory)
    {
        Root = root;
        Folder = folder;
        FolderOnDisk = folderOnDisk;
        DirectoryAsGiven = directory;
    }

    /// <summary>The top of the working tree, as git reports it.</summary>
    public string Root { get; }

    /// <summary>The definitions folder relative to <see cref="Root"/>, with '/' separators; empty for the root itself.</summary>
    public string Folder { get; }

    /// <summary>The definitions folder as an absolute path on disk (it may not exist in the working tree).</summary>
    public string FolderOnDisk { get; }

    /// <summary>The definitions folder as it was given, which names the working tree's files.</summary>
    public string DirectoryAsGiven { get; }

    /// <summary>
    /// Finds the working tree holding <paramref name="directory"/>. The folder need not exist on disk
    /// (it may have been deleted since the revision compared against); its nearest existing parent must.
    /// </summary>
    /// <exception cref="GitException">The path is a file or not inside a git working tree, or git is not installed.</exception>
    public static GitWorkingTree Find(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (File.Exists(full))
        {
            throw new GitException($"'{directory}' is a file; give the directory that holds the *.yaml definitions");
        }

        var existing = full;
        var missing = new Stack<string>();
        while (!Directory.Exists(existing))
        {
            var parent = Path.GetDirectoryName(existing);
            if (parent is null)
            {
                throw new GitException($"'{directory}' is not inside a git working tree");
            }

            missing.Push(Path.GetFileName(existing));
            existing = parent;
        }

        // The folder comes from the pull request, which can commit a bare repository's files into it (HEAD, config,
        // objects, refs) or into a folder above it: git must never take such a repository for the checkout's own, so
        // it is told to use no bare repository it finds (Run), and the repository it finds is checked to lie above.
        var located = Run(existing, "rev-parse", "--show-toplevel", "--show-prefix", "--absolute-git-dir");
        var lines = located.Text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        if (located.Error.Contains("cannot use bare repository", StringComparison.Ordinal))
        {
            throw new GitException($"'{directory}' lies in a bare git repository ({FirstLine(located.Error)}); a definitions folder or a folder above it holding a repository's own files (HEAD, objects, refs) is refused, since a pull request could plant one: diff reads only the checkout's own .git");
        }

        if (located.ExitCode != 0 || lines.Length < 3 || lines[0].Length == 0)
        {
            throw new GitException($"'{directory}' is not inside a git working tree");
        }

        var real = Definitions.Files.DataRoots.Resolve(full) ?? full;
        // The checkout's own .git lies inside the folder only when the folder is the top of the checkout.
        var ownGitDirectory = lines[0].TrimEnd('/') + "/.git";
        if ((IsAtOrBelow(lines[2], real) && !IsAtOrBelow(lines[2], ownGitDirectory)) || !IsAtOrBelow(real, lines[0]))
        {
            throw new GitException($"'{directory}' is not in the working tree of the checkout's own repository: git found the repository '{lines[2]}' with the working tree '{lines[0]}'; a repository kept inside the definitions folder is refused, since a pull request could plant one");
        }

        var segments = new List<string>();
        segments.AddRange(lines[1].Split('/', StringSplitOptions.RemoveEmptyEntries));
        segments.AddRange(missing);
        var given = directory.Replace('\\', '/').TrimEnd('/');
        return new GitWorkingTree(lines[0], string.Join('/', segments), full, given.Length == 0 ? "/" : given);
    }

    /// <summary>The commit <paramref name="revision"/> names (a commit id, branch, tag or <c>HEAD~1</c>).</summary>
    /// <exception cref="GitException">The revision is unknown or names no commit.</exception>
    public string ResolveCommit(string revision)
    {
        // A revision starting with '-' would be read by git as an option.
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            throw new GitException($"unknown revision '{revision}'");
        }

        var resolved = Run(Root, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (resolved.ExitCode != 0)
        {
            throw new GitException($"unknown revision '{revision}' in the git repository at {Root}");
        }

        return resolved.Text.Trim();
    }

    /// <summary>
    /// The <c>*.yaml</c> / <c>*.yml</c> files under the folder at <paramref name="commit"/>, in ordinal order of
    /// path, each named <c>revision:path</c> with <paramref name="revision"/> as the user wrote it; none when
    /// the folder did not exist at that commit.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> ReadDefinitions(string commit, string revision) =>
        ReadFiles(commit, revision, IsDefinitionFile);

    /// <summary>
    /// As <see cref="ReadDefinitions"/>, for the files under the folder whose path inside it (with <c>/</c>) satisfies
    /// <paramref name="include"/>: the C# beside the YAML, which a diff reports as not compared.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> ReadFiles(string commit, string revision, Func<string, bool> include)
    {
        // "-l" adds each blob's size, so a definitions file too large to read is refused before git shows it.
        var listing = Folder.Length == 0
            ? Run(Root, "ls-tree", "-r", "-l", "-z", commit)
            : Run(Root, "ls-tree", "-r", "-l", "-z", commit, "--", Folder);
        if (listing.ExitCode != 0)
        {
            throw new GitException($"git ls-tree failed for {commit}: {FirstLine(listing.Error)}");
        }

        var paths = new List<string>();
        foreach (var entry in listing.Text.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object> <size>\t<path>"; the size of a blob is a number.
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                continue;
            }

            var path = entry[(tab + 1)..];
            if ((Folder.Length == 0 || path.StartsWith(Folder + "/", StringComparison.Ordinal)) && include(Folder.Length == 0 ? path : path[(Folder.Length + 1)..]))
            {
                var fields = entry[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length == 4 && long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > DefinitionFileText.MaxBytes)
                {
                    throw new GitException($"{revision}:{path} is {size.ToString(CultureInfo.InvariantCulture)} bytes; a definitions file may be at most {DefinitionFileText.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes (16 MiB)");
                }

                paths.Add(path);
            }
        }

        paths.Sort(StringComparer.Ordinal);
        var files = new List<KeyValuePair<string, string>>(paths.Count);
        foreach (var path in paths)
        {
            var shown = Run(Root, "show", commit + ":" + path);
            if (shown.ExitCode != 0)
            {
                throw new GitException($"git show {commit}:{path} failed: {FirstLine(shown.Error)}");
            }

            files.Add(new KeyValuePair<string, string>(revision + ":" + path, shown.Text));
        }

        return files;
    }

    /// <summary>
    /// The <c>*.yaml</c> / <c>*.yml</c> files under the folder on disk, tracked or not, named and ordered as
    /// <c>monitors run</c> names them: the folder as given, then the path inside it. Read strictly, as
    /// <c>monitors run</c> reads them (UTF-8, at most <see cref="DefinitionFileText.MaxBytes"/> bytes): the
    /// list is a <see cref="DefinitionFileList"/> whose problems the loader reports.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> ReadWorkingTree()
    {
        var files = new DefinitionFileList();
        foreach (var file in WorkingTreeFiles(IsDefinitionFile))
        {
            files.Read(file.Value, file.Key);
        }

        return files;
    }

    /// <summary>As <see cref="ReadWorkingTree()"/>, for the files whose path inside the folder (with <c>/</c>) satisfies <paramref name="include"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ReadWorkingTree(Func<string, bool> include)
    {
        var files = new List<KeyValuePair<string, string>>();
        foreach (var file in WorkingTreeFiles(include))
        {
            files.Add(new KeyValuePair<string, string>(file.Key, File.ReadAllText(file.Value)));
        }

        return files;
    }

    /// <summary>The (name as shown, path on disk) of the files under the folder whose path inside it satisfies <paramref name="include"/>, in ordinal order of name.</summary>
    private List<KeyValuePair<string, string>> WorkingTreeFiles(Func<string, bool> include)
    {
        var files = new List<KeyValuePair<string, string>>();
        if (!Directory.Exists(FolderOnDisk))
        {
            return files;
        }

        // As 'monitors run' reads them: a link out of the folder, a FIFO or a device is refused before it is opened.
        var roots = new Definitions.Files.DataRoots(FolderOnDisk);
        foreach (var path in Definitions.Yaml.DefinitionFolderFiles.Under(FolderOnDisk))
        {
            var relative = Path.GetRelativePath(FolderOnDisk, path).Replace('\\', '/');
            if (include(relative))
            {
                if (roots.Refusal(path) is { } refusal)
                {
                    throw new Definitions.Files.DefinitionFileRefusedException(DirectoryAsGiven.TrimEnd('/') + "/" + relative, refusal);
                }

                files.Add(new KeyValuePair<string, string>(DirectoryAsGiven.TrimEnd('/') + "/" + relative, path));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return files;
    }

    /// <summary>
    /// A path resolved against a file of <see cref="ReadDefinitions"/> (<paramref name="revision"/> given) or
    /// <see cref="ReadWorkingTree()"/> (<paramref name="revision"/> null), written from the repository root:
    /// <c>HEAD~1:monitors/orders/data/current.csv</c> and <c>./monitors/orders/data/current.csv</c> both
    /// become <c>monitors/orders/data/current.csv</c>. Paths written absolute in the YAML are returned as they are.
    /// </summary>
    public string? RepositoryPath(string? path, string? revision)
    {
        if (path is null)
        {
            return null;
        }

        var prefix = revision is null ? DirectoryAsGiven.TrimEnd('/') + "/" : revision + ":";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return path;
        }

        var inside = path[prefix.Length..];
        if (revision is not null)
        {
            return inside;
        }

        return Folder.Length == 0 ? inside : Folder + "/" + inside;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both absolute).</summary>
    private static bool IsAtOrBelow(string path, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var trimmedPath = path.Replace('\\', '/').TrimEnd('/');
        var trimmedFolder = folder.Replace('\\', '/').TrimEnd('/');
        return string.Equals(trimmedPath, trimmedFolder, comparison) || trimmedPath.StartsWith(trimmedFolder + "/", comparison);
    }

    private static bool IsDefinitionFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? trimmed : trimmed[..end].TrimEnd();
    }

    private static GitOutput Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        // No bare repository is used unless named: one found by searching may have been planted by a pull request.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("safe.bareRepository=explicit");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Set by git hooks and wrappers; they would point every command at another repository than the folder's.
        foreach (var variable in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX" })
        {
            start.Environment.Remove(variable);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("git could not be started");
        }
        catch (Win32Exception)
        {
            throw new GitException("git was not found; install git and put it on PATH");
        }

        using (process)
        {
            // Both pipes are drained together, so a large file cannot block git on a full stderr pipe or the reverse.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new GitOutput(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
    }

    private sealed record GitOutput(int ExitCode, string Text, string Error);
}
