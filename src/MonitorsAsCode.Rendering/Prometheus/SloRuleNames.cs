using System.Globalization;
using System.Text;
using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Rendering.Prometheus;

/// <summary>
/// The names generated rules give an SLO, in Sloth's conventions: <c>sloth_service</c>,
/// <c>sloth_slo</c>, <c>sloth_id</c> (<c>service-slo</c>) and the alert name.
/// </summary>
public static class SloRuleNames
{
    /// <summary>The service: the SLO's own, else its dataset, else its id.</summary>
    public static string Service(SloDefinition slo) => slo.Service ?? slo.DatasetId ?? slo.Id;

    /// <summary>Sloth's id: <c>service-slo</c>.</summary>
    public static string Id(SloDefinition slo) => Service(slo) + "-" + slo.Id;

    /// <summary>The alert name: declared, or the SLO id in PascalCase followed by <c>BudgetBurn</c>.</summary>
    public static string Alert(SloDefinition slo)
    {
        if (slo.Alerting?.Name is { } name)
        {
            return name;
        }

        var text = new StringBuilder();
        var upper = true;
        foreach (var c in slo.Id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            if (text.Length == 0 && char.IsAsciiDigit(c))
            {
                text.Append("Slo");
            }

            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return text.Append("BudgetBurn").ToString();
    }

    /// <summary>The recording rule of the error ratio over <paramref name="window"/>: <c>slo:sli_error:ratio_rate5m</c>.</summary>
    public static string ErrorRatio(TimeSpan window) => "slo:sli_error:ratio_rate" + PrometheusDuration.Format(window);

    /// <summary>A number as PromQL and YAML take it, invariant and round-trippable.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
