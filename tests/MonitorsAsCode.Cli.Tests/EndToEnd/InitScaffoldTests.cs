using System.IO.Compression;
using System.Xml.Linq;

namespace MonitorsAsCode.Cli.Tests.EndToEnd;

/// <summary>
/// The project <c>monitors init</c> makes, driven with the real <c>dotnet</c> on a machine that has only the SDK
/// and this repository: it restores from the packages init packed, builds with the analyzer on and no warning,
/// runs its monitors under <c>dotnet test</c>, and fails <c>dotnet build</c> at the exact file, line and column
/// of a broken YAML threshold.
/// </summary>
public sealed class InitScaffoldTests(InitScaffoldFixture scaffold) : IClassFixture<InitScaffoldFixture>
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    [Fact]
    public void Init_packs_the_packages_into_the_project_and_says_so()
    {
        scaffold.Init.ExitCode.Should().Be(0, scaffold.Init.ToString());

        var packages = System.IO.Directory.GetFiles(Path.Combine(scaffold.Directory, "packages"), "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        packages.Should().HaveCount(5, scaffold.Init.ToString()).And.AllSatisfy(name => name.Should().MatchRegex(@"^MonitorsAsCode(\.[A-Za-z]+)?\.0\.1\.0-local-[0-9a-f]{12}\.nupkg$"));
        scaffold.Init.Output.Should().Contain("not published yet").And.Contain("nuget.config lists as a package source");
        File.ReadAllText(Path.Combine(scaffold.Directory, "nuget.config")).Should().Contain("<add key=\"monitors-local\" value=\"packages\" />");
    }

    [Fact]
    public void The_MonitorsAsCode_package_carries_the_library_the_analyzer_and_the_yaml_targets()
    {
        scaffold.Init.ExitCode.Should().Be(0, scaffold.Init.ToString());
        var package = System.IO.Directory.GetFiles(Path.Combine(scaffold.Directory, "packages"), "MonitorsAsCode.0.*.nupkg").Single();

        using var zip = ZipFile.OpenRead(package);
        zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("lib/", StringComparison.Ordinal) || n.StartsWith("analyzers/", StringComparison.Ordinal) || n.StartsWith("build", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Should().Equal(
                "analyzers/dotnet/cs/MonitorsAsCode.Analyzers.dll",
                "analyzers/dotnet/cs/MonitorsAsCode.Definitions.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/MonitorsAsCode.targets",
                "buildTransitive/MonitorsAsCode.targets",
                "lib/net10.0/MonitorsAsCode.Definitions.dll",
                "lib/net10.0/MonitorsAsCode.Definitions.xml",
                "lib/netstandard2.0/MonitorsAsCode.Definitions.dll",
                "lib/netstandard2.0/MonitorsAsCode.Definitions.xml");
    }

    [Fact]
    public async Task The_scaffold_builds_with_the_analyzer_and_no_warning()
    {
        scaffold.Init.ExitCode.Should().Be(0, scaffold.Init.ToString());

        var build = await DotnetCommand.RunAsync(scaffold.Directory, "build", "--disable-build-servers", "-tl:off");

        build.ExitCode.Should().Be(0, build.ToString());
        build.All.Should().Contain("0 Warning(s)", build.ToString());
        build.All.Should().NotContain("MAC0").And.NotContain("AD0001").And.NotContain("CS8032");
        var assets = File.ReadAllText(Path.Combine(scaffold.Directory, "obj", "project.assets.json"));
        assets.Should().Contain("analyzers/dotnet/cs/MonitorsAsCode.Analyzers.dll", "the one MonitorsAsCode reference brings the analyzer");
    }

    [Fact]
    public async Task Dotnet_test_runs_every_monitor_of_the_scaffold_and_they_pass()
    {
        scaffold.Init.ExitCode.Should().Be(0, scaffold.Init.ToString());

        var test = await DotnetCommand.RunAsync(scaffold.Directory, "test", "--disable-build-servers", "-tl:off", "--logger", "trx;LogFileName=monitors.trx");

        test.ExitCode.Should().Be(0, test.ToString());
        var trx = XDocument.Load(Path.Combine(scaffold.Directory, "TestResults", "monitors.trx"));
        var results = trx.Descendants(Trx + "UnitTestResult")
            .Select(r => $"{(string?)r.Attribute("testName")}: {(string?)r.Attribute("outcome")}")
            .Order(StringComparer.Ordinal);
        results.Should().Equal(
            [
                "customer-id-uniqueness: Passed",
                "monthly-spend-completeness: Passed",
                "monthly-spend-drift: Passed",
                "plan-validity: Passed",
            ],
            test.ToString());
    }

    [Fact]
    public async Task The_yaml_deploy_gate_selects_its_yaml_and_csharp_monitors_as_a_trait()
    {
        scaffold.Init.ExitCode.Should().Be(0, scaffold.Init.ToString());

        var list = await DotnetCommand.RunAsync(scaffold.Directory, "test", "--disable-build-servers", "-tl:off", "--list-tests", "--filter", "gate=deploy");

        list.ExitCode.Should().Be(0, list.ToString());
        var lines = list.All.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(line => line.StartsWith("The following Tests are available:", StringComparison.Ordinal));
        header.Should().BeGreaterThan(-1, list.ToString());
        lines.Skip(header + 1).Where(line => line.StartsWith("    ", StringComparison.Ordinal)).Select(line => line.Trim()).Order(StringComparer.Ordinal)
            .Should().Equal(["customer-id-uniqueness", "monthly-spend-completeness", "monthly-spend-drift", "plan-validity"], list.ToString());
    }

    [Fact]
    public async Task A_broken_yaml_threshold_fails_the_build_at_its_file_line_and_column()
    {
        scaffold.Init.ExitCode.Should().Be(0, scaffold.Init.ToString());
        var project = CopyWithoutBuildOutput(scaffold.Directory, scaffold.NewFolder("broken"));
        var monitors = Path.Combine(project, "monitors", "monitors.yaml");
        var lines = File.ReadAllText(monitors).Split('\n');
        var index = Array.FindIndex(lines, line => line.TrimStart().StartsWith("warn: 0.01", StringComparison.Ordinal));
        index.Should().BeGreaterThan(0, "the completeness monitor's warn threshold is in the scaffold");
        lines[index] = lines[index].Replace("warn: 0.01", "warn: 25", StringComparison.Ordinal);
        File.WriteAllText(monitors, string.Join('\n', lines));
        var column = lines[index].IndexOf("25", StringComparison.Ordinal) + 1;

        var build = await DotnetCommand.RunAsync(project, "build", "--disable-build-servers", "-tl:off");

        build.ExitCode.Should().NotBe(0, build.ToString());
        build.All.Should().Contain(
            $"{monitors}({index + 1},{column}): error MAC0008: monitor 'monthly-spend-completeness': warn 25 is outside what its null share can take",
            build.ToString());
        build.All.Should().NotContain("AD0001");
    }

    private static string CopyWithoutBuildOutput(string source, string destination)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj" or "TestResults")
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!); // a file's path has a folder under the destination
            File.Copy(file, target);
        }

        return destination;
    }
}
