namespace MonitorsAsCode.Cli.Tests.Repository;

/// <summary>
/// The packages' version comes from git (MinVer, set up in Directory.Build.props): a tag vX.Y.Z packs as X.Y.Z,
/// each commit after it as a newer pre-release, so `dotnet tool update --prerelease` picks up every newer build,
/// and a copy without git history still builds. Checked on a project under src/ of a fresh repository holding this
/// checkout's build files, asking MSBuild for the package version MinVer settles on (what `dotnet pack` uses),
/// which takes seconds where a pack takes minutes.
/// </summary>
public sealed class PackageVersionTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly GitRepositoryFolder repository = GitRepositoryFolder.Create();

    public PackageVersionTests()
    {
        foreach (var file in (string[])["Directory.Build.props", "Directory.Packages.props"])
        {
            repository.Write(file, File.ReadAllText(RepositoryCheckout.Path(file)));
        }

        repository.Write("src/Probe/Probe.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
        repository.Write("src/Probe/README.md", "# Probe\n");
        repository.Commit("a package project");
    }

    [Fact]
    public async Task A_tagged_commit_packs_as_the_tag_and_the_next_commit_as_a_newer_prerelease()
    {
        repository.Git("tag", "v0.3.0");

        var tagged = await Versions(repository.Root);

        repository.Write("src/Probe/Change.txt", "one more commit\n");
        repository.Commit("one more commit");
        var next = await Versions(repository.Root);

        tagged.Should().Be(("0.3.0", "0.3.0.0"));
        next.Should().Be(("0.3.1-alpha.0.1", "0.3.1.0"), "the commit after v0.3.0 is a pre-release of 0.3.1 at height 1, newer than 0.3.0 for NuGet");
    }

    [Fact]
    public async Task A_repository_without_a_tag_packs_as_a_prerelease_of_the_minimum_version()
    {
        var untagged = await Versions(repository.Root);

        untagged.Should().Be(("0.1.0-alpha.0", "0.1.0.0"));
    }

    [Fact]
    public async Task A_copy_without_git_history_builds_with_the_default_version()
    {
        using var copy = TemporaryCopy.Of(repository.Root);

        var version = await Versions(copy.Root);

        version.Should().Be(("0.1.0-alpha.0", "0.1.0.0"), "a source archive has no .git; it must still build");
    }

    [Fact]
    public async Task A_shallow_clone_packs_as_its_tag()
    {
        repository.Git("tag", "v1.2.0");
        using var shallow = TemporaryCopy.Empty();
        repository.Git("clone", "--quiet", "--depth", "1", "file://" + repository.Root, shallow.Root);

        var version = await Versions(shallow.Root);

        version.Should().Be(("1.2.0", "1.2.0.0"));
    }

    [Fact]
    public async Task An_explicit_version_overrides_git()
    {
        repository.Git("tag", "v0.3.0");

        var version = await Versions(repository.Root, "-p:MinVerVersionOverride=0.1.0-local-0123456789ab");

        version.Should().Be(("0.1.0-local-0123456789ab", "0.1.0.0"), "monitors init packs the local packages under a version of its own");
    }

    /// <summary>The PackageVersion and AssemblyVersion of src/Probe once MinVer has run, as `dotnet pack` would see them.</summary>
    private static async Task<(string PackageVersion, string AssemblyVersion)> Versions(string root, params string[] extra)
    {
        var start = DotnetProcess.Start(root, ["msbuild", "src/Probe/Probe.csproj", "-restore", "-nologo", "-t:MinVer", "-getProperty:PackageVersion", "-getProperty:AssemblyVersion", .. extra]);
        var (exitCode, output, error) = await DotnetProcess.RunAsync(start, Timeout, "dotnet msbuild -t:MinVer");
        exitCode.Should().Be(0, "MinVer must not break the build; output: {0}{1}", output, error);
        var json = System.Text.Json.JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        var properties = json.RootElement.GetProperty("Properties");
        return (properties.GetProperty("PackageVersion").GetString() ?? string.Empty, properties.GetProperty("AssemblyVersion").GetString() ?? string.Empty);
    }

    public void Dispose() => repository.Dispose();

    /// <summary>A temporary folder, optionally a copy of another without its .git; deleted on dispose.</summary>
    private sealed class TemporaryCopy : IDisposable
    {
        private TemporaryCopy(string root) => Root = root;

        public string Root { get; }

        public static TemporaryCopy Empty()
        {
            var root = Directory.CreateTempSubdirectory("mac-version-").FullName;
            Directory.Delete(root);
            return new TemporaryCopy(root);
        }

        public static TemporaryCopy Of(string source)
        {
            var copy = new TemporaryCopy(Directory.CreateTempSubdirectory("mac-version-").FullName);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                if (relative.Split(Path.DirectorySeparatorChar)[0] is ".git" or "obj" || relative.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.Combine(copy.Root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!); // a file inside the copy always has a folder
                File.Copy(file, target);
            }

            return copy;
        }

        public void Dispose()
        {
            if (!Directory.Exists(Root))
            {
                return;
            }

            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
    }
}
