using System.Text.RegularExpressions;
using MonitorsAsCode.Cli.Commands;
using MonitorsAsCode.Definitions.Building;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// C# definitions on the command line: <c>--assembly PATH.dll</c> loads the <c>MonitorSet</c>s of a built assembly
/// with the directory's YAML, and a directory holding one <c>*.csproj</c> is built and loaded only with <c>--build</c>.
/// The worked example's C# twin (<c>monitors/fraud-scoring-csharp</c>) is built once for the class.
/// </summary>
public sealed partial class AssemblyDefinitionsTests(AssemblyDefinitionsTests.TwinBuild twin) : IClassFixture<AssemblyDefinitionsTests.TwinBuild>
{
    private static string TwinDirectory => Path.Combine(RepositoryCheckout.Root, "monitors", "fraud-scoring-csharp");

    /// <summary>
    /// Where the twin's relative snapshot paths (<c>../fraud-scoring/data/…</c>) lead when its assembly is loaded with
    /// <paramref name="folder"/> as DIR: the folder's parent, named with --data-root so they are not MAC0024.
    /// </summary>
    private static string TwinDataBeside(DefinitionsFolder folder) => Path.GetDirectoryName(folder.FullPath)!; // a temporary folder always has a parent

    /// <summary>The YAML example, whose data and runbooks the twin reads from outside its own folder (MAC0024 without --data-root).</summary>
    private static string TwinData => Path.Combine(RepositoryCheckout.Root, "monitors", "fraud-scoring");

    [Fact]
    public void The_csharp_twin_run_from_its_assembly_gives_the_yaml_examples_verdicts_byte_for_byte()
    {
        var csharp = CommandLine.Run("run", TwinDirectory, "--data-root", TwinData, "--assembly", twin.AssemblyPath);
        var yaml = FraudScoringExample.Run();

        csharp.ExitCode.Should().Be(ExitCodes.Failed, csharp.Error);
        csharp.ExitCode.Should().Be(yaml.ExitCode);
        csharp.Out.Should().Contain("scoring-latency").And.Contain("device-type-completeness");
        csharp.Out.Should().Be(yaml.Out);
    }

    [Fact]
    public void The_deploy_gate_of_the_twin_judges_the_same_as_the_yamls()
    {
        var csharp = CommandLine.Run("run", TwinDirectory, "--data-root", TwinData, "--assembly", twin.AssemblyPath, "--gate", "deploy", "--format", "markdown");
        var yaml = FraudScoringExample.Run("--gate", "deploy", "--format", "markdown");

        csharp.ExitCode.Should().Be(yaml.ExitCode, csharp.Error);
        csharp.Out.Should().Be(yaml.Out);
    }

    [Fact]
    public void Build_builds_the_directorys_one_csproj_says_so_and_loads_its_sets()
    {
        using var folder = DefinitionsFolder.Empty();

        var outcome = CommandLine.Run("slo", "rules", TwinDirectory, "--build", "--data-root", TwinData, "--out", folder.PathOf("out"));

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.ErrorLines.Should().StartWith("building FraudScoring.Monitors.csproj to load its MonitorSets (--build: this runs the project's code)");
        outcome.OutLines[^1].Should().Be("3 SLO(s), 2 with Prometheus rules");
    }

    [Fact]
    public void Without_build_or_an_assembly_run_refuses_a_directory_of_csharp_and_says_how_to_opt_in()
    {
        var outcome = CommandLine.Run("run", TwinDirectory);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Be(
            $"error: '{TwinDirectory}' holds C# definitions (FraudScoring.Monitors.csproj, FraudScoringMonitors.cs) that were not built, so its MonitorSets were not loaded. "
            + "Building runs the project's own code (MSBuild targets, MonitorSets), so it is opt-in: pass --build to build its *.csproj "
            + "on a trusted checkout, or --assembly PATH.dll to load an assembly your own build produced\n");
    }

    [Fact]
    public void Validate_never_builds_and_says_the_csharp_was_not_checked()
    {
        var outcome = CommandLine.Run("validate", TwinDirectory);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Be(
            $"error: no *.yaml or *.yml definitions under '{TwinDirectory}'; its C# definitions (FraudScoring.Monitors.csproj, FraudScoringMonitors.cs) "
            + "were not checked: validate never builds, pass --assembly PATH.dll to load an assembly your own build produced\n");
    }

    [Fact]
    public void Validate_of_the_twin_from_its_assembly_checks_the_csharp()
    {
        var outcome = CommandLine.Run("validate", TwinDirectory, "--assembly", twin.AssemblyPath, "--data-root", TwinData);

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.Error.Should().BeEmpty();
        outcome.OutLines.Should().Equal("valid: 3 dataset(s), 21 monitor(s), 2 gate(s), 3 SLO(s) in 1 file(s)");
    }

    [Fact]
    public void A_yaml_monitor_whose_id_a_csharp_set_declares_too_is_a_duplicate_naming_both_places()
    {
        using var folder = DefinitionsFolder.Empty();
        var yaml = folder.Write("monitors.yaml", """
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: psi
                warn: 0.1
                fail: 0.25
            """);

        var outcome = CommandLine.Run("validate", folder.FullPath, "--assembly", twin.AssemblyPath, "--data-root", TwinDataBeside(folder), "--data-root", TwinData);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(
            @"^\S*/monitors/fraud-scoring-csharp/FraudScoringMonitors\.cs\([0-9]+,1\): error MAC0005: duplicate monitor id 'amount-drift' \(first declared at " + Regex.Escape(yaml) + @"\(2,5\)\) \[https://github\.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0005\.md]$");
        outcome.OutLines.Should().ContainSingle().Which.Should().Be("invalid: 1 error(s), 0 warning(s) in 3 dataset(s), 22 monitor(s), 2 gate(s), 3 SLO(s) in 2 file(s)");
    }

    [Fact]
    public void A_yaml_gate_whose_id_a_csharp_set_declares_too_is_reported_at_the_csharp_gate_call()
    {
        using var folder = DefinitionsFolder.Empty();
        var yaml = folder.Write("gates.yaml", "gates:\n  - { id: deploy, monitors: [amount-drift] }\n");
        var source = File.ReadAllLines(Path.Combine(TwinDirectory, "FraudScoringMonitors.cs"));
        var gateLine = Enumerable.Range(0, source.Length - 1)
            .Single(i => source[i].Trim() == "m.Gate(" && source[i + 1].Trim() == "\"deploy\",") + 1;

        var outcome = CommandLine.Run("validate", folder.FullPath, "--assembly", twin.AssemblyPath, "--data-root", TwinDataBeside(folder), "--data-root", TwinData);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines[0].Should().MatchRegex(
            @"^\S*/monitors/fraud-scoring-csharp/FraudScoringMonitors\.cs\(" + gateLine + @",1\): error MAC0005: duplicate gate id 'deploy' \(first declared at " + Regex.Escape(yaml) + @"\(2,5\)\) \[https://github\.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0005\.md]$");
    }

    [Fact]
    public void A_yaml_gate_may_name_monitors_of_the_assembly()
    {
        using var folder = DefinitionsFolder.Empty();
        folder.Write("gates.yaml", "gates:\n  - { id: release, monitors: [amount-drift, score-drift], slos: [scoring-latency] }\n");

        var outcome = CommandLine.Run("validate", folder.FullPath, "--assembly", twin.AssemblyPath, "--data-root", TwinDataBeside(folder), "--data-root", TwinData);

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Out);
        outcome.OutLines.Should().Equal("valid: 3 dataset(s), 21 monitor(s), 3 gate(s), 3 SLO(s) in 2 file(s)");
    }

    [Fact]
    public void Slo_rules_are_written_from_csharp_slos()
    {
        using var folder = DefinitionsFolder.Empty();
        var output = folder.PathOf("out");

        var outcome = CommandLine.Run("slo", "rules", TwinDirectory, "--data-root", TwinData, "--assembly", twin.AssemblyPath, "--out", output);

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        File.ReadAllText(Path.Combine(output, "prometheus-rules.yaml")).Should().Contain("scoring-latency").And.Contain("scoring-availability");
    }

    [Fact]
    public void A_missing_assembly_is_a_user_error_naming_it()
    {
        var outcome = CommandLine.Run("run", RepositoryCheckout.FraudScoring, "--assembly", "no/such/Monitors.dll");

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Be("error: --assembly 'no/such/Monitors.dll' does not exist; build the project that holds the MonitorSet classes and give its .dll\n");
    }

    [Fact]
    public void A_file_that_is_not_a_dotnet_assembly_is_a_user_error_naming_it()
    {
        using var folder = DefinitionsFolder.Empty();
        var bogus = folder.Write("Monitors.dll", "this is not a portable executable\n");

        var outcome = CommandLine.Run("validate", RepositoryCheckout.FraudScoring, "--assembly", bogus);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Be($"error: --assembly '{bogus}' is not a .NET assembly\n");
    }

    [Fact]
    public void A_monitor_set_whose_define_throws_is_a_user_error_naming_the_set_and_the_assembly()
    {
        var self = typeof(ThrowingMonitors).Assembly.Location;

        var outcome = CommandLine.Run("validate", RepositoryCheckout.FraudScoring, "--assembly", self);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Be($"error: MonitorSet '{typeof(ThrowingMonitors).FullName}' in '{self}' failed while declaring its definitions: the feature store is not reachable\n");
    }

    /// <summary>The only <see cref="MonitorSet"/> of this test assembly, which fails as a set reading its settings at definition time might.</summary>
    public sealed class ThrowingMonitors : MonitorSet
    {
        /// <inheritdoc />
        public override void Define(MonitorBuilder m) => throw new InvalidOperationException("the feature store is not reachable");
    }

    /// <summary>Builds the C# twin once, as the command does for a directory with a project.</summary>
    public sealed class TwinBuild
    {
        public TwinBuild()
        {
            AssemblyPath = MonitorsProjectBuild.Build(Path.Combine(TwinDirectory, "FraudScoring.Monitors.csproj"), TextWriter.Null);
        }

        /// <summary>The twin's built assembly.</summary>
        public string AssemblyPath { get; }
    }
}
