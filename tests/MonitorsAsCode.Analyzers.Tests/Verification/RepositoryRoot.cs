namespace MonitorsAsCode.Analyzers.Tests.Verification;

/// <summary>The folder that holds <c>MonitorsAsCode.sln</c>, found from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path => RepositoryCheckout.Root;
}
