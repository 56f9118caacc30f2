using MonitorsAsCode.Cli.Commands;
using MonitorsAsCode.Cli.Tests.EndToEnd;
using MonitorsAsCode.Testing;

namespace MonitorsAsCode.Cli.Tests.Documentation;

/// <summary>
/// Every command shown in the README and in docs/ (<c>sh</c> and <c>console</c> blocks) still works as documented:
/// each <c>monitors</c> command parses, those that only read the worked example run in a copy of it (a git
/// repository whose last commit loosens a threshold, for <c>monitors diff</c>) and exit with the code their comment
/// documents (<c># exits 1</c>; 0 otherwise), and the projects and files other commands name exist.
/// </summary>
public sealed class DocumentedCommandsTests
{
    private static readonly IReadOnlyList<DocumentedCommand> Commands = DocumentedCommand.All(RepositoryCheckout.Root);

    [Fact]
    public void The_readme_shows_the_two_commands_and_the_docs_show_monitors_commands()
    {
        var readme = Commands.Where(c => c.File == "README.md").Select(c => c.Text).ToList();

        readme.Should().Contain(DocumentedCommand.FromClone + " run monitors/fraud-scoring").And.Contain("dotnet test MonitorsAsCode.sln");
        Commands.Count(c => c.IsMonitors).Should().BeGreaterThan(10, "the reference pages show the commands they describe");
    }

    [Fact]
    public void Every_documented_monitors_command_parses()
    {
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, OutIsTerminal: false, ErrorIsTerminal: false);
        var problems = new List<string>();
        foreach (var command in Commands.Where(c => c.IsMonitors))
        {
            var parsed = MonitorsCli.CreateRoot(environment).Parse(command.MonitorsArguments);
            problems.AddRange(parsed.Errors.Select(e => $"{command}: {e.Message}"));
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task Documented_monitors_commands_exit_with_the_documented_code_on_the_worked_example()
    {
        using var repository = WorkedExampleRepository();
        var failures = new List<string>();
        var ran = 0;
        foreach (var command in Commands.Where(c => c.IsMonitors && WhyOnlyParsed(c) is null).DistinctBy(c => c.Text))
        {
            var start = DotnetProcess.Start(repository.Root, [MonitorsProcess.EntryAssembly, .. command.MonitorsArguments]);
            var (exitCode, _, error) = await DotnetProcess.RunAsync(start, TimeSpan.FromMinutes(5), command.Text);
            ran++;
            if (exitCode != command.ExpectedExitCode)
            {
                failures.Add($"{command}: exited {exitCode}, the docs say {command.ExpectedExitCode}; standard error: {string.Join(" | ", error.Split('\n').Take(5))}");
            }
        }

        failures.Should().BeEmpty();
        ran.Should().BeGreaterThan(5, "most documented commands run on the worked example");
    }

    [Fact]
    public void Commands_that_are_only_parsed_are_the_ones_that_build_pack_or_write_outside_the_example()
    {
        // So a command cannot slip out of the run above unnoticed: each one left to parsing says why.
        var reasons = Commands.Where(c => c.IsMonitors).Select(WhyOnlyParsed).OfType<string>().Distinct().Order(StringComparer.Ordinal);

        reasons.Should().BeSubsetOf(["builds a project", "loads an assembly built by the solution", "packs the packages (minutes)", "writes outside the example"]);
    }

    [Fact]
    public void Projects_and_files_named_by_other_documented_commands_exist()
    {
        var missing = new List<string>();
        foreach (var command in Commands.Where(c => !c.IsMonitors))
        {
            foreach (var word in command.Words)
            {
                if (IsRepositoryPath(word) && !File.Exists(RepositoryPath(word)) && !Directory.Exists(RepositoryPath(word)))
                {
                    missing.Add($"{command}: {word}");
                }
            }
        }

        missing.Should().BeEmpty();
    }

    /// <summary>Why a documented <c>monitors</c> command is parsed rather than run here, or null when it runs.</summary>
    private static string? WhyOnlyParsed(DocumentedCommand command)
    {
        var arguments = command.MonitorsArguments;
        if (arguments.Contains("--build"))
        {
            return "builds a project";
        }

        if (arguments.Contains("--assembly"))
        {
            return "loads an assembly built by the solution";
        }

        if (arguments.FirstOrDefault() == "init")
        {
            return "packs the packages (minutes)";
        }

        return arguments.Any(a => a.StartsWith('/') || a.StartsWith("..", StringComparison.Ordinal)) ? "writes outside the example" : null;
    }

    private static bool IsRepositoryPath(string word) =>
        (word.StartsWith("src/", StringComparison.Ordinal) || word.StartsWith("tests/", StringComparison.Ordinal)
            || word.StartsWith("monitors/", StringComparison.Ordinal) || word.StartsWith("tools/", StringComparison.Ordinal))
        && !word.Contains("/bin/", StringComparison.Ordinal);

    private static string RepositoryPath(string word) => Path.Combine(RepositoryCheckout.Root, word.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// The worked example (YAML and C#) in a fresh git repository of two commits, the second loosening
    /// txn-sum-30d-drift's fail threshold, with <c>origin/main</c> at the first: what the docs' diff commands compare.
    /// </summary>
    private static GitRepositoryFolder WorkedExampleRepository()
    {
        var repository = GitRepositoryFolder.Create();
        Copy(Path.Combine(RepositoryCheckout.Root, "monitors", "fraud-scoring"), repository.PathOf("monitors/fraud-scoring"));
        Copy(Path.Combine(RepositoryCheckout.Root, "monitors", "fraud-scoring-csharp"), repository.PathOf("monitors/fraud-scoring-csharp"));
        repository.Commit("worked example");
        var monitors = repository.PathOf("monitors/fraud-scoring/monitors.yaml");
        var text = File.ReadAllText(monitors);
        var drift = text.IndexOf("- id: txn-sum-30d-drift", StringComparison.Ordinal);
        var fail = text.IndexOf("fail: 0.25", drift, StringComparison.Ordinal);
        (drift >= 0 && fail > drift).Should().BeTrue("the worked example's txn-sum-30d-drift has fail: 0.25");
        File.WriteAllText(monitors, text[..fail] + "fail: 0.5" + text[(fail + "fail: 0.25".Length)..]);
        repository.Commit("loosen txn-sum-30d-drift");
        repository.Git("update-ref", "refs/remotes/origin/main", "HEAD~1");
        return repository;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!); // a file's path always has a folder
            File.Copy(file, target);
        }
    }
}
