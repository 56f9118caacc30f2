using System.Reflection;

namespace MonitorsAsCode.Xunit.Tests.EndToEnd;

/// <summary>
/// Runs <c>dotnet test</c> as a child process in the repository root, as a person would type it,
/// with this run's build configuration. Its output is captured, never echoed, so the summary lines
/// of the child's deliberately failing run cannot be mistaken for this run's.
/// </summary>
internal static class DotnetTest
{
    /// <summary>Longest a child may take, restore and build included.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The configuration this test assembly was built in, so the child reuses its build outputs.</summary>
    public static string Configuration { get; } =
        typeof(DotnetTest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Runs <c>dotnet test</c> with <paramref name="args"/>.</summary>
    public static async Task<ProcessOutcome> RunAsync(params string[] args)
    {
        var start = DotnetProcess.Start(RepositoryCheckout.Root, ["test", .. args]);
        var command = "dotnet test " + string.Join(' ', args);
        var (exitCode, output, error) = await DotnetProcess.RunAsync(start, Timeout, command);
        return new ProcessOutcome(command, exitCode, output, error);
    }
}
