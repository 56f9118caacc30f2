using System.Security.Cryptography;
using System.Text;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>
/// File names and links of wiki pages. A page's name is its kind and its id (<c>monitor-amount-drift</c>),
/// kept to lower-case letters, digits and dashes so that it means the same file on every file system and
/// every wiki; an id that does not fit is folded and given a short hash of the original, so two ids never share a page.
/// </summary>
public sealed class PageNames(WikiFlavour flavour)
{
    /// <summary>The flavour the links are written for.</summary>
    public WikiFlavour Flavour { get; } = flavour;

    /// <summary>The home page's file name.</summary>
    public string HomeFile => Flavour == WikiFlavour.MkDocs ? "index.md" : "Home.md";

    /// <summary>The navigation page's file name, or null when the wiki builds navigation from a file that is not Markdown.</summary>
    public string? SidebarFile => Flavour switch
    {
        WikiFlavour.GitHub => "_Sidebar.md",
        WikiFlavour.MkDocs => "SUMMARY.md",
        _ => null,
    };

    /// <summary>The file of a page: <c>monitor-amount-drift.md</c>.</summary>
    public static string File(string kind, string id) => kind + "-" + Slug(id) + ".md";

    /// <summary>The absolute address of a page under the wiki at <paramref name="baseUrl"/> (<c>runbook_base_url</c>): <c>&lt;base&gt;/slo-scoring-latency</c>.</summary>
    public static string Url(string baseUrl, string kind, string id) => Definitions.Links.DocumentationLinks.Page(baseUrl, kind + "-" + Slug(id));

    /// <summary>A link to a page from another page of the wiki.</summary>
    public string Link(string file) => Flavour == WikiFlavour.GitHub ? file[..^".md".Length] : file;

    /// <summary>The link to the home page.</summary>
    public string HomeLink => Link(HomeFile);

    /// <summary>The link to a monitor's, dataset's or gate's page.</summary>
    public string Link(string kind, string id) => Link(File(kind, id));

    /// <summary>The id itself when it is lower-case letters, digits and single dashes; otherwise a folded form with a hash.</summary>
    public static string Slug(string id)
    {
        if (IsSlug(id))
        {
            return id;
        }

        var folded = new StringBuilder();
        foreach (var c in id.ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                folded.Append(c);
            }
            else if (folded.Length > 0 && folded[^1] != '-')
            {
                folded.Append('-');
            }
        }

        var stem = folded.ToString().Trim('-');
        if (stem.Length > 48)
        {
            stem = stem[..48].TrimEnd('-');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
        return stem.Length == 0 ? hash : stem + "-" + hash;
    }

    private static bool IsSlug(string id)
    {
        if (id.Length == 0 || id.Length > 64 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && id[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }
}
