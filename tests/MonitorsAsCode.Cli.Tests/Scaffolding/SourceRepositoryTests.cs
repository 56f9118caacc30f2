using MonitorsAsCode.Cli.Scaffolding;

namespace MonitorsAsCode.Cli.Tests.Scaffolding;

/// <summary>
/// Finding the clone to pack from, and the version the packages are packed as: made from the sources, so NuGet's
/// global package cache cannot serve a stale build under it.
/// </summary>
public sealed class SourceRepositoryTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("monitors-source-").FullName;

    public SourceRepositoryTests()
    {
        Write("MonitorsAsCode.sln", "solution\n");
        Write(SourceRepository.PackagesFilter, "{}\n");
        Write("Directory.Build.props", "<Project />\n");
        Write("src/Lib/Thing.cs", "class Thing { }\n");
    }

    [Fact]
    public void The_repository_is_found_from_a_folder_inside_it()
    {
        Directory.CreateDirectory(Path.Combine(root, "src", "Lib", "bin", "Debug"));

        var found = SourceRepository.Find(Path.Combine(root, "src", "Lib", "bin", "Debug"));

        found.Should().NotBeNull();
        found!.Root.Should().Be(root);
    }

    [Fact]
    public void No_repository_is_found_outside_one()
    {
        File.Delete(Path.Combine(root, SourceRepository.PackagesFilter));

        SourceRepository.Find(Path.Combine(root, "src")).Should().BeNull();
    }

    [Fact]
    public void The_version_is_the_release_with_a_hash_of_the_sources()
    {
        var version = Repository().LocalVersion("0.1.0");

        version.Should().MatchRegex("^0\\.1\\.0-local-[0-9a-f]{12}$");
        Repository().LocalVersion("0.1.0").Should().Be(version);
    }

    [Fact]
    public void Build_output_does_not_change_the_version()
    {
        var before = Repository().LocalVersion("0.1.0");
        Write("src/Lib/bin/Debug/Lib.dll", "binary\n");
        Write("src/Lib/obj/project.assets.json", "{}\n");

        Repository().LocalVersion("0.1.0").Should().Be(before);
    }

    [Theory]
    [InlineData("src/Lib/Thing.cs", "class Thing { int x; }\n")]
    [InlineData("src/Lib/Other.cs", "class Other { }\n")]
    [InlineData("Directory.Build.props", "<Project><PropertyGroup /></Project>\n")]
    public void A_changed_source_changes_the_version(string path, string content)
    {
        var before = Repository().LocalVersion("0.1.0");
        Write(path, content);

        Repository().LocalVersion("0.1.0").Should().NotBe(before);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private SourceRepository Repository() => SourceRepository.Find(root) ?? throw new InvalidOperationException("the fake repository is complete");

    private void Write(string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // every path here has a folder under root
        File.WriteAllText(path, content);
    }
}
