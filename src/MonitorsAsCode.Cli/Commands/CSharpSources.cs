namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// The C# a definitions directory holds (a <c>*.csproj</c> or <c>*.cs</c> files, build output left out), found
/// without building or running any of it, so a command that does not build can say which C# it left unchecked.
/// </summary>
internal static class CSharpSources
{
    /// <summary>
    /// The <c>*.csproj</c> and <c>*.cs</c> files under <paramref name="directory"/>, relative to it with <c>/</c>,
    /// in ordinal order; <c>bin/</c> and <c>obj/</c> (build output) are skipped.
    /// </summary>
    public static IReadOnlyList<string> Find(string directory)
    {
        var found = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var path in Directory.EnumerateFiles(directory, "*", options))
        {
            var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
            if (IsSource(relative))
            {
                found.Add(relative);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Whether <paramref name="relativePath"/> (with <c>/</c>) is C# source or a project outside build output.</summary>
    public static bool IsSource(string relativePath)
    {
        if (!relativePath.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && !relativePath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var segment in relativePath.Split('/'))
        {
            if (segment.Equals("bin", StringComparison.OrdinalIgnoreCase) || segment.Equals("obj", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>A.csproj, B.cs</c>, at most <paramref name="most"/> names and then how many more.</summary>
    public static string Names(IReadOnlyList<string> files, int most = 5)
    {
        var shown = files.Take(most).ToList();
        var more = files.Count - shown.Count;
        return string.Join(", ", shown) + (more > 0 ? " and " + more.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : string.Empty);
    }
}
