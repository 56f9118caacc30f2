namespace MonitorsAsCode.Testing;

/// <summary>The repository checkout the tests run in: the nearest folder above the test assembly that holds <c>MonitorsAsCode.sln</c>.</summary>
internal static class RepositoryCheckout
{
    private static readonly Lazy<string> Found = new(Find);

    /// <summary>The absolute path of the checkout's top folder.</summary>
    /// <exception cref="DirectoryNotFoundException">No folder above the test assembly holds the solution.</exception>
    public static string Root => Found.Value;

    /// <summary>A path inside the checkout, from its parts: <c>Path("monitors", "fraud-scoring")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The worked example's definitions folder, as an absolute path.</summary>
    public static string FraudScoring => Path("monitors", "fraud-scoring");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MonitorsAsCode.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no folder above '{AppContext.BaseDirectory}' holds MonitorsAsCode.sln");
    }
}
