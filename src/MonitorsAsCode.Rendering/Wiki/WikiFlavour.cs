namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>
/// Where the wiki pages will be read. Pages are the same Markdown everywhere; the flavour decides
/// what links look like and which files make the home page and the navigation.
/// </summary>
public enum WikiFlavour
{
    /// <summary>
    /// A GitHub wiki (push the folder to the <c>.wiki</c> repository): <c>Home.md</c>, <c>_Sidebar.md</c>,
    /// and links without the <c>.md</c> extension, which a GitHub wiki would otherwise serve as raw text.
    /// </summary>
    GitHub,

    /// <summary>An Azure DevOps wiki published from code: <c>Home.md</c>, a <c>.order</c> file for the page tree, links to <c>page.md</c>.</summary>
    AzureDevOps,

    /// <summary>A MkDocs site: <c>index.md</c>, a <c>SUMMARY.md</c> navigation (as the literate-nav plugin reads it), links to <c>page.md</c>.</summary>
    MkDocs,
}
