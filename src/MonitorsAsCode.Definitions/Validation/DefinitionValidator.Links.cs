using System.Collections.Generic;
using MonitorsAsCode.Definitions.Links;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>The base addresses of generated links: <c>docs_url</c> and <c>runbook_base_url</c> (MAC0026).</summary>
public static partial class DefinitionValidator
{
    private static void ValidateLinkBases(List<DefinitionDiagnostic> diagnostics, DefinitionSet set)
    {
        var first = new Dictionary<LinkBase, LinkBaseSetting>();
        foreach (var setting in set.LinkBases)
        {
            if (DocumentationLinks.Problem(setting.Url) is { } problem)
            {
                Add(diagnostics, DefinitionRules.InvalidLinkBase, $"{setting.Key} '{EchoedValue.Shorten(setting.Url)}' is not a base address for links: {problem}", setting.Source.Location);
                continue;
            }

            if (!first.TryGetValue(setting.Kind, out var earlier))
            {
                first.Add(setting.Kind, setting);
            }
            else if (!string.Equals(earlier.Url, setting.Url, System.StringComparison.Ordinal))
            {
                var where = earlier.Source.Location is { } location ? " at " + location : string.Empty;
                Add(diagnostics, DefinitionRules.InvalidLinkBase, $"{setting.Key} is set to '{EchoedValue.Shorten(setting.Url)}' here and to '{EchoedValue.Shorten(earlier.Url)}'{where}; write it once, so every link points at the same place", setting.Source.Location);
            }
        }
    }
}
