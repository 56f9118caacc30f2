namespace MonitorsAsCode.Cli.Tests.Repository;

/// <summary>
/// The test command's check for the programs the tests need beyond the SDK (tests/test-tools.sh, run by
/// Directory.Solution.targets before anything builds): on a machine without one, and where it may not install it,
/// the whole test command stops with one line naming the command that installs it, not with a failing test per use.
/// The machine is simulated by a PATH without promtool: a folder linking every other program of the real PATH.
/// </summary>
public sealed class TestToolsTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly string bin = Directory.CreateTempSubdirectory("mac-path-").FullName;

    public TestToolsTests()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var program in Directory.EnumerateFiles(folder))
            {
                var link = Path.Combine(bin, Path.GetFileName(program));
                if (Path.GetFileName(program) != "promtool" && !File.Exists(link))
                {
                    File.CreateSymbolicLink(link, program);
                }
            }
        }
    }

    [Fact]
    public async Task The_script_names_the_missing_program_and_the_command_that_installs_it_in_one_line()
    {
        var (exitCode, output, error) = await Run("bash", RepositoryCheckout.Path("tests", "test-tools.sh"), "promtool", "chromium");

        exitCode.Should().Be(1, error);
        output.TrimEnd('\n').Split('\n').Should().ContainSingle().Which.Should()
            .StartWith("error: the tests need promtool (Prometheus rule tests), missing on this machine; install with: ")
            .And.EndWith("apt-get install -y --no-install-recommends prometheus");
    }

    [Fact]
    public async Task The_script_is_silent_when_everything_is_there()
    {
        var (exitCode, output, error) = await Run("bash", RepositoryCheckout.Path("tests", "test-tools.sh"), "icu", "chromium");

        exitCode.Should().Be(0, error);
        (output + error).Should().BeEmpty();
    }

    [Fact]
    public async Task The_solution_test_command_stops_before_building_with_that_one_line_as_its_only_error()
    {
        // The solution's check target on its own: what `dotnet test MonitorsAsCode.sln` runs before VSTest.
        var (exitCode, output, error) = await Run(DotnetProcess.Host(), "msbuild", RepositoryCheckout.Path("MonitorsAsCode.sln"), "-nologo", "-t:CheckTestTools", "-v:m", "-tl:off");

        exitCode.Should().NotBe(0);
        var errors = (output + error).Split('\n').Where(line => line.Contains(": error", StringComparison.Ordinal)).Distinct().ToList();
        errors.Should().ContainSingle("one line, not a scattering: {0}", output + error).Which.Should()
            .Contain("error : the tests need promtool").And.Contain("apt-get install -y --no-install-recommends prometheus");
    }

    public void Dispose() => Directory.Delete(bin, recursive: true);

    /// <summary>Runs a program with the PATH that lacks promtool, checking only (never installing).</summary>
    private async Task<(int ExitCode, string Output, string Error)> Run(string program, params string[] arguments)
    {
        var start = DotnetProcess.Start(RepositoryCheckout.Root, arguments);
        start.FileName = program;
        start.Environment["PATH"] = bin;
        start.Environment["MONITORS_TEST_TOOLS_INSTALL"] = "0";
        return await DotnetProcess.RunAsync(start, Timeout, program);
    }
}
