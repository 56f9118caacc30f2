namespace MonitorsAsCode.Xunit.Tests;

/// <summary>The repository checkout the tests run in: the nearest folder above the test assembly holding MonitorsAsCode.sln.</summary>
internal static class RepositoryRoot
{
    public static string FullPath => RepositoryCheckout.Root;
}
