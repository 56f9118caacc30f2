using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// A service level objective being declared in C#: returned by <see cref="MonitorBuilder.Slo"/> and
/// <see cref="MonitorBuilder.MonitorSlo"/>, it builds the same <see cref="SloDefinition"/> as an entry of
/// a YAML <c>slos:</c> list, and the same rules (MAC0016–MAC0021) judge it when it is loaded.
/// </summary>
public sealed class SloBuilder
{
    private readonly FieldLocations locations;
    private readonly List<KeyValuePair<string, string>> labels = [];
    private readonly List<KeyValuePair<string, string>> annotations = [];
    private readonly List<BurnRateWindow> windows = [];
    private readonly List<MaintenanceWindow> maintenance = [];
    private SloDefinition definition;
    private SloAlert? page;
    private SloAlert? ticket;
    private string? alertName;

    internal SloBuilder(SloDefinition definition, SourceLocation? location)
    {
        this.definition = definition;
        locations = new FieldLocations(location);
        foreach (var field in new[] { "id", "indicator", "objective", "window" })
        {
            locations.Set(field, location);
        }

        if (definition.DatasetId is not null)
        {
            locations.Set("dataset", location);
        }

        if (definition.Indicator.Monitor is not null)
        {
            locations.Set("indicator.monitor", location);
            locations.Set("time_slice", location);
        }
    }

    /// <summary>The SLO's id.</summary>
    public string Id => definition.Id;

    /// <summary>The service the SLO belongs to (defaults to the dataset id where one is needed).</summary>
    public SloBuilder Service(string service)
    {
        definition = definition with { Service = service };
        return this;
    }

    /// <summary>Who responds (a team or on-call rotation); alerts are routed on it.</summary>
    public SloBuilder Owner(string owner)
    {
        definition = definition with { Owner = owner };
        return this;
    }

    /// <summary>What the SLO promises, in a sentence.</summary>
    public SloBuilder Description(string description)
    {
        definition = definition with { Description = description };
        return this;
    }

    /// <summary>Which events count at all, as an SLI expression (<c>status &lt; 500</c>); without it every event counts.</summary>
    public SloBuilder Total(string expression)
    {
        definition = definition with { Indicator = definition.Indicator with { Total = expression ?? throw new ArgumentNullException(nameof(expression)) } };
        return this;
    }

    /// <summary>
    /// The PromQL the generated Prometheus rules measure the SLI with, in Sloth's convention (each query a rate
    /// over <c>{{.window}}</c>): <paramref name="totalQuery"/> with exactly one of <paramref name="errorQuery"/>
    /// and <paramref name="goodQuery"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Both or neither of the error and good queries are given.</exception>
    public SloBuilder Prometheus(string totalQuery, string? errorQuery = null, string? goodQuery = null)
    {
        if ((errorQuery is null) == (goodQuery is null))
        {
            throw new ArgumentException("give exactly one of errorQuery and goodQuery, with totalQuery", nameof(errorQuery));
        }

        var queries = new PrometheusQueries(totalQuery ?? throw new ArgumentNullException(nameof(totalQuery))) { ErrorQuery = errorQuery, GoodQuery = goodQuery };
        definition = definition with { Indicator = definition.Indicator with { Prometheus = queries } };
        return this;
    }

    /// <summary>Judges the objective over calendar periods (this month so far) instead of the rolling window.</summary>
    public SloBuilder Calendar(CalendarPeriod period, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        definition = definition with { Window = SloWindow.Of(period) };
        locations.Set("window", CallSite.Of(file, line));
        return this;
    }

    /// <summary>
    /// Counts good time slices rather than good events: a slice of <paramref name="slice"/> is good when its
    /// share of good events reaches <paramref name="target"/> (the objective when null).
    /// </summary>
    public SloBuilder TimeSlices(TimeSpan slice, double? target = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        definition = definition with { Budgeting = BudgetingMethod.Timeslices, TimeSlice = slice, TimeSliceTarget = target };
        var location = CallSite.Of(file, line);
        locations.Set("time_slice", location);
        if (target is not null)
        {
            locations.Set("time_slice_target", location);
            if (definition.Indicator.Monitor is not null)
            {
                Problem(DefinitionRules.UnknownKey, "a time slice target does not apply to a monitor indicator: a slice is good when the monitor passes on it", location);
            }
        }

        return this;
    }

    /// <summary>
    /// The SLO warns when less than <paramref name="warn"/> of its error budget remains and fails below
    /// <paramref name="fail"/> (0, a missed objective, when null); a gate naming the SLO blocks on it.
    /// </summary>
    public SloBuilder BudgetRemaining(double? warn = null, double? fail = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        definition = definition with { BudgetRemainingWarn = warn, BudgetRemainingFail = fail };
        var location = CallSite.Of(file, line);
        if (warn is not null)
        {
            locations.Set("budget_remaining.warn", location);
        }

        if (fail is not null)
        {
            locations.Set("budget_remaining.fail", location);
        }

        return this;
    }

    /// <summary>Pages when the budget burns fast (the page windows); whoever is woken follows <paramref name="runbook"/>, which pages require.</summary>
    public SloBuilder Page(string? runbook, string? summary = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        page = new SloAlert { Runbook = runbook, Summary = summary };
        locations.Set("alerting", CallSite.Of(file, line));
        locations.Set("alerting.page", CallSite.Of(file, line));
        return this;
    }

    /// <summary>Opens a ticket when the budget burns steadily (the ticket windows).</summary>
    public SloBuilder Ticket(string? runbook = null, string? summary = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        ticket = new SloAlert { Runbook = runbook, Summary = summary };
        locations.Set("alerting", CallSite.Of(file, line));
        locations.Set("alerting.ticket", CallSite.Of(file, line));
        return this;
    }

    /// <summary>The Prometheus alert name; derived from the id when not given (<c>scoring-latency</c> → <c>ScoringLatencyBudgetBurn</c>).</summary>
    public SloBuilder AlertName(string name)
    {
        alertName = name;
        return this;
    }

    /// <summary>A label on every alert of the SLO, or only on the page or ticket alert when <paramref name="severity"/> is given.</summary>
    public SloBuilder AlertLabel(string name, string value, AlertSeverity? severity = null)
    {
        AddPair(labels, severity, name, value, isLabel: true);
        return this;
    }

    /// <summary>An annotation on every alert of the SLO, or only on the page or ticket alert when <paramref name="severity"/> is given.</summary>
    public SloBuilder AlertAnnotation(string name, string value, AlertSeverity? severity = null)
    {
        AddPair(annotations, severity, name, value, isLabel: false);
        return this;
    }

    /// <summary>
    /// A burn-rate condition replacing the SRE workbook's defaults (declare every condition wanted): alert with
    /// <paramref name="severity"/> when the error rate over both <paramref name="longWindow"/> and
    /// <paramref name="shortWindow"/> would consume <paramref name="budgetConsumed"/> of the budget within the long window.
    /// </summary>
    public SloBuilder BurnRate(AlertSeverity severity, TimeSpan longWindow, TimeSpan shortWindow, double budgetConsumed, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        var prefix = "alerting.windows[" + windows.Count.ToString(CultureInfo.InvariantCulture) + "].";
        windows.Add(new BurnRateWindow(severity, longWindow, shortWindow, budgetConsumed));
        var location = CallSite.Of(file, line);
        foreach (var field in new[] { "severity", "long", "short", "budget_consumed" })
        {
            locations.Set(prefix + field, location);
        }

        return this;
    }

    /// <summary>A recurring window (UTC times of day) in which the alerts are muted, on <paramref name="weekdays"/> (every day when none).</summary>
    public SloBuilder Maintenance(string name, TimeSpan start, TimeSpan end, DayOfWeek[]? weekdays = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        var location = CallSite.Of(file, line);
        var fields = new FieldLocations(location);
        foreach (var field in new[] { "name", "weekdays", "start", "end" })
        {
            fields.Set(field, location);
        }

        if (start < TimeSpan.Zero || start > TimeSpan.FromDays(1) || end < TimeSpan.Zero || end > TimeSpan.FromDays(1))
        {
            Problem(DefinitionRules.WrongValueType, $"maintenance window '{name}' needs start and end times of day from 00:00 to 24:00 (UTC)", location);
        }

        maintenance.Add(new MaintenanceWindow(name ?? throw new ArgumentNullException(nameof(name)), weekdays is null ? [] : (DayOfWeek[])weekdays.Clone(), start, end) { Source = fields.ToSourceMap() });
        return this;
    }

    /// <summary>Problems only the builder can see (alert settings without a page or ticket alert), which YAML reports while reading.</summary>
    internal List<DefinitionDiagnostic> Problems { get; } = [];

    internal SloDefinition Build()
    {
        var alerting = page is null && ticket is null && alertName is null && labels.Count == 0 && annotations.Count == 0 && windows.Count == 0 && maintenance.Count == 0
            ? null
            : new SloAlerting
            {
                Name = alertName,
                Labels = labels.ToArray(),
                Annotations = annotations.ToArray(),
                Page = page,
                Ticket = ticket,
                Windows = windows.Count == 0 ? null : windows.ToArray(),
                Maintenance = maintenance.ToArray(),
            };
        return definition with { Alerting = alerting, Source = locations.ToSourceMap() };
    }

    /// <summary>The builder problems of this SLO once every call is made.</summary>
    internal IEnumerable<DefinitionDiagnostic> BuildProblems()
    {
        foreach (var problem in Problems)
        {
            yield return problem;
        }

        if (page is null && ticket is null && (alertName is not null || labels.Count > 0 || annotations.Count > 0 || windows.Count > 0 || maintenance.Count > 0))
        {
            yield return new DefinitionDiagnostic(DefinitionRules.MissingRequiredField, $"SLO '{Id}' sets alerting but neither pages nor opens tickets: call .Page(runbook) or .Ticket()", locations.Location);
        }
    }

    private void AddPair(List<KeyValuePair<string, string>> all, AlertSeverity? severity, string name, string value, bool isLabel)
    {
        var pair = new KeyValuePair<string, string>(name ?? throw new ArgumentNullException(nameof(name)), value ?? throw new ArgumentNullException(nameof(value)));
        if (severity is null)
        {
            all.Add(pair);
            return;
        }

        var alert = (severity == AlertSeverity.Page ? page : ticket) ?? throw new InvalidOperationException($"call .{severity}(...) before giving its alert a {(isLabel ? "label" : "annotation")}");
        alert = isLabel
            ? alert with { Labels = [.. alert.Labels, pair] }
            : alert with { Annotations = [.. alert.Annotations, pair] };
        if (severity == AlertSeverity.Page)
        {
            page = alert;
        }
        else
        {
            ticket = alert;
        }
    }

    private void Problem(DiagnosticRule rule, string message, SourceLocation? location) =>
        Problems.Add(new DefinitionDiagnostic(rule, message, location ?? locations.Location));
}
