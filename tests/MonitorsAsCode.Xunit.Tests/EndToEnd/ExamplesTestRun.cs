namespace MonitorsAsCode.Xunit.Tests.EndToEnd;

/// <summary>
/// Runs <c>dotnet test tests/MonitorsAsCode.Examples.Tests</c> the ways the README shows, once for
/// all the tests that read the outcomes: listing (which restores and builds), listing with a trait
/// filter, a display-name filter with a TRX log, and the whole suite with a TRX log.
/// </summary>
public sealed class ExamplesTestRun : IAsyncLifetime
{
    public const string Project = "tests/MonitorsAsCode.Examples.Tests";

    private readonly DirectoryInfo results = Directory.CreateTempSubdirectory("mac-examples-");

    public ProcessOutcome List { get; private set; } = null!;

    public ProcessOutcome ListActSeverity { get; private set; } = null!;

    public ProcessOutcome Filtered { get; private set; } = null!;

    public ProcessOutcome All { get; private set; } = null!;

    public IReadOnlyList<TrxResult> FilteredResults { get; private set; } = [];

    public IReadOnlyList<TrxResult> AllResults { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var configuration = new[] { "-c", DotnetTest.Configuration, "--disable-build-servers" };

        // Restore and build happen here, on a fresh clone too; later runs reuse the build.
        List = await DotnetTest.RunAsync([Project, .. configuration, "--list-tests"]);
        ListActSeverity = await DotnetTest.RunAsync([Project, .. configuration, "--no-build", "--list-tests", "--filter", "severity=act"]);
        Filtered = await DotnetTest.RunAsync([Project, .. configuration, "--no-build", "--filter", "DisplayName=amount-drift", "--logger", "trx;LogFileName=filtered.trx", "--results-directory", results.FullName]);
        All = await DotnetTest.RunAsync([Project, .. configuration, "--no-build", "--logger", "trx;LogFileName=all.trx", "--results-directory", results.FullName]);
        FilteredResults = ReadIfPresent("filtered.trx");
        AllResults = ReadIfPresent("all.trx");
    }

    public Task DisposeAsync()
    {
        results.Delete(recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The test names a <c>--list-tests</c> run printed, in order.</summary>
    public static IReadOnlyList<string> Listed(ProcessOutcome outcome)
    {
        var lines = outcome.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(line => line.StartsWith("The following Tests are available:", StringComparison.Ordinal));
        return header < 0 ? [] : [.. lines.Skip(header + 1).Where(line => line.StartsWith("    ", StringComparison.Ordinal)).Select(line => line.Trim())];
    }

    private IReadOnlyList<TrxResult> ReadIfPresent(string name)
    {
        var path = Path.Combine(results.FullName, name);
        return File.Exists(path) ? TrxResult.Read(path) : [];
    }
}
