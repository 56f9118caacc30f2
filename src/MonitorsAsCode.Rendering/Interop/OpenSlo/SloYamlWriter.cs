using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Rendering.Prometheus;

namespace MonitorsAsCode.Rendering.Interop.OpenSlo;

/// <summary>
/// Writes SLOs as the <c>slos:</c> list of a definitions file, the form <c>monitors import openslo</c>
/// produces; loading the text gives back the same SLOs.
/// </summary>
public static class SloYamlWriter
{
    /// <summary>A definitions file holding <paramref name="slos"/>, with a first comment line of <paramref name="header"/> when given.</summary>
    public static string Write(IReadOnlyList<SloDefinition> slos, string? header = null)
    {
        ArgumentNullException.ThrowIfNull(slos);
        var list = new YamlValue.Sequence();
        foreach (var slo in slos)
        {
            list.Add(Slo(slo));
        }

        var text = YamlEmitter.Emit(new YamlValue.Mapping().Add("slos", list));
        return header is null ? text : "# " + header.Replace("\n", "\n# ", StringComparison.Ordinal) + "\n" + text;
    }

    private static YamlValue.Mapping Slo(SloDefinition slo)
    {
        var indicator = new YamlValue.Mapping();
        if (slo.Indicator.Good is { } good)
        {
            indicator.Add("good", YamlValue.Quoted(good));
        }

        if (slo.Indicator.Total is { } total)
        {
            indicator.Add("total", YamlValue.Quoted(total));
        }

        indicator.AddOptional("monitor", slo.Indicator.Monitor);
        if (slo.Indicator.Prometheus is { } queries)
        {
            var prometheus = new YamlValue.Mapping();
            if (queries.ErrorQuery is { } error)
            {
                prometheus.Add("error_query", YamlValue.Quoted(error));
            }

            if (queries.GoodQuery is { } goodQuery)
            {
                prometheus.Add("good_query", YamlValue.Quoted(goodQuery));
            }

            prometheus.Add("total_query", YamlValue.Quoted(queries.TotalQuery));
            indicator.Add("prometheus", prometheus);
        }

        var map = new YamlValue.Mapping().Add("id", slo.Id);
        map.AddOptional("service", slo.Service);
        map.AddOptional("description", slo.Description);
        map.AddOptional("owner", slo.Owner);
        map.AddOptional("dataset", slo.DatasetId);
        map.Add("indicator", indicator)
            .Add("objective", YamlValue.Number(slo.Objective))
            .Add("window", slo.Window.Calendar is { } period
                ? new YamlValue.Mapping().Add("calendar", SloWords.Of(period))
                : YamlValue.Text(Duration(slo.Window.Duration)));
        if (slo.Budgeting == BudgetingMethod.Timeslices)
        {
            map.Add("budgeting", SloWords.Of(BudgetingMethod.Timeslices));
            if (slo.TimeSlice is { } slice)
            {
                map.Add("time_slice", Duration(slice));
            }

            if (slo.TimeSliceTarget is { } target)
            {
                map.Add("time_slice_target", YamlValue.Number(target));
            }
        }

        if (slo.BudgetRemainingWarn is not null || slo.BudgetRemainingFail is not null)
        {
            var budget = new YamlValue.Mapping();
            if (slo.BudgetRemainingWarn is { } warn)
            {
                budget.Add("warn", YamlValue.Number(warn));
            }

            if (slo.BudgetRemainingFail is { } fail)
            {
                budget.Add("fail", YamlValue.Number(fail));
            }

            map.Add("budget_remaining", budget);
        }

        if (slo.Alerting is { } alerting)
        {
            map.Add("alerting", Alerting(alerting));
        }

        return map;
    }

    private static YamlValue.Mapping Alerting(SloAlerting alerting)
    {
        var map = new YamlValue.Mapping();
        map.AddOptional("name", alerting.Name);
        map.AddOptional("labels", Pairs(alerting.Labels));
        map.AddOptional("annotations", Pairs(alerting.Annotations));
        if (alerting.Page is { } page)
        {
            map.Add("page", Alert(page));
        }

        if (alerting.Ticket is { } ticket)
        {
            map.Add("ticket", Alert(ticket));
        }

        if (alerting.Windows is { } windows)
        {
            var list = new YamlValue.Sequence();
            foreach (var window in windows)
            {
                list.Add(new YamlValue.Mapping()
                    .Add("severity", SloWords.Of(window.Severity))
                    .Add("long", Duration(window.Long))
                    .Add("short", Duration(window.Short))
                    .Add("budget_consumed", YamlValue.Number(window.BudgetConsumed)));
            }

            map.Add("windows", list);
        }

        if (alerting.Maintenance.Count > 0)
        {
            var list = new YamlValue.Sequence();
            foreach (var window in alerting.Maintenance)
            {
                var item = new YamlValue.Mapping().Add("name", window.Name);
                if (window.Weekdays.Count > 0)
                {
                    var days = new YamlValue.Sequence();
                    foreach (var day in window.Weekdays)
                    {
                        days.Add(SloWords.Of(day));
                    }

                    item.Add("weekdays", days);
                }

                var range = MaintenanceText.Format(window with { Weekdays = [] }).Split('-');
                list.Add(item.Add("start", YamlValue.Quoted(range[0])).Add("end", YamlValue.Quoted(range[1])));
            }

            map.Add("maintenance", list);
        }

        return map;
    }

    private static YamlValue.Mapping Alert(SloAlert alert)
    {
        var map = new YamlValue.Mapping();
        if (alert.Runbook is { } runbook)
        {
            map.Add("runbook", YamlValue.Quoted(runbook));
        }

        if (alert.Summary is { } summary)
        {
            map.Add("summary", YamlValue.Quoted(summary));
        }

        map.AddOptional("labels", Pairs(alert.Labels));
        map.AddOptional("annotations", Pairs(alert.Annotations));
        return map;
    }

    private static YamlValue.Mapping Pairs(IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        var map = new YamlValue.Mapping();
        foreach (var pair in pairs)
        {
            map.Add(pair.Key, YamlValue.Quoted(pair.Value));
        }

        return map;
    }

    private static string Duration(TimeSpan duration) => DurationText.Format(duration.TotalSeconds);
}
