namespace MonitorsAsCode.Cli.Tests;

/// <summary>The repository checkout the tests run in: the nearest folder above the test assembly holding MonitorsAsCode.sln.</summary>
internal static class RepositoryRoot
{
    public static string FullPath => RepositoryCheckout.Root;

    /// <summary>The worked example's definitions folder, as an absolute path.</summary>
    public static string FraudScoring { get; } = Path.Combine(FullPath, "monitors", "fraud-scoring");
}
