namespace MonitorsAsCode.Rendering.Tests;

/// <summary>The repository checkout the tests run in: the nearest folder above the test assembly holding MonitorsAsCode.sln.</summary>
internal static class RepositoryRoot
{
    public static string FullPath => RepositoryCheckout.Root;

    /// <summary>The worked example's definitions folder.</summary>
    public static string FraudScoring { get; } = Path.Combine(FullPath, "monitors", "fraud-scoring");

    /// <summary>The committed golden files of the worked example's generated output.</summary>
    public static string Golden { get; } = Path.Combine(FullPath, "tests", "MonitorsAsCode.Rendering.Tests", "Golden");
}
