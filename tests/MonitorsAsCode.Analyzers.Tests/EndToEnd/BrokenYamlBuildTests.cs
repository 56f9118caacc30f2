using System.Diagnostics;
using MonitorsAsCode.Analyzers.Tests.Verification;

namespace MonitorsAsCode.Analyzers.Tests.EndToEnd;

/// <summary>
/// Drives a real <c>dotnet build</c> of a project in a temporary folder that holds its monitors as YAML
/// AdditionalFiles and references the analyzer as this repository's projects do: a broken monitor fails
/// the build with <c>file(line,col): error MACxxxx</c>, and the fixed one builds.
/// </summary>
public sealed class BrokenYamlBuildTests : IDisposable
{
    private const string Monitors = """
        datasets:
          - id: fraud-scoring
            snapshots: { reference: data/reference.csv, current: data/current.csv }
            columns:
              amount: { type: double }
        monitors:
          - id: amount-drift
            dataset: fraud-scoring
            check: drift
            column: amount
            warn: 0.25
            fail: 0.1
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("monitors-build-").FullName;

    [Fact]
    public void Building_a_project_with_a_broken_yaml_monitor_fails_at_the_yaml_line_and_column()
    {
        WriteProject(Monitors);

        var (exitCode, output) = Build();

        exitCode.Should().NotBe(0, output);
        output.Should().Contain(Path.Combine(directory, "monitors.yaml") + "(11,11): error MAC0009: monitor 'amount-drift': warn (0.25) must be less strict than fail (0.1)");
        output.Should().NotContain("AD0001").And.NotContain("CS8032", "the analyzer and the assemblies it loads are found");
    }

    [Fact]
    public void Building_the_fixed_project_succeeds()
    {
        WriteProject(Monitors.Replace("warn: 0.25", "warn: 0.05", StringComparison.Ordinal));

        var (exitCode, output) = Build();

        exitCode.Should().Be(0, output);
        output.Should().NotContain("MAC0");
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private void WriteProject(string monitors)
    {
        var analyzer = Path.Combine(RepositoryCheckout.Root, "src", "MonitorsAsCode.Analyzers", "MonitorsAsCode.Analyzers.csproj");
        File.WriteAllText(Path.Combine(directory, "Monitors.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{analyzer}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="monitors.yaml" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Placeholder.cs"), "internal static class Placeholder\n{\n}\n");
        File.WriteAllText(Path.Combine(directory, "monitors.yaml"), monitors);
    }

    private (int ExitCode, string Output) Build()
    {
        // The analyzer project is built already (this test project depends on it): do not rebuild it from
        // here, and leave no build server or node running once the build is done.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "build", "--no-dependencies", "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!; // "dotnet" is on the PATH of any machine that runs these tests
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult());
    }
}
