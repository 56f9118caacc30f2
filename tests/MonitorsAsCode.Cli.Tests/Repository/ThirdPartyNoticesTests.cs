using System.Text.Json;

namespace MonitorsAsCode.Cli.Tests.Repository;

/// <summary>
/// THIRD-PARTY-NOTICES.md names every package the <c>monitors</c> tool package carries: the packages the CLI restores
/// for its own target, read from its restore output (the build that runs these tests made it), so a dependency added
/// to any shipped project cannot ship without its notice.
/// </summary>
public sealed class ThirdPartyNoticesTests
{
    // Build-time only: versions from git tags, never copied into a package.
    private static readonly string[] BuildOnly = ["MinVer"];

    [Fact]
    public void Every_package_the_tool_ships_with_has_a_notice()
    {
        var assets = Path.Combine(RepositoryCheckout.Root, "src", "MonitorsAsCode.Cli", "obj", "project.assets.json");
        File.Exists(assets).Should().BeTrue("the test run builds the CLI, which restores it first");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        var packages = document.RootElement.GetProperty("targets").GetProperty("net10.0").EnumerateObject()
            .Where(entry => entry.Value.GetProperty("type").GetString() == "package")
            .Select(entry => entry.Name.Split('/')[0])
            .Where(name => !BuildOnly.Contains(name, StringComparer.Ordinal))
            .ToList();
        var notices = File.ReadAllText(Path.Combine(RepositoryCheckout.Root, "THIRD-PARTY-NOTICES.md"));
        var shipped = notices[..notices.IndexOf("## Used to build and test only", StringComparison.Ordinal)];

        packages.Should().Contain(["Npgsql", "Microsoft.Data.Sqlite", "Parquet.Net", "YamlDotNet"], "the CLI runs with them");
        packages.Where(name => !shipped.Contains(name, StringComparison.Ordinal)).Should().BeEmpty("every package the tool carries is listed under the packages it ships with");
    }
}
