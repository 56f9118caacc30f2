namespace MonitorsAsCode.Definitions.Links;

/// <summary>
/// A base web address written in the definitions (<c>docs_url:</c> or <c>runbook_base_url:</c> at the top of a YAML
/// file, or <c>MonitorBuilder.DocsUrl</c> / <c>RunbookBaseUrl</c> in C#), as written; the validator checks it
/// (MAC0026) before anything uses it.
/// </summary>
public sealed record LinkBaseSetting(LinkBase Kind, string Url)
{
    /// <summary>Where the setting was written.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;

    /// <summary>The key that sets it in YAML: <c>docs_url</c> or <c>runbook_base_url</c>.</summary>
    public string Key => Kind == LinkBase.Docs ? DocumentationLinks.DocsUrlKey : DocumentationLinks.RunbookBaseUrlKey;
}
