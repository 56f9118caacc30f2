namespace MonitorsAsCode.Rendering.Tests;

/// <summary>The repository checkout the tests run in: the nearest folder above the test assembly holding MonitorsAsCode.sln.</summary>
internal static class RepositoryRoot
{
    public static string FullPath { get; } = Find();

    /// <summary>The worked example's definitions folder.</summary>
    public static string FraudScoring { get; } = Path.Combine(FullPath, "monitors", "fraud-scoring");

    /// <summary>The committed golden files of the worked example's generated output.</summary>
    public static string Golden { get; } = Path.Combine(FullPath, "tests", "MonitorsAsCode.Rendering.Tests", "Golden");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MonitorsAsCode.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above '{AppContext.BaseDirectory}' holds MonitorsAsCode.sln");
    }
}
