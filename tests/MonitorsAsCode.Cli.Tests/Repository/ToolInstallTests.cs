using System.Text.RegularExpressions;
using MonitorsAsCode.Cli.Tests.Documentation;

namespace MonitorsAsCode.Cli.Tests.Repository;

/// <summary>
/// The README's install story, run as written on a fresh repository: its <c>dotnet pack</c> and
/// <c>dotnet tool install</c> lines install the build of the current commit, and after one more commit the same pack
/// line and its <c>dotnet tool update</c> line take the newer build. A small tool project under src/ stands in for the
/// CLI (with the checkout's build files, so versions come from git as they do for the CLI), which packs in seconds
/// where the CLI takes minutes; the tool goes to a folder of the test's (<c>--tool-path</c>) rather than the user's
/// PATH (<c>--global</c>). The repository has no tag, as this one has none yet: every build is a pre-release.
/// </summary>
public sealed partial class ToolInstallTests : IDisposable
{
    private const string PackageId = "MonitorsAsCode.InstallProbe";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly GitRepositoryFolder repository = GitRepositoryFolder.Create();

    public ToolInstallTests()
    {
        foreach (var file in (string[])["Directory.Build.props", "Directory.Packages.props", "THIRD-PARTY-NOTICES.md"])
        {
            repository.Write(file, File.ReadAllText(RepositoryCheckout.Path(file)));
        }

        // Only the folder the README packs into is a source, so nothing else can answer for the package.
        repository.Write("nuget.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");
        repository.Write("src/Probe/Probe.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <PackAsTool>true</PackAsTool>
                <ToolCommandName>install-probe</ToolCommandName>
                <PackageId>{PackageId}</PackageId>
              </PropertyGroup>
            </Project>

            """);
        repository.Write("src/Probe/Program.cs", "System.Console.WriteLine(\"probe\");\n");
        repository.Write("src/Probe/README.md", "# Probe\n");
        repository.Commit("a tool project");
    }

    [Fact]
    public async Task The_readme_install_lines_install_the_current_build_and_its_update_line_takes_a_newer_commit()
    {
        var (pack, install, update) = ReadmeCommands();

        await Run(pack);
        await Run(install);
        var installed = await InstalledVersion();

        repository.Write("src/Probe/Change.txt", "one more commit\n");
        repository.Commit("one more commit");
        await Run(pack);
        await Run(update);
        var updated = await InstalledVersion();

        installed.Should().Be("0.1.0-alpha.0", "the only commit of an untagged repository is a pre-release of 0.1.0");
        updated.Should().Be("0.1.0-alpha.0.1", "the next commit packs as a newer pre-release, which the update takes");
    }

    public void Dispose() => repository.Dispose();

    /// <summary>
    /// The README's pack and install lines (its sh block) and its update line (in the text after it), each with the
    /// stand-in project and package and the test's tool folder in place of the CLI and <c>--global</c>.
    /// </summary>
    private static (string[] Pack, string[] Install, string[] Update) ReadmeCommands()
    {
        var readme = File.ReadAllText(RepositoryCheckout.Path("README.md"));
        var commands = DocumentedCommand.In("README.md", readme).Select(c => c.Text).ToList();
        var pack = commands.Should().ContainSingle(c => c.StartsWith("dotnet pack src/MonitorsAsCode.Cli ", StringComparison.Ordinal)).Subject;
        var install = commands.Should().ContainSingle(c => c.StartsWith("dotnet tool install ", StringComparison.Ordinal)).Subject;
        var update = UpdateLine().Matches(readme).Should().ContainSingle().Subject.Groups["command"].Value;
        return (StandIn(pack), StandIn(install), StandIn(update));
    }

    /// <summary>The words after <c>dotnet</c>, the CLI's project and package swapped for the stand-in's, and <c>--global</c> for the test's tool folder.</summary>
    private static string[] StandIn(string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        words[0].Should().Be("dotnet");
        if (words[1] == "tool")
        {
            words.Should().Contain("--global", "the README installs for the user; the test installs into a folder of its own instead");
        }

        return words.Skip(1).SelectMany(word => word switch
        {
            "src/MonitorsAsCode.Cli" => ["src/Probe"],
            "MonitorsAsCode.Cli" => [PackageId],
            "--global" => ["--tool-path", "tools"],
            _ => new[] { word },
        }).ToArray();
    }

    private async Task Run(string[] arguments)
    {
        var (exitCode, output, error) = await DotnetProcess.RunAsync(DotnetProcess.Start(repository.Root, arguments), Timeout, "dotnet " + string.Join(' ', arguments));
        exitCode.Should().Be(0, "dotnet {0} must work as the README says; output: {1}{2}", string.Join(' ', arguments), output, error);
    }

    /// <summary>The version <c>dotnet tool list</c> shows for the stand-in in the test's tool folder.</summary>
    private async Task<string> InstalledVersion()
    {
        var (exitCode, output, error) = await DotnetProcess.RunAsync(DotnetProcess.Start(repository.Root, ["tool", "list", "--tool-path", "tools"]), Timeout, "dotnet tool list");
        exitCode.Should().Be(0, error);
        var row = output.Split('\n').Should().ContainSingle(line => line.StartsWith(PackageId.ToLowerInvariant() + " ", StringComparison.Ordinal)).Subject;
        return row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
    }

    [GeneratedRegex(@"`(?<command>dotnet tool update [^`]+)`")]
    private static partial Regex UpdateLine();
}
