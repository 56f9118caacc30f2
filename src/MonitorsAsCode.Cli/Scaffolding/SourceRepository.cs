using System.Security.Cryptography;
using System.Text;

namespace MonitorsAsCode.Cli.Scaffolding;

/// <summary>
/// A clone of the MonitorsAsCode repository that <c>monitors init</c> can pack the packages from while they
/// are not published: the nearest folder holding <c>MonitorsAsCode.sln</c> and <c>src/MonitorsAsCode.Packages.slnf</c>,
/// above the running command or the current directory.
/// </summary>
internal sealed class SourceRepository
{
    /// <summary>The solution filter that lists the packable projects.</summary>
    public const string PackagesFilter = "src/MonitorsAsCode.Packages.slnf";

    private static readonly string[] BuildInputsAtRoot = ["Directory.Build.props", "Directory.Packages.props", "Directory.Build.targets", "global.json", "nuget.config", "NuGet.Config"];

    private SourceRepository(string root) => Root = root;

    /// <summary>The repository's root folder, a full path.</summary>
    public string Root { get; }

    /// <summary>The repository above <paramref name="startingPoints"/> (tried in order), or null when none of them is inside one.</summary>
    public static SourceRepository? Find(params string[] startingPoints)
    {
        foreach (var start in startingPoints)
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "MonitorsAsCode.sln"))
                    && File.Exists(Path.Combine(directory.FullName, PackagesFilter)))
                {
                    return new SourceRepository(directory.FullName);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The version the packages are packed as: <paramref name="release"/> with a pre-release label made of the
    /// first 12 hex digits of a SHA-256 over every file the packages are built from (<c>src/</c> without
    /// <c>bin/</c>, <c>obj/</c> and dot-folders, and the build files at the root), by relative path and bytes.
    /// </summary>
    /// <remarks>
    /// NuGet extracts a package once per id and version into its global packages folder (~/.nuget/packages) and
    /// serves that copy from then on, so re-packing changed sources under one version would restore the old
    /// code. With the version derived from the content, the same sources always pack as the same version (the
    /// cached copy is then the right one) and changed sources as a new one.
    /// </remarks>
    public string LocalVersion(string release)
    {
        var files = new List<(string Relative, string Full)>();
        foreach (var name in BuildInputsAtRoot)
        {
            var path = Path.Combine(Root, name);
            if (File.Exists(path))
            {
                files.Add((name, path));
            }
        }

        var sources = Path.Combine(Root, "src");
        foreach (var path in Directory.EnumerateFiles(sources, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
            if (!IsBuildOutput(relative))
            {
                files.Add((relative, path));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, full) in files)
        {
            var bytes = File.ReadAllBytes(full);
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n" + bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
            hash.AppendData(bytes);
        }

        // One alphanumeric pre-release identifier: a numeric one may not start with 0 in SemVer 2.
        return release + "-local-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static bool IsBuildOutput(string relative)
    {
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "bin" or "obj" || segment.StartsWith('.'))
            {
                return true;
            }
        }

        return false;
    }
}
