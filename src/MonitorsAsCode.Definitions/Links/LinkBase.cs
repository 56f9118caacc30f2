namespace MonitorsAsCode.Definitions.Links;

/// <summary>Which web address a <see cref="LinkBaseSetting"/> is the base of.</summary>
public enum LinkBase
{
    /// <summary><c>docs_url</c>: the site holding the rule pages (<c>&lt;base&gt;/rules/MAC0009/</c>).</summary>
    Docs,

    /// <summary><c>runbook_base_url</c>: the team's wiki holding the generated pages (<c>&lt;base&gt;/slo-&lt;id&gt;</c>).</summary>
    Runbooks,
}
