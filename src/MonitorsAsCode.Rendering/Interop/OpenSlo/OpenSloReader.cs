using System.Globalization;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MonitorsAsCode.Rendering.Interop.OpenSlo;

/// <summary>
/// Reads OpenSLO v1 <c>SLO</c>, <c>SLI</c>, <c>AlertPolicy</c> and <c>AlertCondition</c> objects (by
/// reference or inline, in any order, across the documents of a file) into SLO definitions. Every
/// field, value or object it cannot carry over is reported with its position; an SLO whose indicator
/// cannot be measured is reported as an error and left out.
/// </summary>
public static class OpenSloReader
{
    private static readonly string[] SupportedKinds = ["SLO", "SLI", "AlertPolicy", "AlertCondition"];

    /// <summary>Reads the OpenSLO documents of <paramref name="text"/>; positions name <paramref name="file"/>.</summary>
    public static OpenSloImport Read(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var issues = new List<OpenSloIssue>();
        if (Parse(file, text, issues) is not { } stream)
        {
            return new OpenSloImport([], issues);
        }

        var objects = Collect(stream, file, issues, out var slos);
        var context = new Context(objects);
        var definitions = new List<SloDefinition>();
        foreach (var slo in slos)
        {
            if (ReadSlo(slo, context) is { } definition)
            {
                definitions.Add(definition);
            }
        }

        ReportUnreferenced(objects, context);
        return new OpenSloImport(definitions, InSourceOrder(issues));
    }

    /// <summary>The file's YAML documents, or null after reporting why the file is not YAML.</summary>
    private static YamlStream? Parse(string file, string text, List<OpenSloIssue> issues)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(BoundedYamlParser.Of(text));
            return stream;
        }
        catch (YamlException exception)
        {
            var message = exception.Message;
            var index = message.LastIndexOf("): ", StringComparison.Ordinal);
            issues.Add(new OpenSloIssue("invalid YAML: " + (index >= 0 ? message[(index + 3)..] : message).Trim().TrimEnd('.'), new SourceLocation(file, (int)exception.Start.Line, (int)exception.Start.Column), IsError: true));
            return null;
        }
    }

    /// <summary>
    /// Every supported object of the documents, by kind and then name (the first of a name wins), and the SLOs in the
    /// order written; objects of another version or kind, or without a name, are reported and left out.
    /// </summary>
    private static Dictionary<string, Dictionary<string, OpenSloFields>> Collect(YamlStream stream, string file, List<OpenSloIssue> issues, out List<OpenSloFields> slos)
    {
        var objects = new Dictionary<string, Dictionary<string, OpenSloFields>>(StringComparer.Ordinal);
        slos = [];
        foreach (var document in stream.Documents)
        {
            var roots = document.RootNode is YamlSequenceNode list ? list.Children : [document.RootNode];
            foreach (var root in roots)
            {
                if (root is not YamlMappingNode mapping)
                {
                    issues.Add(new OpenSloIssue("an OpenSLO object must be a mapping with apiVersion, kind, metadata and spec", new SourceLocation(file, (int)root.Start.Line, (int)root.Start.Column), IsError: true));
                    continue;
                }

                var fields = new OpenSloFields(mapping, string.Empty, file, issues);
                if (KindAndName(fields) is not var (kind, name))
                {
                    continue;
                }

                if (!objects.TryGetValue(kind, out var byName))
                {
                    objects[kind] = byName = new Dictionary<string, OpenSloFields>(StringComparer.Ordinal);
                }

                if (!byName.TryAdd(name, fields))
                {
                    fields.Error($"a second {kind} named '{name}'; only the first is imported");
                    continue;
                }

                if (kind == "SLO")
                {
                    slos.Add(fields);
                }
            }
        }

        return objects;
    }

    /// <summary>The object's kind and <c>metadata.name</c>, or null after reporting why it is not imported.</summary>
    private static (string Kind, string Name)? KindAndName(OpenSloFields fields)
    {
        var apiVersion = fields.Text("apiVersion");
        var kind = fields.Text("kind");
        if (apiVersion != "openslo/v1")
        {
            fields.Error($"apiVersion '{(apiVersion is null ? null : EchoedValue.Shorten(apiVersion))}' is not supported; only openslo/v1 objects are imported");
            return null;
        }

        if (kind is null || Array.IndexOf(SupportedKinds, kind) < 0)
        {
            fields.Warn($"kind '{(kind is null ? null : EchoedValue.Shorten(kind))}' is not imported; only {string.Join(", ", SupportedKinds)} are");
            return null;
        }

        var name = fields.Mapping("metadata")?.Text("name");
        if (name is null)
        {
            fields.Error($"the {kind} has no metadata.name");
            return null;
        }

        return (kind, name);
    }

    /// <summary>Warns of each SLI, alert policy and alert condition that no imported SLO referred to.</summary>
    private static void ReportUnreferenced(Dictionary<string, Dictionary<string, OpenSloFields>> objects, Context context)
    {
        foreach (var kind in new[] { "SLI", "AlertPolicy", "AlertCondition" })
        {
            if (!objects.TryGetValue(kind, out var byName))
            {
                continue;
            }

            foreach (var pair in byName)
            {
                if (!context.Used.Contains(kind + "/" + pair.Key))
                {
                    pair.Value.Warn($"{kind} '{pair.Key}' is not referred to by any SLO, so it was not imported");
                }
            }
        }
    }

    /// <summary>Why a duration was refused: too long (past <see cref="DurationText.Longest"/>) or not a duration at all.</summary>
    private static string NotADuration(string? text, string example) =>
        text is not null && DurationText.IsTooLong(text)
            ? "is longer than " + DurationText.LongestText + " (about 100 years), the longest accepted"
            : "is not a duration such as " + example;

    /// <summary>Issues by file, line and column; issues at one position keep the order they were found in.</summary>
    private static List<OpenSloIssue> InSourceOrder(List<OpenSloIssue> issues) =>
        [.. issues.Select((issue, index) => (issue, index))
            .OrderBy(p => p.issue.Location?.Line ?? 0)
            .ThenBy(p => p.issue.Location?.Column ?? 0)
            .ThenBy(p => p.index)
            .Select(p => p.issue)];

    private static SloDefinition? ReadSlo(OpenSloFields slo, Context context)
    {
        // The metadata was read for its name already; read it again for the rest.
        var metadata = slo.Mapping("metadata")!;
        var id = metadata.Text("name")!; // the SLO was kept because its name was read
        var annotations = metadata.Pairs("annotations");
        ReportLabels(metadata);
        metadata.ReportUnread();
        slo.Text("apiVersion");
        slo.Text("kind");
        var spec = slo.Mapping("spec");
        if (spec is null)
        {
            slo.Error($"SLO '{id}' has no spec");
            return null;
        }

        var indicator = ReadIndicatorOf(spec, id, context);
        var window = ReadTimeWindow(spec, id);
        if (ReadBudgetingMethod(spec, id) is not { } budgeting)
        {
            return null;
        }

        var (objective, sliceTarget, slice) = ReadObjective(spec, id, indicator);
        if (objective is null)
        {
            spec.Error($"SLO '{id}' has no objective with a target; the SLO was not imported");
            return null;
        }

        var alerting = ReadAlerting(spec, id, annotations, context, window?.Duration ?? TimeSpan.FromDays(30), out var targetOwner);
        var dataset = Take(annotations, OpenSloNames.Dataset);
        var warn = Take(annotations, OpenSloNames.BudgetRemainingWarn);
        var fail = Take(annotations, OpenSloNames.BudgetRemainingFail);
        var owner = Take(annotations, OpenSloNames.Owner) ?? targetOwner;
        foreach (var unused in annotations)
        {
            metadata.Warn($"SLO '{id}': annotation '{unused.Key}' was not imported");
        }

        var description = spec.Text("description");
        var service = spec.Text("service");
        spec.ReportUnread();
        slo.ReportUnread();
        if (indicator is null || window is null)
        {
            return null;
        }

        if (indicator.Monitor is not null)
        {
            budgeting = BudgetingMethod.Timeslices;
        }

        return new SloDefinition(id, indicator, objective.Value, window.Value)
        {
            Service = service,
            DatasetId = indicator.Monitor is null ? dataset : null,
            Description = description,
            Owner = owner,
            Budgeting = budgeting,
            TimeSlice = budgeting == BudgetingMethod.Timeslices ? slice : null,
            TimeSliceTarget = budgeting == BudgetingMethod.Timeslices && indicator.Monitor is null ? sliceTarget : null,
            BudgetRemainingWarn = ParseNumber(warn),
            BudgetRemainingFail = ParseNumber(fail),
            Alerting = alerting,
        };
    }

    /// <summary>The SLO's <c>budgetingMethod</c> (Occurrences when absent), or null after reporting one we cannot carry over.</summary>
    private static BudgetingMethod? ReadBudgetingMethod(OpenSloFields spec, string id)
    {
        switch (spec.Text("budgetingMethod"))
        {
            case null or "Occurrences":
                return BudgetingMethod.Occurrences;
            case "Timeslices":
                return BudgetingMethod.Timeslices;
            case var method:
                spec.Error($"SLO '{id}': budgetingMethod '{method}' is not supported (Occurrences or Timeslices); the SLO was not imported", spec.LocationOf("budgetingMethod"));
                return null;
        }
    }

    /// <summary>
    /// The first objective's target (<c>target</c>, or <c>targetPercent</c> / 100), time-slice target and time-slice
    /// window; further objectives, a threshold objective and an unreadable slice window are reported and left out.
    /// </summary>
    private static (double? Target, double? SliceTarget, TimeSpan? Slice) ReadObjective(OpenSloFields spec, string id, SloIndicator? indicator)
    {
        double? objective = null;
        double? sliceTarget = null;
        TimeSpan? slice = null;
        var objectives = spec.Items("objectives");
        for (var i = 0; i < objectives.Count; i++)
        {
            var item = objectives[i];
            if (i > 0)
            {
                item.Warn($"SLO '{id}': only the first objective is imported; '{item.Path.TrimEnd('.')}' was not");
                continue;
            }

            objective = item.Number("target") ?? (item.Number("targetPercent") is { } percent ? percent / 100 : null);
            sliceTarget = item.Number("timeSliceTarget");
            if (item.Text("timeSliceWindow") is { } sliceText)
            {
                if (DurationText.TryParse(sliceText, out var parsed))
                {
                    slice = parsed;
                }
                else
                {
                    item.Warn($"SLO '{id}': timeSliceWindow '{EchoedValue.Shorten(sliceText)}' {NotADuration(sliceText, "5m")}; it was not imported", item.LocationOf("timeSliceWindow"));
                }
            }

            var op = item.Text("op");
            var value = item.Number("value");
            if ((op is not null || value is not null) && !(indicator?.Monitor is not null && op == "gte" && value == 1))
            {
                item.Warn($"SLO '{id}': a threshold objective (op {op}, value {value?.ToString(CultureInfo.InvariantCulture)}) is not supported; it was not imported");
            }

            item.ReportUnread();
        }

        return (objective, sliceTarget, slice);
    }

    private static SloIndicator? ReadIndicatorOf(OpenSloFields spec, string id, Context context)
    {
        var inline = spec.Mapping("indicator");
        var reference = spec.Text("indicatorRef");
        OpenSloFields? sli;
        if (inline is not null)
        {
            sli = inline;
        }
        else if (reference is not null && context.Find("SLI", reference) is { } found)
        {
            sli = found;
        }
        else
        {
            spec.Error(reference is null ? $"SLO '{id}' has neither an indicator nor an indicatorRef; the SLO was not imported" : $"SLO '{id}' refers to SLI '{reference}', which is not in the file; the SLO was not imported");
            return null;
        }

        return ReadSli(sli, id);
    }

    private static SloIndicator? ReadSli(OpenSloFields sli, string id)
    {
        sli.Text("apiVersion");
        sli.Text("kind");
        var metadata = sli.Mapping("metadata");
        var annotations = metadata?.Pairs("annotations") ?? [];
        metadata?.Text("name");
        if (metadata is not null)
        {
            ReportLabels(metadata);
            metadata.ReportUnread();
        }

        var parts = new SliParts
        {
            Good = Take(annotations, OpenSloNames.Good),
            Total = Take(annotations, OpenSloNames.Total),
            Monitor = Take(annotations, OpenSloNames.Monitor),
        };
        foreach (var unused in annotations)
        {
            sli.Warn($"SLO '{id}': SLI annotation '{unused.Key}' was not imported");
        }

        var spec = sli.Mapping("spec");
        if (spec is null)
        {
            sli.Error($"SLO '{id}': its SLI has no spec; the SLO was not imported");
            return null;
        }

        if (spec.Mapping("thresholdMetric") is { } threshold)
        {
            ReadThresholdMetric(threshold, id, parts);
        }

        if (spec.Mapping("ratioMetric") is { } ratio)
        {
            ReadRatioMetric(ratio, id, parts);
        }

        spec.ReportUnread();
        sli.ReportUnread();
        return Indicator(spec, id, parts);
    }

    /// <summary>A threshold metric names a monitor to measure (MonitorsAsCode's own metric source); any other source is reported.</summary>
    private static void ReadThresholdMetric(OpenSloFields threshold, string id, SliParts parts)
    {
        var (type, source) = MetricSource(threshold, id);
        if (type == OpenSloNames.MetricSourceType && source is not null)
        {
            if (source.Text("monitor") is { } fromSource)
            {
                parts.Monitor ??= fromSource;
                parts.Measurable = true;
            }

            source.ReportUnread();
        }
        else if (type is not null)
        {
            threshold.Warn($"SLO '{id}': metric source type '{type}' is not supported ({OpenSloNames.MetricSourceType} monitors for threshold metrics); '{threshold.Path.TrimEnd('.')}' was not imported");
        }

        threshold.ReportUnread();
    }

    /// <summary>A ratio metric's good, bad and total parts: Prometheus queries, or MonitorsAsCode expressions.</summary>
    private static void ReadRatioMetric(OpenSloFields ratio, string id, SliParts parts)
    {
        ratio.Boolean("counter");
        foreach (var part in new[] { "good", "bad", "total" })
        {
            if (ratio.Mapping(part) is { } metric)
            {
                ReadRatioPart(metric, part, id, parts);
            }
        }

        ratio.ReportUnread();
    }

    private static void ReadRatioPart(OpenSloFields metric, string part, string id, SliParts parts)
    {
        var (type, source) = MetricSource(metric, id);
        if (type == "Prometheus" && source is not null)
        {
            var query = source.Text("query");
            switch (part)
            {
                case "good":
                    parts.GoodQuery = query;
                    break;
                case "bad":
                    parts.BadQuery = query;
                    break;
                default:
                    parts.TotalQuery = query;
                    break;
            }
        }
        else if (type == OpenSloNames.MetricSourceType && source is not null)
        {
            var expression = source.Text("expression");
            if (part == "good")
            {
                parts.Good ??= expression;
            }
            else if (part == "total")
            {
                parts.Total ??= expression == "true" ? null : expression;
            }
            else
            {
                source.Warn($"SLO '{id}': a MonitorsAsCode 'bad' expression is not supported; write 'good'");
            }
        }
        else if (type is not null)
        {
            metric.Warn($"SLO '{id}': metric source type '{type}' is not supported (Prometheus or {OpenSloNames.MetricSourceType}); '{metric.Path.TrimEnd('.')}' was not imported");
            metric.ReportUnread();
            return;
        }

        source?.ReportUnread();
        metric.ReportUnread();
    }

    /// <summary>The indicator the parts read make, or null (reported) when this tool cannot measure it.</summary>
    private static SloIndicator? Indicator(OpenSloFields spec, string id, SliParts parts)
    {
        PrometheusQueries? prometheus = null;
        if (parts.TotalQuery is not null && (parts.GoodQuery is null) != (parts.BadQuery is null))
        {
            prometheus = new PrometheusQueries(parts.TotalQuery) { GoodQuery = parts.GoodQuery, ErrorQuery = parts.BadQuery };
        }
        else if (parts.TotalQuery is not null || parts.GoodQuery is not null || parts.BadQuery is not null)
        {
            spec.Warn($"SLO '{id}': Prometheus queries need a total and exactly one of good and bad; they were not imported");
        }

        if (!parts.Measurable && prometheus is null && parts.Good is null)
        {
            spec.Error($"SLO '{id}': its SLI has no Prometheus queries, expressions or monitor this tool can measure; the SLO was not imported");
            return null;
        }

        return parts.Monitor is not null
            ? new SloIndicator { Monitor = parts.Monitor, Prometheus = prometheus }
            : new SloIndicator { Good = parts.Good, Total = parts.Good is null ? null : parts.Total, Prometheus = prometheus };
    }

    private static (string? Type, OpenSloFields? Spec) MetricSource(OpenSloFields metric, string id)
    {
        if (metric.Mapping("metricSource") is not { } source)
        {
            metric.Warn($"SLO '{id}': '{metric.Path.TrimEnd('.')}' has no metricSource; it was not imported");
            return (null, null);
        }

        var type = source.Text("type");
        var spec = source.Mapping("spec");
        source.ReportUnread();
        return (type, spec);
    }

    private static SloWindow? ReadTimeWindow(OpenSloFields spec, string id)
    {
        var windows = spec.Items("timeWindow");
        if (windows.Count == 0)
        {
            spec.Error($"SLO '{id}' has no timeWindow; the SLO was not imported");
            return null;
        }

        var window = windows[0];
        for (var i = 1; i < windows.Count; i++)
        {
            windows[i].Warn($"SLO '{id}': only one timeWindow is supported; '{windows[i].Path.TrimEnd('.')}' was not imported");
        }

        var duration = window.Text("duration");
        var rolling = window.Boolean("isRolling") ?? window.Node("calendar") is null;
        SloWindow? result = null;
        if (rolling)
        {
            if (duration is not null && DurationText.TryParse(duration, out var parsed))
            {
                result = SloWindow.Rolling(parsed);
            }
            else
            {
                window.Error($"SLO '{id}': timeWindow duration '{(duration is null ? null : EchoedValue.Shorten(duration))}' {NotADuration(duration, "28d")}; the SLO was not imported");
            }
        }
        else
        {
            CalendarPeriod? period = duration switch
            {
                "1w" or "7d" => CalendarPeriod.Week,
                "1M" => CalendarPeriod.Month,
                _ => null,
            };
            if (period is { } p)
            {
                result = SloWindow.Of(p);
            }
            else
            {
                window.Error($"SLO '{id}': a calendar window of '{duration}' is not supported (1w or 1M); the SLO was not imported");
            }

            if (window.Mapping("calendar") is { } calendar)
            {
                var zone = calendar.Text("timeZone");
                if (zone is not null and not ("UTC" or "Etc/UTC"))
                {
                    calendar.Warn($"SLO '{id}': calendar timeZone '{zone}' is not supported; periods start at 00:00 UTC", calendar.LocationOf("timeZone"));
                }

                var start = calendar.Text("startTime");
                if (start is not null && !StartsPeriod(start, period))
                {
                    calendar.Warn($"SLO '{id}': calendar startTime '{start}' is not supported; weeks start on Monday and months on the first, at 00:00 UTC", calendar.LocationOf("startTime"));
                }

                calendar.ReportUnread();
            }
        }

        window.ReportUnread();
        return result;
    }

    private static bool StartsPeriod(string start, CalendarPeriod? period)
    {
        if (!DateTime.TryParseExact(start, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return false;
        }

        return time.TimeOfDay == TimeSpan.Zero && (period == CalendarPeriod.Week ? time.DayOfWeek == DayOfWeek.Monday : time.Day == 1);
    }

    private static SloAlerting? ReadAlerting(OpenSloFields spec, string id, List<KeyValuePair<string, string>> annotations, Context context, TimeSpan period, out string? owner)
    {
        owner = null;
        var policies = spec.Items("alertPolicies");
        var name = Take(annotations, OpenSloNames.AlertName);
        var labels = TakePrefixed(annotations, OpenSloNames.AlertLabel);
        var alertAnnotations = TakePrefixed(annotations, OpenSloNames.AlertAnnotation);
        var maintenance = ReadMaintenance(spec, id, annotations);
        if (policies.Count == 0)
        {
            return null;
        }

        SloAlert? page = null, ticket = null;
        var windows = new List<BurnRateWindow>();
        foreach (var item in policies)
        {
            if (Resolve(item, "alertPolicyRef", "AlertPolicy", id, context) is not { } policy)
            {
                continue;
            }

            var read = ReadPolicy(policy, id, context, period, windows, ref owner);
            if (read is { } pair)
            {
                if ((pair.Severity == AlertSeverity.Page ? page : ticket) is not null)
                {
                    policy.Warn($"SLO '{id}' has a second {SloWords.Of(pair.Severity)} alert policy; it was not imported");
                    continue;
                }

                if (pair.Severity == AlertSeverity.Page)
                {
                    page = pair.Alert;
                }
                else
                {
                    ticket = pair.Alert;
                }
            }
        }

        var declared = new List<BurnRateWindow>();
        foreach (var window in BurnRateWindow.SreWorkbook)
        {
            if ((window.Severity == AlertSeverity.Page ? page : ticket) is not null)
            {
                declared.Add(window);
            }
        }

        return new SloAlerting
        {
            Name = name,
            Labels = labels,
            Annotations = alertAnnotations,
            Page = page,
            Ticket = ticket,
            Windows = windows.SequenceEqual(declared) ? null : windows,
            Maintenance = maintenance,
        };
    }

    private static (AlertSeverity Severity, SloAlert Alert)? ReadPolicy(OpenSloFields policy, string id, Context context, TimeSpan period, List<BurnRateWindow> windows, ref string? owner)
    {
        policy.Text("apiVersion");
        policy.Text("kind");
        var metadata = policy.Mapping("metadata");
        var policyName = metadata?.Text("name") ?? "(inline)";
        var labels = metadata?.Pairs("labels") ?? [];
        var annotations = metadata?.Pairs("annotations") ?? [];
        metadata?.ReportUnread();
        var runbook = Take(annotations, OpenSloNames.Runbook);
        var summary = Take(annotations, OpenSloNames.Summary);
        var spec = policy.Mapping("spec");
        if (spec is null)
        {
            policy.Warn($"SLO '{id}': AlertPolicy '{policyName}' has no spec; it was not imported");
            return null;
        }

        WarnOfUnsupportedFlags(spec, id, policyName);
        var ownWindows = new List<BurnRateWindow>();
        var severity = ReadConditions(spec, id, policyName, context, period, ownWindows);
        ReadNotificationTargets(spec, id, severity, ref owner);
        spec.ReportUnread();
        policy.ReportUnread();
        if (severity is not { } result)
        {
            policy.Warn($"SLO '{id}': AlertPolicy '{policyName}' has no burn-rate condition this tool supports; it was not imported");
            return null;
        }

        windows.AddRange(ownWindows);
        var alertAnnotations = new List<KeyValuePair<string, string>>();
        foreach (var pair in annotations)
        {
            if (pair.Key.StartsWith(OpenSloNames.Prefix, StringComparison.Ordinal))
            {
                policy.Warn($"SLO '{id}': annotation '{pair.Key}' of AlertPolicy '{policyName}' was not imported");
            }
            else
            {
                alertAnnotations.Add(pair);
            }
        }

        return (result, new SloAlert { Runbook = runbook, Summary = summary, Labels = labels, Annotations = alertAnnotations });
    }

    /// <summary>
    /// The object an item of a list stands for: the <paramref name="kind"/> its <paramref name="referenceKey"/> names
    /// (warned of when the file has none), or the item itself when it is written inline; null when neither.
    /// </summary>
    private static OpenSloFields? Resolve(OpenSloFields item, string referenceKey, string kind, string id, Context context)
    {
        OpenSloFields? found = null;
        if (item.Text(referenceKey) is { } reference)
        {
            found = context.Find(kind, reference);
            if (found is null)
            {
                item.Warn($"SLO '{id}' refers to {kind} '{reference}', which is not in the file; it was not imported");
            }
        }
        else if (item.Text("kind") == kind)
        {
            found = item;
        }

        if (found is not null && found != item)
        {
            item.ReportUnread();
        }

        return found;
    }

    /// <summary>The maintenance windows written as annotations (<c>saturday 02:00-04:00</c>); others are warned of.</summary>
    private static List<MaintenanceWindow> ReadMaintenance(OpenSloFields spec, string id, List<KeyValuePair<string, string>> annotations)
    {
        var maintenance = new List<MaintenanceWindow>();
        foreach (var pair in TakePrefixed(annotations, OpenSloNames.Maintenance))
        {
            if (MaintenanceText.Parse(pair.Key, pair.Value) is { } window)
            {
                maintenance.Add(window);
            }
            else
            {
                spec.Warn($"SLO '{id}': maintenance window '{pair.Key}' ('{pair.Value}') is not in the form 'saturday 02:00-04:00'; it was not imported");
            }
        }

        return maintenance;
    }

    /// <summary>Warns of an alert policy's <c>alertWhen…</c> settings that burn-rate alerts cannot honour.</summary>
    private static void WarnOfUnsupportedFlags(OpenSloFields spec, string id, string policyName)
    {
        if (spec.Boolean("alertWhenNoData") == true)
        {
            spec.Warn($"SLO '{id}': alertWhenNoData of AlertPolicy '{policyName}' is not supported; burn-rate alerts need data", spec.LocationOf("alertWhenNoData"));
        }

        if (spec.Boolean("alertWhenResolved") == true)
        {
            spec.Warn($"SLO '{id}': alertWhenResolved of AlertPolicy '{policyName}' is not supported; Alertmanager's send_resolved decides", spec.LocationOf("alertWhenResolved"));
        }

        if (spec.Boolean("alertWhenBreaching") == false)
        {
            spec.Warn($"SLO '{id}': alertWhenBreaching: false of AlertPolicy '{policyName}' is not supported; the policy alerts when breaching", spec.LocationOf("alertWhenBreaching"));
        }
    }

    /// <summary>
    /// The burn-rate windows of an alert policy's conditions, added to <paramref name="windows"/>, and the severity they
    /// share (null when none could be read); a condition of the other severity is warned of and left out.
    /// </summary>
    private static AlertSeverity? ReadConditions(OpenSloFields spec, string id, string policyName, Context context, TimeSpan period, List<BurnRateWindow> windows)
    {
        AlertSeverity? severity = null;
        foreach (var item in spec.Items("conditions"))
        {
            if (Resolve(item, "conditionRef", "AlertCondition", id, context) is { } condition && ReadCondition(condition, id, period) is { } window)
            {
                if (severity is { } known && known != window.Severity)
                {
                    condition.Warn($"SLO '{id}': AlertPolicy '{policyName}' mixes page and ticket conditions; the {SloWords.Of(window.Severity)} condition was not imported");
                    continue;
                }

                severity = window.Severity;
                windows.Add(window);
            }
        }

        return severity;
    }

    /// <summary>
    /// The owner named by a notification target <c>OWNER-page</c> / <c>OWNER-ticket</c> (the form the export writes), when
    /// <paramref name="owner"/> is not known yet; any other target is warned of, as alerts are routed by owner and severity.
    /// </summary>
    private static void ReadNotificationTargets(OpenSloFields spec, string id, AlertSeverity? severity, ref string? owner)
    {
        foreach (var target in spec.Items("notificationTargets"))
        {
            var reference = target.Text("targetRef");
            var suffix = severity is { } s ? "-" + SloWords.Of(s) : null;
            if (reference is not null && suffix is not null && reference.EndsWith(suffix, StringComparison.Ordinal) && reference.Length > suffix.Length)
            {
                owner ??= reference[..^suffix.Length];
            }
            else
            {
                target.Warn($"SLO '{id}': notification target '{reference}' is not imported; alerts are routed by owner and severity", target.Node("targetRef") is { } node ? target.At(node) : null);
            }

            target.ReportUnread();
        }
    }

    private static BurnRateWindow? ReadCondition(OpenSloFields condition, string id, TimeSpan period)
    {
        condition.Text("apiVersion");
        condition.Text("kind");
        condition.Mapping("metadata")?.Text("name");
        var spec = condition.Mapping("spec");
        if (spec is null)
        {
            return null;
        }

        var severityText = spec.Text("severity");
        var body = spec.Mapping("condition");
        spec.ReportUnread();
        condition.ReportUnread();
        if (body is null)
        {
            return null;
        }

        var kind = body.Text("kind");
        var op = body.Text("op");
        var threshold = body.Number("threshold");
        var lookback = body.Text("lookbackWindow");
        var alertAfter = body.Text("alertAfter");
        body.ReportUnread();
        AlertSeverity? severity = severityText switch
        {
            "page" or "critical" => AlertSeverity.Page,
            "ticket" or "warning" => AlertSeverity.Ticket,
            _ => null,
        };
        if (kind != "burnrate" || severity is null || threshold is null || lookback is null || alertAfter is null
            || !DurationText.TryParse(lookback, out var longWindow) || !DurationText.TryParse(alertAfter, out var shortWindow))
        {
            var tooLong = DurationText.IsTooLong(lookback ?? string.Empty) ? lookback : DurationText.IsTooLong(alertAfter ?? string.Empty) ? alertAfter : null;
            body.Warn(tooLong is not null
                ? $"SLO '{id}': '{EchoedValue.Shorten(tooLong)}' is longer than {DurationText.LongestText}, the longest duration accepted; this condition was not imported"
                : $"SLO '{id}': only burnrate conditions with severity page or ticket, a threshold, lookbackWindow and alertAfter are supported; this one was not imported");
            return null;
        }

        if (op is not ("gt" or "gte"))
        {
            body.Warn($"SLO '{id}': op '{op}' of a burn-rate condition is not supported (gt); this one was not imported");
            return null;
        }

        if (op == "gte")
        {
            body.Warn($"SLO '{id}': op gte is imported as gt: the alert fires when the burn rate exceeds the threshold", body.LocationOf("op"));
        }

        // OpenSLO states the burn rate; the definitions state the budget it consumes within the long window.
        var consumed = Math.Round(threshold.Value * longWindow.TotalSeconds / period.TotalSeconds, 10);
        return new BurnRateWindow(severity.Value, longWindow, shortWindow, consumed);
    }

    private static void ReportLabels(OpenSloFields metadata)
    {
        if (metadata.Node("labels") is YamlMappingNode labels)
        {
            foreach (var label in labels.Children)
            {
                metadata.Warn($"label '{(label.Key as YamlScalarNode)?.Value}' is not imported", metadata.At(label.Key));
            }
        }

        if (metadata.Node("displayName") is { } displayName)
        {
            metadata.Warn("displayName is not imported", metadata.At(displayName));
        }
    }

    private static string? Take(List<KeyValuePair<string, string>> pairs, string key)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            if (pairs[i].Key == key)
            {
                var value = pairs[i].Value;
                pairs.RemoveAt(i);
                return value;
            }
        }

        return null;
    }

    private static List<KeyValuePair<string, string>> TakePrefixed(List<KeyValuePair<string, string>> pairs, string prefix)
    {
        var taken = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < pairs.Count;)
        {
            if (pairs[i].Key.StartsWith(prefix, StringComparison.Ordinal) && pairs[i].Key.Length > prefix.Length)
            {
                taken.Add(new(pairs[i].Key[prefix.Length..], pairs[i].Value));
                pairs.RemoveAt(i);
            }
            else
            {
                i++;
            }
        }

        return taken;
    }

    private static double? ParseNumber(string? text) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>What an SLI's annotations and metrics say, gathered as they are read.</summary>
    private sealed class SliParts
    {
        public string? Good { get; set; }

        public string? Total { get; set; }

        public string? Monitor { get; set; }

        public string? GoodQuery { get; set; }

        public string? BadQuery { get; set; }

        public string? TotalQuery { get; set; }

        /// <summary>A threshold metric named a monitor to measure.</summary>
        public bool Measurable { get; set; }
    }

    private sealed class Context(Dictionary<string, Dictionary<string, OpenSloFields>> objects)
    {
        public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

        public OpenSloFields? Find(string kind, string name)
        {
            if (objects.TryGetValue(kind, out var byName) && byName.TryGetValue(name, out var found))
            {
                Used.Add(kind + "/" + name);
                return found;
            }

            return null;
        }
    }
}
