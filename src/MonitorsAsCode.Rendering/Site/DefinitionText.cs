using System.Globalization;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Runbooks;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Events;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.History;

namespace MonitorsAsCode.Rendering.Site;

/// <summary>Definitions and results turned into the texts and views every generated page shares.</summary>
internal sealed class DefinitionText(DefinitionSet definitions, string definitionsFolder, RunResult? run, TrendSource? history = null)
{
    private readonly Dictionary<string, CheckResult> results = Index(run);
    private readonly Dictionary<string, TrendView> trends = new(StringComparer.Ordinal);
    private KnownEvents? events;

    public DefinitionSet Definitions { get; } = definitions;

    public RunResult? Run { get; } = run;

    /// <summary>The definitions folder's own name (<c>fraud-scoring</c>), for titles; never a full path, so pages do not depend on where they were generated.</summary>
    public string DefinitionsName { get; } = Path.GetFileName(Path.GetFullPath(definitionsFolder).TrimEnd('/', '\\'));

    /// <summary>What a monitor checks, in a few words: <c>drift of amount (psi)</c>.</summary>
    public static string Check(CheckKind check, IReadOnlyList<string> columns, DriftMethod? method)
    {
        var word = YamlWords.Of(check);
        var text = columns.Count == 0 ? word : word + " of " + string.Join(", ", columns);
        return method is { } m ? text + " (" + YamlWords.Of(m) + ")" : text;
    }

    /// <summary>What a severity asks of people.</summary>
    public static string SeverityMeaning(Severity severity) => severity switch
    {
        Severity.Act => "someone must act now: a failure pages the owner",
        Severity.Investigate => "someone looks during working hours: a failure opens a ticket",
        _ => "recorded and shown in reports; nobody is notified",
    };

    /// <summary>The check-specific settings of a monitor, one line each.</summary>
    public static IReadOnlyList<string> Settings(MonitorDefinition monitor)
    {
        var settings = new List<string>();
        if (monitor.Min is { } min)
        {
            settings.Add("smallest valid value: " + ValueFormat.Number(min));
        }

        if (monitor.Max is { } max)
        {
            settings.Add("largest valid value: " + ValueFormat.Number(max));
        }

        if (monitor.AllowedFromReference)
        {
            settings.Add("allowed values: those seen in the reference snapshot");
        }
        else if (monitor.Allowed is { } allowed)
        {
            settings.Add("allowed values: " + string.Join(", ", allowed));
        }

        if (monitor.Check == CheckKind.Schema)
        {
            settings.Add("undeclared columns: " + monitor.UnexpectedColumns.ToString().ToLowerInvariant());
        }

        if (monitor.Bins is { } bins)
        {
            settings.Add("bins: " + bins.ToString(CultureInfo.InvariantCulture));
        }

        return settings;
    }

    /// <summary>The history trends are drawn from, or null when none was given.</summary>
    public TrendSource? History { get; } = history;

    /// <summary>
    /// The monitor's trend over its latest recorded windows, read once and kept for the other pages; null when no
    /// history was given, so pages without a history are what they were.
    /// </summary>
    public TrendView? Trend(string monitorId)
    {
        if (History is null)
        {
            return null;
        }

        if (!trends.TryGetValue(monitorId, out var view))
        {
            events ??= KnownEvents.Of(Definitions);
            var monitor = Definitions.FindMonitor(monitorId);
            var metric = monitor is not null ? MetricCatalog.Describe(monitor.Check, monitor.Method)
                : ResultOf(monitorId) is { } result ? result.Metric
                : MetricCatalog.Describe(CheckKind.Drift);
            view = TrendViews.View(MonitorTrend.Read(History.Reader, monitorId, History.Windows, events), metric.Name, metric.Unit, monitor?.Baseline is not null);
            trends[monitorId] = view;
        }

        return view;
    }

    /// <summary>The last result of a monitor, or null when no run was given or the monitor was not in it.</summary>
    public CheckResult? ResultOf(string monitorId) => results.GetValueOrDefault(monitorId);

    /// <summary>The result as templates show it, with the known events over its window as the definitions describe them.</summary>
    public ResultView ViewWithEvents(CheckResult result) => View(result) with { Events = EventsOf(result) };

    /// <summary>The known events of <paramref name="result"/>, as the definitions describe them (an id they no longer declare is shown alone).</summary>
    public IReadOnlyList<EventView> EventsOf(CheckResult result)
    {
        var views = new List<EventView>();
        foreach (var id in result.Events)
        {
            var known = Definitions.Events.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
            views.Add(known is null
                ? new EventView(id, "-", "-", "-", null)
                : EventView.Of(known));
        }

        return views;
    }

    /// <summary>The result as templates show it.</summary>
    public static ResultView View(CheckResult result) => new(
        StatusText.Word(result.Status),
        StatusText.Label(result.Status),
        result.Value is { } value ? ValueFormat.Metric(value, result.Metric.Unit) : "-",
        ValueFormat.Threshold(result.Warn, result.Metric.Unit),
        ValueFormat.Threshold(result.Fail, result.Metric.Unit),
        result.Metric.Name,
        result.Evidence.Summary,
        Tables(result.Evidence))
    {
        Note = Results.StatusWords.EventNote(result),
    };

    /// <summary>Where a definition is written, relative to the definitions folder: <c>monitors.yaml, line 124</c>.</summary>
    public string DefinedIn(SourceMap source)
    {
        if (source.Location is not { } location)
        {
            return "definitions written in code";
        }

        return RelativePath(location.File) + ", line " + location.Line.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A path relative to the definitions folder when it lies inside it, else the path's file name; always with <c>/</c>.</summary>
    public string RelativePath(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetFullPath(definitionsFolder);
        var relative = Path.GetRelativePath(folder, full).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative) ? Path.GetFileName(full) : relative;
    }

    /// <summary>The runbook a monitor names, resolved: a declared runbook, a file's text, a link, or missing.</summary>
    public RunbookView? Runbook(MonitorDefinition monitor) => Runbook(monitor.Runbook, monitor.Source);

    /// <summary>A runbook reference written in a definition declared at <paramref name="source"/>, resolved the same way.</summary>
    public RunbookView? Runbook(string? reference, SourceMap source)
    {
        if (reference is null || string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        switch (RunbookReferences.Classify(reference))
        {
            case RunbookReferenceKind.Url:
                return new RunbookView(reference, "url") { Href = Href(reference) is { } href ? new Templates.TemplateMarkup(href) : null };
            case RunbookReferenceKind.File:
                var path = RunbookReferences.ResolveFile(reference, source.Location?.File);
                if (!File.Exists(path))
                {
                    return new RunbookView(reference, "missing");
                }

                // Read as a definitions file is: UTF-8 only, at most 16 MiB, so a runbook cannot hold the render hostage.
                var text = MonitorsAsCode.Definitions.Yaml.DefinitionFileText.Read(path, path, out var problem)
                    ?? throw new InvalidDataException(problem!.ToString()); // Read sets problem whenever it returns null
                return new RunbookView(reference, "file") { Text = Templates.MarkdownText.ShiftHeadings(text, 2) };
            default:
                return Definitions.FindRunbook(reference) is { } runbook ? View(reference, runbook) : new RunbookView(reference, "missing");
        }
    }

    /// <summary>An http(s) address safe inside <c>(…)</c> of a Markdown link and in an HTML attribute; null for other schemes.</summary>
    private static string? Href(string url)
    {
        if (!url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var href = new System.Text.StringBuilder(url.Length + 8);
        foreach (var c in url.Trim())
        {
            if (c <= ' ' || c is '(' or ')' or '<' or '>' or '"' or '\'' or '`' or '|' or '[' or ']' or '\\' or '{' or '}' or '*' or '_' or '~')
            {
                href.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                href.Append(c);
            }
        }

        return href.ToString();
    }

    private static RunbookView View(string reference, RunbookDefinition runbook)
    {
        EscalationView? escalation = null;
        if (runbook.Escalation is { } e)
        {
            var targets = new List<AcknowledgeView>();
            foreach (var target in e.Acknowledge)
            {
                targets.Add(new AcknowledgeView(YamlWords.Of(target.Severity), DurationText.Format(target.Seconds)));
            }

            escalation = new EscalationView(e.Owner, e.OnCall, targets, e.Steps);
        }

        var mitigations = new List<MitigationView>();
        foreach (var mitigation in runbook.Mitigations)
        {
            mitigations.Add(new MitigationView(mitigation.Action == MitigationAction.Other ? string.Empty : YamlWords.Of(mitigation.Action), mitigation.Text));
        }

        var diagnostics = new List<DiagnosticView>();
        foreach (var step in runbook.Diagnostics)
        {
            diagnostics.Add(new DiagnosticView(diagnostics.Count + 1, step.Text, step.Panel, step.Query, step.Language));
        }

        return new RunbookView(reference, "runbook")
        {
            Title = runbook.Title ?? runbook.Id,
            Meaning = runbook.Meaning,
            Causes = runbook.Causes,
            Mitigations = mitigations,
            Diagnostics = diagnostics,
            Escalation = escalation,
        };
    }

    private static IReadOnlyList<EvidenceTableView> Tables(Evidence evidence)
    {
        var tables = new List<EvidenceTableView>();
        foreach (var table in evidence.Details)
        {
            var numeric = new bool[table.Columns.Count];
            for (var c = 0; c < numeric.Length; c++)
            {
                numeric[c] = table.Rows.Count > 0;
                foreach (var row in table.Rows)
                {
                    if (c < row.Count && row[c].Number is null && !string.IsNullOrEmpty(row[c].Text))
                    {
                        numeric[c] = false;
                    }
                }
            }

            var columns = new List<EvidenceColumnView>();
            for (var c = 0; c < numeric.Length; c++)
            {
                columns.Add(new EvidenceColumnView(table.Columns[c], numeric[c]));
            }

            var rows = new List<EvidenceRowView>();
            foreach (var row in table.Rows)
            {
                var cells = new List<EvidenceCellView>(table.Columns.Count);
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    cells.Add(new EvidenceCellView(c < row.Count ? row[c].ToString() : string.Empty, numeric[c]));
                }

                rows.Add(new EvidenceRowView(cells));
            }

            tables.Add(new EvidenceTableView(table.Title, columns, rows));
        }

        return tables;
    }

    private static Dictionary<string, CheckResult> Index(RunResult? run)
    {
        var index = new Dictionary<string, CheckResult>(StringComparer.Ordinal);
        if (run is not null)
        {
            foreach (var result in run.Results)
            {
                index[result.MonitorId] = result;
            }
        }

        return index;
    }
}
