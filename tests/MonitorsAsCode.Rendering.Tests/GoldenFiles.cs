namespace MonitorsAsCode.Rendering.Tests;

/// <summary>The committed golden files of the worked example's generated output.</summary>
internal static class GoldenFiles
{
    /// <summary>The folder that holds them, as an absolute path.</summary>
    public static string Folder { get; } = RepositoryCheckout.Path("tests", "MonitorsAsCode.Rendering.Tests", "Golden");
}
