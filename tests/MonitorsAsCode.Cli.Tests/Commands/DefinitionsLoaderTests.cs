namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// A pull request's definitions folder is untrusted: a <c>*.csproj</c> in it can run anything when built (an
/// MSBuild target). No command builds it unless <c>--build</c> is given; <c>validate</c> and <c>diff</c> never do.
/// The project here writes a marker file outside the folder as soon as MSBuild evaluates any target of it.
/// </summary>
public sealed class DefinitionsLoaderTests : IDisposable
{
    private readonly DefinitionsFolder outside = DefinitionsFolder.Empty();

    private string Marker => outside.PathOf("pwned.txt");

    public void Dispose() => outside.Dispose();

    [Fact]
    public void Validate_does_not_build_a_malicious_project_and_says_its_csharp_was_not_checked()
    {
        using var folder = OrdersWithMaliciousProject();

        var outcome = CommandLine.Run("validate", folder.FullPath);

        File.Exists(Marker).Should().BeFalse("validate must never build the folder's project");
        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.OutLines.Should().Equal("valid (YAML only; C# not checked): 1 dataset(s), 3 monitor(s), 1 gate(s) in 3 file(s)");
        outcome.ErrorLines.Should().Equal(
            $"warning: the C# definitions in '{folder.FullPath}' (Evil.cs, Evil.csproj) were not compiled or checked: validate never builds. "
            + "Only the YAML was validated, and ids it names that the C# may declare were not judged. Check the C# with 'dotnet build' "
            + "in a trusted job (the analyzer runs the same rules), or pass --assembly PATH.dll to load an assembly your own build produced.");
    }

    [Fact]
    public void Validate_has_no_build_option()
    {
        using var folder = OrdersWithMaliciousProject();

        var outcome = CommandLine.Run("validate", folder.FullPath, "--build");

        File.Exists(Marker).Should().BeFalse();
        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("--build");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("render", "--out", "{out}")]
    [InlineData("slo", "rules", "{dir}", "--out", "{out}")]
    public void Commands_that_may_build_refuse_csharp_they_were_not_asked_to_build_and_never_run_it(params string[] command)
    {
        using var folder = OrdersWithMaliciousProject();
        var output = outside.PathOf("out");
        var args = command.Contains("{dir}")
            ? command.Select(a => a.Replace("{dir}", folder.FullPath, StringComparison.Ordinal).Replace("{out}", output, StringComparison.Ordinal)).ToArray()
            : [command[0], folder.FullPath, .. command.Skip(1).Select(a => a.Replace("{out}", output, StringComparison.Ordinal))];

        var outcome = CommandLine.Run(args);

        File.Exists(Marker).Should().BeFalse($"'{command[0]}' without --build must not build the folder's project");
        Directory.Exists(output).Should().BeFalse("nothing is written when the definitions were refused");
        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().StartWith($"error: '{folder.FullPath}' holds C# definitions (Evil.cs, Evil.csproj) that were not built")
            .And.Contain("pass --build to build its *.csproj on a trusted checkout, or --assembly PATH.dll");
    }

    [Fact]
    public void Diff_does_not_build_a_malicious_project()
    {
        using var repository = GitRepositoryFolder.Create();
        repository.Write("monitors/orders/datasets.yaml", DefinitionsFolder.DatasetsYaml);
        repository.Write("monitors/orders/monitors.yaml", DefinitionsFolder.MonitorsYaml);
        repository.Commit("Definitions");
        repository.Write("monitors/orders/Evil.csproj", MaliciousProject);
        repository.Commit("A project that runs code when built");

        var outcome = CommandLine.Run("diff", repository.PathOf("monitors/orders"), "HEAD~1", "HEAD");

        File.Exists(Marker).Should().BeFalse("diff must never build the folder's project");
        outcome.Error.Should().NotContain("building");
    }

    [Fact]
    public void Build_is_what_runs_the_project_so_the_marker_proves_the_other_tests()
    {
        using var folder = OrdersWithMaliciousProject();

        var outcome = CommandLine.Run("slo", "rules", folder.FullPath, "--build", "--out", outside.PathOf("out"));

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.ErrorLines[0].Should().Be("building Evil.csproj to load its MonitorSets (--build: this runs the project's code)");
        File.Exists(Marker).Should().BeTrue("--build asked for the project to be built, and building runs its targets");
    }

    [Fact]
    public void Build_and_no_build_together_are_a_usage_error()
    {
        using var folder = OrdersWithMaliciousProject();

        var outcome = CommandLine.Run("run", folder.FullPath, "--build", "--no-build");

        File.Exists(Marker).Should().BeFalse();
        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Be("error: --build and --no-build contradict each other; give one\n");
    }

    [Fact]
    public void A_yaml_only_folder_runs_as_before_without_build()
    {
        using var folder = DefinitionsFolder.Orders();

        var outcome = CommandLine.Run("run", folder.FullPath, "--no-build");

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        outcome.Error.Should().BeEmpty();
    }

    private string MaliciousProject => $"""
        <Project Sdk="Microsoft.NET.Sdk" InitialTargets="WriteMarker">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
          <Target Name="WriteMarker">
            <WriteLinesToFile File="{Marker}" Lines="this project's code ran" Overwrite="true" />
          </Target>
        </Project>
        """;

    private DefinitionsFolder OrdersWithMaliciousProject()
    {
        var folder = DefinitionsFolder.Orders();
        folder.Write("Evil.csproj", MaliciousProject);
        folder.Write("Evil.cs", "namespace Evil;\n\npublic static class Nothing\n{\n}\n");
        return folder;
    }
}
