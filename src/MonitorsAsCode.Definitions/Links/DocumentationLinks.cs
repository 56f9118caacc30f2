using System;

namespace MonitorsAsCode.Definitions.Links;

/// <summary>
/// Absolute links out of generated text: the page of a validation rule under a docs site, and a generated wiki page
/// under a team's wiki. A base is an absolute http or https address without a query or fragment, so a path can be
/// appended to it; a trailing slash is optional.
/// </summary>
public static class DocumentationLinks
{
    /// <summary>The YAML key of the docs site's base address.</summary>
    public const string DocsUrlKey = "docs_url";

    /// <summary>The YAML key of the wiki's base address.</summary>
    public const string RunbookBaseUrlKey = "runbook_base_url";

    /// <summary>
    /// Where rule pages are when a project names no docs site of its own: the Markdown sources under <c>docs/</c> in the
    /// repository the package was built from (its <c>RepositoryUrl</c>), on the main branch, as the repository's host
    /// shows them. No site is published for the project, so this is the one address that exists wherever the code does.
    /// </summary>
    public static string DefaultDocsUrl => RepositoryAddress.Url + "/blob/main/docs";

    /// <summary>
    /// The page of rule <paramref name="ruleId"/>: under a docs site built from these docs (<paramref name="docsUrl"/>,
    /// a directory per page) <c>&lt;docs_url&gt;/rules/MAC0009/</c>; without one, the rule's Markdown source
    /// <c>&lt;DefaultDocsUrl&gt;/rules/MAC0009.md</c>.
    /// </summary>
    public static string RulePage(string? docsUrl, string ruleId) =>
        docsUrl is null ? Join(DefaultDocsUrl, "rules/" + ruleId + ".md") : Join(docsUrl, "rules/" + ruleId + "/");

    /// <summary><paramref name="page"/> (a generated page's name, such as <c>slo-scoring-latency</c>) under <paramref name="baseUrl"/>.</summary>
    public static string Page(string baseUrl, string page) => Join(baseUrl, page);

    /// <summary>
    /// Null when <paramref name="url"/> can be a base (an absolute http or https address with a host, no query,
    /// fragment, spaces or control characters); otherwise why not, as a phrase that follows "is not a base address: ".
    /// </summary>
    public static string? Problem(string url)
    {
        if (url is null)
        {
            throw new ArgumentNullException(nameof(url));
        }

        foreach (var c in url)
        {
            if (c <= ' ' || c == '\u007f')
            {
                return "it holds a space or a control character";
            }
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !url.Contains("://"))
        {
            return "it is not an absolute address such as https://wiki.example.com/monitoring";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return $"its scheme is '{uri.Scheme}', and only http and https links open in a browser";
        }

        if (uri.Host.Length == 0)
        {
            return "it names no host";
        }

        if (url.IndexOf('?') >= 0 || url.IndexOf('#') >= 0)
        {
            return "it holds a query or a fragment ('?' or '#'), after which no page name can be appended";
        }

        return null;
    }

    private static string Join(string baseUrl, string path) => baseUrl.TrimEnd('/') + "/" + path;
}
