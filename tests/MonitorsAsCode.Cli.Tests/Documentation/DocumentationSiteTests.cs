using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MonitorsAsCode.Cli.Tests.Documentation;

/// <summary>
/// The docs build as a site: <c>mkdocs build --strict</c> over mkdocs.yml, so a link to a page that does not exist
/// fails the tests, and every page under docs/ is in the navigation.
/// </summary>
public sealed partial class DocumentationSiteTests
{
    private const string Install = "apt-get install -y mkdocs";

    [Fact]
    public async Task The_docs_build_with_mkdocs_strict()
    {
        var mkdocs = FindOnPath("mkdocs");
        mkdocs.Should().NotBeNull($"the docs are checked with Debian's mkdocs, which is not installed: run '{Install}' (as root; .ci/run does it)");

        var site = Directory.CreateTempSubdirectory("mac-site-");
        try
        {
            var start = new ProcessStartInfo(mkdocs!) // checked just above
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = RepositoryCheckout.Root,
            };
            foreach (var argument in new[] { "build", "--strict", "--config-file", Path.Combine(RepositoryCheckout.Root, "mkdocs.yml"), "--site-dir", site.FullName })
            {
                start.ArgumentList.Add(argument);
            }

            var (exitCode, output, error) = await MonitorsAsCode.Testing.DotnetProcess.RunAsync(start, TimeSpan.FromMinutes(5), "mkdocs build --strict");

            exitCode.Should().Be(0, $"mkdocs build --strict must pass:\n{output}{error}");
            File.Exists(Path.Combine(site.FullName, "rules", "MAC0009", "index.html")).Should().BeTrue("analyzer help links point at <docs_url>/rules/MAC0009/");
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_page_under_docs_is_in_the_navigation()
    {
        var nav = NavEntry().Matches(File.ReadAllText(Path.Combine(RepositoryCheckout.Root, "mkdocs.yml"))).Select(m => m.Groups["page"].Value).ToHashSet(StringComparer.Ordinal);
        var docs = Path.Combine(RepositoryCheckout.Root, "docs");
        var pages = Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(docs, p).Replace('\\', '/'));

        pages.Should().OnlyContain(page => nav.Contains(page));
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"^\s*-\s*(?:[^:\n]+:\s*)?(?<page>[A-Za-z0-9_/.-]+\.md)\s*$", RegexOptions.Multiline)]
    private static partial Regex NavEntry();
}
