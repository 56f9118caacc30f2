namespace MonitorsAsCode.Cli.Tests.EndToEnd;

/// <summary>
/// Runs the real <c>monitors init</c> once, into a new temporary folder, for every test of
/// <see cref="InitScaffoldTests"/>: it packs this repository's packages, which takes minutes. A failed init is
/// kept as its outcome rather than thrown, so each test fails with init's own output.
/// </summary>
public sealed class InitScaffoldFixture : IAsyncLifetime
{
    private readonly string root = System.IO.Directory.CreateTempSubdirectory("monitors-init-e2e-").FullName;

    /// <summary>The scaffolded project's folder.</summary>
    public string Directory => Path.Combine(root, "churn-monitors");

    /// <summary>The project name init derives from the folder name.</summary>
    public string ProjectName => "ChurnMonitors";

    /// <summary>How <c>monitors init</c> ended.</summary>
    internal DotnetOutcome Init { get; private set; } = new("monitors init (not run)", -1, string.Empty, string.Empty);

    /// <summary>A new temporary folder under the fixture's, removed with it.</summary>
    public string NewFolder(string name)
    {
        var folder = Path.Combine(root, name);
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        File.Exists(MonitorsProcess.EntryAssembly).Should().BeTrue("the Cli project's output is copied next to the tests as monitors.dll");
        Init = await DotnetCommand.RunAsync(root, MonitorsProcess.EntryAssembly, "init", "churn-monitors");
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        try
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder does not change any test's verdict.
        }

        return Task.CompletedTask;
    }
}
