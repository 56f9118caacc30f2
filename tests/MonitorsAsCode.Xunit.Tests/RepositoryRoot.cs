namespace MonitorsAsCode.Xunit.Tests;

/// <summary>The repository checkout the tests run in: the nearest folder above the test assembly holding MonitorsAsCode.sln.</summary>
internal static class RepositoryRoot
{
    public static string FullPath { get; } = Find();

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
