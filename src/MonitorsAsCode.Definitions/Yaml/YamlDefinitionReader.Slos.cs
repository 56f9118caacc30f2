using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>The <c>slos:</c> list.</summary>
internal sealed partial class YamlDefinitionReader
{
    private static readonly string[] SloKeys =
    [
        "id", "service", "description", "owner", "dataset", "indicator", "objective", "window", "budgeting",
        "time_slice", "time_slice_target", "budget_remaining", "alerting",
    ];

    private static readonly string[] IndicatorKeys = ["good", "total", "monitor", "prometheus"];
    private static readonly string[] PrometheusKeys = ["error_query", "good_query", "total_query"];
    private static readonly string[] SloWindowKeys = ["rolling", "calendar"];
    private static readonly string[] BudgetRemainingKeys = ["warn", "fail"];
    private static readonly string[] AlertingKeys = ["name", "labels", "annotations", "page", "ticket", "windows", "maintenance"];
    private static readonly string[] AlertKeys = ["runbook", "summary", "labels", "annotations"];
    private static readonly string[] BurnRateWindowKeys = ["severity", "long", "short", "budget_consumed"];
    private static readonly string[] MaintenanceKeys = ["name", "weekdays", "start", "end"];

    public List<SloDefinition> Slos { get; } = [];

    private void ReadSlo(YamlMapping mapping)
    {
        var fields = new YamlFields(mapping, "an SLO", SloKeys, diagnostics);
        fields.RequireAll("id", "indicator", "objective", "window");
        var id = fields.Text("id");
        var indicator = ReadIndicator(fields);
        var objective = fields.Number("objective");
        var window = ReadSloWindow(fields);
        var dataset = fields.Text("dataset");
        var budgeting = fields.Has("budgeting") ? fields.Word("budgeting", SloWords.Budgeting) : null;
        var timeSlice = ReadSloDuration(fields, "time_slice");
        var timeSliceTarget = fields.Number("time_slice_target");
        var budgetWarn = (double?)null;
        var budgetFail = (double?)null;
        if (fields.Node("budget_remaining") is { } budgetNode)
        {
            if (budgetNode is YamlMapping budgetMapping)
            {
                var budgetFields = new YamlFields(budgetMapping, "'budget_remaining'", BudgetRemainingKeys, diagnostics);
                budgetWarn = budgetFields.Number("warn");
                budgetFail = budgetFields.Number("fail");
                Nest(fields, "budget_remaining", budgetFields);
            }
            else
            {
                Report(DefinitionRules.WrongValueType, $"'budget_remaining' must be a mapping such as {{ warn: 0.5, fail: 0.25 }}, not {budgetNode.Describe()}", budgetNode.Location);
            }
        }

        var alerting = ReadAlerting(fields);
        if (indicator is not null)
        {
            if (indicator.Monitor is not null)
            {
                if (fields.Has("dataset"))
                {
                    Report(DefinitionRules.UnknownKey, "'dataset' does not apply to an SLO whose indicator is a monitor: the monitor's dataset is used", fields.Node("dataset")?.Location ?? mapping.Location);
                }

                if (budgeting == BudgetingMethod.Occurrences)
                {
                    Report(DefinitionRules.WrongValueType, "a monitor indicator is judged per time slice: write 'budgeting: timeslices' or leave 'budgeting' out", fields.LocationOf("budgeting"));
                }

                if (fields.Has("time_slice_target"))
                {
                    Report(DefinitionRules.UnknownKey, "'time_slice_target' does not apply to a monitor indicator: a slice is good when the monitor passes on it", fields.Node("time_slice_target")?.Location ?? mapping.Location);
                }

                budgeting = BudgetingMethod.Timeslices;
            }
            else if (indicator.Good is not null && dataset is null && !fields.Has("dataset"))
            {
                fields.Report(DefinitionRules.MissingRequiredField, "an SLO with a 'good' expression is missing the required field 'dataset'", mapping.Location);
            }
        }

        var method = budgeting ?? BudgetingMethod.Occurrences;
        if (method == BudgetingMethod.Timeslices && !fields.Has("time_slice"))
        {
            fields.Report(DefinitionRules.MissingRequiredField, "an SLO with timeslices budgeting is missing the required field 'time_slice'", mapping.Location);
        }
        else if (method == BudgetingMethod.Occurrences && fields.Has("time_slice"))
        {
            Report(DefinitionRules.UnknownKey, "'time_slice' does not apply to occurrences budgeting; write 'budgeting: timeslices' to count time slices", fields.Node("time_slice")?.Location ?? mapping.Location);
        }

        if (method == BudgetingMethod.Occurrences && fields.Has("time_slice_target"))
        {
            Report(DefinitionRules.UnknownKey, "'time_slice_target' does not apply to occurrences budgeting", fields.Node("time_slice_target")?.Location ?? mapping.Location);
        }

        if (id is null || indicator is null || objective is null || window is null)
        {
            Remember(id);
            return;
        }

        Slos.Add(new SloDefinition(id, indicator, objective.Value, window.Value)
        {
            Service = fields.Text("service"),
            DatasetId = indicator.Monitor is null ? dataset : null,
            Description = fields.Text("description"),
            Owner = fields.Text("owner"),
            Budgeting = method,
            TimeSlice = timeSlice,
            TimeSliceTarget = timeSliceTarget,
            BudgetRemainingWarn = budgetWarn,
            BudgetRemainingFail = budgetFail,
            Alerting = alerting,
            Source = new SourceMap(mapping.Location, fields.Locations),
        });
    }

    private SloIndicator? ReadIndicator(YamlFields slo)
    {
        var node = slo.Node("indicator");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'indicator' must be a mapping such as {{ good: \"latency_ms <= 120\" }} or {{ monitor: score-drift }}, not {node.Describe()}", node.Location);
            return null;
        }

        var fields = new YamlFields(mapping, "'indicator'", IndicatorKeys, diagnostics);
        var good = ReadExpression(fields, "good");
        var total = ReadExpression(fields, "total");
        var monitor = fields.Text("monitor");
        var prometheus = ReadPrometheusQueries(fields);
        Nest(slo, "indicator", fields);
        if (fields.Has("good") && fields.Has("monitor"))
        {
            Report(DefinitionRules.WrongValueType, "an indicator is either a 'good' expression or a 'monitor', not both", fields.Node("monitor")?.Location ?? mapping.Location);
            return null;
        }

        if (fields.Has("total") && !fields.Has("good"))
        {
            Report(DefinitionRules.MissingRequiredField, "an indicator with a 'total' expression is missing the required field 'good'", mapping.Location);
            return null;
        }

        if (!fields.Has("good") && !fields.Has("monitor") && !fields.Has("prometheus"))
        {
            Report(DefinitionRules.MissingRequiredField, "'indicator' needs 'good' (an expression over the dataset's columns), 'monitor', or 'prometheus' queries", mapping.Location);
            return null;
        }

        if ((fields.Has("good") && good is null) || (fields.Has("total") && total is null) || (fields.Has("monitor") && monitor is null) || (fields.Has("prometheus") && prometheus is null))
        {
            return null;
        }

        return new SloIndicator { Good = good, Total = total, Monitor = monitor, Prometheus = prometheus };
    }

    /// <summary>
    /// An expression's text. Its position is recorded at its first character, inside the quotes, so
    /// problems in it can be reported at their own column.
    /// </summary>
    private string? ReadExpression(YamlFields fields, string key)
    {
        var text = fields.Text(key);
        if (text is null || fields.Node(key) is not YamlScalar scalar)
        {
            return text;
        }

        var location = scalar.Location;
        if (!scalar.IsPlain && text.IndexOf('\n') < 0)
        {
            // A quoted scalar starts at its quote; the expression one column further.
            location = new SourceLocation(location.File, location.Line, location.Column + 1);
        }

        fields.Locate(key, location);
        return text;
    }

    private PrometheusQueries? ReadPrometheusQueries(YamlFields indicator)
    {
        var node = indicator.Node("prometheus");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'prometheus' must be a mapping with 'total_query' and 'error_query' or 'good_query', not {node.Describe()}", node.Location);
            return null;
        }

        var fields = new YamlFields(mapping, "'prometheus'", PrometheusKeys, diagnostics);
        fields.RequireAll("total_query");
        var total = ReadExpression(fields, "total_query");
        var error = ReadExpression(fields, "error_query");
        var good = ReadExpression(fields, "good_query");
        Nest(indicator, "prometheus", fields);
        if (fields.Has("error_query") == fields.Has("good_query"))
        {
            Report(DefinitionRules.WrongValueType, "'prometheus' needs exactly one of 'error_query' and 'good_query', with 'total_query'", mapping.Location);
            return null;
        }

        return total is null || (error is null && good is null) ? null : new PrometheusQueries(total) { ErrorQuery = error, GoodQuery = good };
    }

    private SloWindow? ReadSloWindow(YamlFields slo)
    {
        var node = slo.Node("window");
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && !scalar.IsNull)
        {
            if (DurationText.TryParse(scalar.Value, out var duration))
            {
                return SloWindow.Rolling(duration);
            }

            if (DurationText.IsTooLong(scalar.Value))
            {
                Report(DefinitionRules.WrongValueType, DurationText.Problem("window", scalar.Value, node.Describe(), "28d"), node.Location);
                return null;
            }

            Report(DefinitionRules.WrongValueType, $"'window' must be a duration such as 28d (rolling) or {{ calendar: month }}, not {node.Describe()}", node.Location);
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'window' must be a duration such as 28d (rolling) or {{ calendar: month }}, not {node.Describe()}", node.Location);
            return null;
        }

        var fields = new YamlFields(mapping, "'window'", SloWindowKeys, diagnostics);
        Nest(slo, "window", fields);
        if (fields.Has("rolling") == fields.Has("calendar"))
        {
            Report(DefinitionRules.WrongValueType, "'window' needs exactly one of 'rolling' (a duration such as 28d) and 'calendar' (week or month)", mapping.Location);
            return null;
        }

        if (fields.Has("calendar"))
        {
            return fields.Word("calendar", SloWords.Calendars) is { } period ? SloWindow.Of(period) : null;
        }

        return ReadSloDuration(fields, "rolling") is { } rolling ? SloWindow.Rolling(rolling) : null;
    }

    private static TimeSpan? ReadSloDuration(YamlFields fields, string key)
    {
        var node = fields.Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && DurationText.TryParse(scalar.Value, out var duration))
        {
            return duration;
        }

        fields.Report(DefinitionRules.WrongValueType, DurationText.Problem(key, (node as YamlScalar)?.Value, node.Describe(), "5m, 1h or 28d"), node.Location);
        return null;
    }

    private SloAlerting? ReadAlerting(YamlFields slo)
    {
        var node = slo.Node("alerting");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'alerting' must be a mapping with 'page' and/or 'ticket', not {node.Describe()}", node.Location);
            return null;
        }

        var fields = new YamlFields(mapping, "'alerting'", AlertingKeys, diagnostics);
        var alerting = new SloAlerting
        {
            Name = fields.Text("name"),
            Labels = ReadPairs(fields, "labels"),
            Annotations = ReadPairs(fields, "annotations"),
            Page = ReadAlert(fields, "page"),
            Ticket = ReadAlert(fields, "ticket"),
            Windows = ReadBurnRateWindows(fields),
            Maintenance = ReadMaintenance(fields),
        };
        Nest(slo, "alerting", fields);
        if (!fields.Has("page") && !fields.Has("ticket"))
        {
            Report(DefinitionRules.MissingRequiredField, "'alerting' needs 'page', 'ticket' or both", mapping.Location);
        }

        return alerting;
    }

    private SloAlert? ReadAlert(YamlFields alerting, string key)
    {
        var node = alerting.Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { IsNull: true })
        {
            return new SloAlert();
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'{key}' must be a mapping such as {{ runbook: runbooks/slo-burn.md }}, not {node.Describe()}", node.Location);
            return null;
        }

        var fields = new YamlFields(mapping, $"'{key}'", AlertKeys, diagnostics);
        var alert = new SloAlert
        {
            Runbook = fields.Text("runbook"),
            Summary = fields.Text("summary"),
            Labels = ReadPairs(fields, "labels"),
            Annotations = ReadPairs(fields, "annotations"),
        };
        Nest(alerting, key, fields);
        return alert;
    }

    private List<BurnRateWindow>? ReadBurnRateWindows(YamlFields alerting)
    {
        var node = alerting.Node("windows");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequence sequence)
        {
            Report(DefinitionRules.WrongValueType, $"'windows' must be a list such as [{{ severity: page, long: 1h, short: 5m, budget_consumed: 0.02 }}], not {node.Describe()}", node.Location);
            return null;
        }

        var windows = new List<BurnRateWindow>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is not YamlMapping mapping)
            {
                Report(DefinitionRules.WrongValueType, $"each item of 'windows' must be a mapping, not {sequence.Items[i].Describe()}", sequence.Items[i].Location);
                continue;
            }

            var fields = new YamlFields(mapping, "a burn-rate window", BurnRateWindowKeys, diagnostics);
            fields.RequireAll("severity", "long", "short", "budget_consumed");
            var severity = fields.Word("severity", SloWords.Severities);
            var longWindow = ReadSloDuration(fields, "long");
            var shortWindow = ReadSloDuration(fields, "short");
            var consumed = fields.Number("budget_consumed");
            Nest(alerting, "windows[" + i.ToString(CultureInfo.InvariantCulture) + "]", fields);
            if (severity is { } s && longWindow is { } l && shortWindow is { } sh && consumed is { } c)
            {
                windows.Add(new BurnRateWindow(s, l, sh, c));
            }
        }

        return windows;
    }

    private List<MaintenanceWindow> ReadMaintenance(YamlFields alerting)
    {
        var windows = new List<MaintenanceWindow>();
        var node = alerting.Node("maintenance");
        if (node is null)
        {
            return windows;
        }

        if (node is not YamlSequence sequence)
        {
            Report(DefinitionRules.WrongValueType, $"'maintenance' must be a list such as [{{ name: weekly-release, weekdays: [saturday], start: \"02:00\", end: \"04:00\" }}], not {node.Describe()}", node.Location);
            return windows;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is not YamlMapping mapping)
            {
                Report(DefinitionRules.WrongValueType, $"each item of 'maintenance' must be a mapping, not {sequence.Items[i].Describe()}", sequence.Items[i].Location);
                continue;
            }

            var fields = new YamlFields(mapping, "a maintenance window", MaintenanceKeys, diagnostics);
            fields.RequireAll("name", "start", "end");
            var name = fields.Text("name");
            var days = new List<DayOfWeek>();
            var daysComplete = true;
            foreach (var word in fields.TextList("weekdays") ?? [])
            {
                var found = false;
                foreach (var pair in SloWords.Weekdays)
                {
                    if (pair.Key == word)
                    {
                        days.Add(pair.Value);
                        found = true;
                    }
                }

                if (!found)
                {
                    var names = new List<string>();
                    foreach (var pair in SloWords.Weekdays)
                    {
                        names.Add(pair.Key);
                    }

                    daysComplete = false;
                    Report(DefinitionRules.WrongValueType, $"'weekdays' items must be one of {string.Join(", ", names)}, not '{EchoedValue.Shorten(word)}'{NearestName.Suggest(word, names)}", fields.LocationOf("weekdays"));
                }
            }

            var start = ReadTimeOfDay(fields, "start");
            var end = ReadTimeOfDay(fields, "end");
            Nest(alerting, "maintenance[" + i.ToString(CultureInfo.InvariantCulture) + "]", fields);
            if (name is not null && start is { } from && end is { } to && daysComplete)
            {
                windows.Add(new MaintenanceWindow(name, days, from, to) { Source = new SourceMap(mapping.Location, fields.Locations) });
            }
        }

        return windows;
    }

    private static TimeSpan? ReadTimeOfDay(YamlFields fields, string key)
    {
        var node = fields.Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && scalar.Value.Length == 5 && scalar.Value[2] == ':'
            && int.TryParse(scalar.Value.Substring(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(scalar.Value.Substring(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && minutes < 60 && (hours < 24 || (hours == 24 && minutes == 0)))
        {
            return new TimeSpan(hours, minutes, 0);
        }

        fields.Report(DefinitionRules.WrongValueType, $"'{key}' must be a time of day in UTC such as \"02:00\" (00:00 to 24:00), not {node.Describe()}", node.Location);
        return null;
    }

    private List<KeyValuePair<string, string>> ReadPairs(YamlFields fields, string key)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var node = fields.Node(key);
        if (node is null)
        {
            return pairs;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'{key}' must be a mapping of names to text, not {node.Describe()}", node.Location);
            return pairs;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is YamlScalar value && !value.IsNull)
            {
                // The name's own position, so a name Prometheus rejects (MAC0023) is reported where it is written.
                fields.Locate(key + "." + entry.Key.Value, entry.Key.Location);
                pairs.Add(new KeyValuePair<string, string>(entry.Key.Value, value.Value));
            }
            else
            {
                Report(DefinitionRules.WrongValueType, $"'{key}.{entry.Key.Value}' must be text, not {entry.Value.Describe()}", entry.Value.Location);
            }
        }

        return pairs;
    }

    /// <summary>Records a nested mapping's field positions in its parent as <c>prefix.field</c>.</summary>
    private static void Nest(YamlFields parent, string prefix, YamlFields nested)
    {
        foreach (var pair in nested.Locations)
        {
            parent.Locate(prefix + "." + pair.Key, pair.Value);
        }
    }
}
