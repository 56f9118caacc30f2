using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.History;
using MonitorsAsCode.Definitions.Links;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Rendering.Files;
using MonitorsAsCode.Rendering.Metrics;
using MonitorsAsCode.Rendering.Prometheus;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>
/// One Grafana dashboard per dataset over the metrics of <see cref="ExportedMetrics"/>: an overview row
/// (failing monitors, status by monitor, the gates its monitors belong to), then a row per check kind
/// with a time series per monitor, its thresholds drawn as lines, then a row of SLOs with their SLI,
/// error budget remaining and burn rates over the series of the generated Prometheus rules. The dashboard's uid and every panel id
/// derive from ids, not positions, so adding a monitor changes only the panels it adds.
/// </summary>
public static class GrafanaDashboards
{
    private const int PanelWidth = 12;
    private const int PanelHeight = 8;

    /// <summary>The dashboard variable that selects the history store's data source.</summary>
    private const string HistoryVariable = "history";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,

        // Readable PromQL in diffs (\" rather than \u0022); descriptions are already inert Markdown.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The dashboard's file, relative to the output folder: <c>grafana/fraud-scoring.json</c>.</summary>
    public static string FileOf(string datasetId) => "grafana/" + PageNames.Slug(datasetId) + ".json";

    /// <summary>The dashboard's uid: <c>mac-</c> and the dataset's id (or a hash of it when it would be too long), at most 40 characters.</summary>
    public static string UidOf(string datasetId)
    {
        var slug = PageNames.Slug(datasetId);
        return slug.Length <= 36 ? "mac-" + slug : "mac-" + Hash(datasetId)[..16];
    }

    /// <summary>The dashboard of <paramref name="dataset"/>, for its monitors in <paramref name="definitions"/>.</summary>
    public static GrafanaDashboard Build(DefinitionSet definitions, DatasetDefinition dataset) => Build(definitions, dataset, history: null);

    /// <summary>
    /// The dashboard of <paramref name="dataset"/>; with <paramref name="history"/>, also a row of panels over the history
    /// store of that kind (a SQL data source chosen in the <c>history</c> variable): each monitor's recorded value and
    /// limits per window, and the dataset's known events as annotations from the same data source.
    /// </summary>
    public static GrafanaDashboard Build(DefinitionSet definitions, DatasetDefinition dataset, HistoryStoreKind? history)
    {
        var monitors = new List<MonitorDefinition>();
        foreach (var monitor in definitions.Monitors)
        {
            if (string.Equals(monitor.DatasetId, dataset.Id, StringComparison.Ordinal))
            {
                monitors.Add(monitor);
            }
        }

        var ids = new PanelIds();
        var panels = new List<GrafanaPanel>();
        var wiki = definitions.RunbookBaseUrl is { } baseUrl && DocumentationLinks.Problem(baseUrl) is null ? baseUrl : null;
        var y = AddOverview(panels, ids, definitions, dataset, monitors, 0);

        foreach (var check in Enum.GetValues<CheckKind>())
        {
            var ofKind = monitors.FindAll(m => m.Check == check);
            if (ofKind.Count == 0)
            {
                continue;
            }

            var word = YamlWords.Of(check);
            panels.Add(Row(ids, "row:" + word, char.ToUpperInvariant(word[0]) + word[1..], y++));
            for (var i = 0; i < ofKind.Count; i++)
            {
                var panel = MonitorPanel(ids, dataset, ofKind[i], new GrafanaGridPosition(PanelHeight, PanelWidth, (i % 2) * PanelWidth, y + ((i / 2) * PanelHeight)));
                panels.Add(panel with { Links = WikiLinks(wiki, "monitor", ofKind[i].Id) });
            }

            y += ((ofKind.Count + 1) / 2) * PanelHeight;
        }

        var slos = new List<SloDefinition>();
        foreach (var slo in definitions.Slos)
        {
            if (HasSloPanels(slo) && string.Equals(Slos.SloViews.DatasetOf(definitions, slo), dataset.Id, StringComparison.Ordinal))
            {
                slos.Add(slo);
            }
        }

        if (slos.Count > 0)
        {
            panels.Add(Row(ids, "row:slos", "SLOs", y++));
            foreach (var slo in slos)
            {
                foreach (var panel in SloPanels(ids, slo, y))
                {
                    panels.Add(panel with { Links = WikiLinks(wiki, "slo", slo.Id) });
                }

                y += PanelHeight;
            }
        }

        var variables = new List<GrafanaVariable> { new("datasource", "Prometheus", "datasource", "prometheus") };
        var annotations = EventAnnotations(definitions, dataset, null);
        if (history is { } kind && monitors.Count > 0)
        {
            panels.Add(Row(ids, "row:history", "History", y++));
            for (var i = 0; i < monitors.Count; i++)
            {
                panels.Add(HistoryPanel(ids, monitors[i], kind, new GrafanaGridPosition(PanelHeight, PanelWidth, (i % 2) * PanelWidth, y + ((i / 2) * PanelHeight))));
            }

            variables.Add(new GrafanaVariable(HistoryVariable, "History store", "datasource", GrafanaHistoryQueries.DataSourceType(kind)));
            if (EventAnnotations(definitions, dataset, kind) is { } fromHistory)
            {
                annotations = new GrafanaAnnotations([.. annotations?.List ?? [], .. fromHistory.List]);
            }
        }

        return new GrafanaDashboard(UidOf(dataset.Id), dataset.Id + " monitors", panels)
        {
            Description = dataset.Description is { } description ? MarkdownText.Inline(description) : null,
            Tags = ["monitors-as-code", dataset.Id],
            Templating = new GrafanaTemplating(variables),
            Annotations = annotations,
        };
    }

    /// <summary>
    /// A monitor's recorded windows from the history store: the value and the limits recorded with each window (for a
    /// baseline monitor, its band) as lines, with the monitor's id an escaped SQL literal.
    /// </summary>
    private static GrafanaPanel HistoryPanel(PanelIds ids, MonitorDefinition monitor, HistoryStoreKind kind, GrafanaGridPosition position)
    {
        var metric = MetricCatalog.Describe(monitor.Check, monitor.Method);
        var target = HistoryTarget("A", GrafanaHistoryQueries.PanelSql(monitor, kind), kind, ["time"]);
        var custom = new Dictionary<string, object>
        {
            ["drawStyle"] = "line",
            ["lineInterpolation"] = "stepAfter",
            ["showPoints"] = "always",
            ["spanNulls"] = false,
        };
        var overrides = new List<object>();
        foreach (var (prefix, colour) in new[] { ("warn", "yellow"), ("fail", "red") })
        {
            overrides.Add(new Dictionary<string, object>
            {
                ["matcher"] = new Dictionary<string, object> { ["id"] = "byRegexp", ["options"] = "^" + prefix + "( below| above)?$" },
                ["properties"] = new object[]
                {
                    new Dictionary<string, object> { ["id"] = "color", ["value"] = new Dictionary<string, object> { ["mode"] = "fixed", ["fixedColor"] = colour } },
                    new Dictionary<string, object> { ["id"] = "custom.lineStyle", ["value"] = new Dictionary<string, object> { ["fill"] = "dash", ["dash"] = new[] { 10, 10 } } },
                    new Dictionary<string, object> { ["id"] = "custom.showPoints", ["value"] = "never" },
                },
            });
        }

        var what = monitor.Baseline is not null ? "the band its baseline expected in each window" : "the warn and fail limits in force in each window";
        return new GrafanaPanel(ids.For("history:" + monitor.Id), "timeseries", monitor.Id + " over the history", position)
        {
            Description = MarkdownText.Inline($"{metric.Name} of {monitor.Id} per recorded window (from the history store, by window start), against {what}. Gaps are windows with nothing recorded."),
            Datasource = target.Datasource,
            Targets = [target],
            FieldConfig = new GrafanaFieldConfig(new GrafanaFieldDefaults(Unit(metric.Unit), new GrafanaThresholds([new("green", null)]))
            {
                Min = metric.Minimum,
                Max = metric.Unit == MetricUnit.Share ? 1 : null,
                Custom = custom,
            })
            {
                Overrides = overrides,
            },
            Options = new Dictionary<string, object>
            {
                ["legend"] = new Dictionary<string, object> { ["displayMode"] = "list", ["placement"] = "bottom", ["showLegend"] = true },
                ["tooltip"] = new Dictionary<string, object> { ["mode"] = "multi", ["sort"] = "none" },
            },
        };
    }

    /// <summary>
    /// An annotation per known event of the dataset, over the <c>monitors_check_event</c> series the runs inside it export:
    /// red for <c>suppress</c>, orange for <c>exclude-from-baseline</c>, blue for <c>annotate</c>. Null without events, so
    /// dashboards of datasets without events are as before.
    /// </summary>
    private static GrafanaAnnotations? EventAnnotations(DefinitionSet definitions, DatasetDefinition dataset, HistoryStoreKind? history)
    {
        var annotations = new List<GrafanaAnnotation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var known in definitions.Events)
        {
            if (!known.Touches(dataset.Id) || !seen.Add(known.Id))
            {
                continue;
            }

            var color = known.Effect switch
            {
                Definitions.Events.EventEffect.Suppress => "red",
                Definitions.Events.EventEffect.ExcludeFromBaseline => "orange",
                _ => "blue",
            };
            var text = $"{Definitions.Events.EventWords.Of(known.Kind)}, {Definitions.Events.EventWords.Of(known.Effect)}: {Definitions.Events.EventInstant.Span(known)}";
            if (known.Description is { } description)
            {
                text += ". " + description;
            }

            if (history is { } kind)
            {
                var target = HistoryTarget("Anno", GrafanaHistoryQueries.AnnotationSql(known, MarkdownText.Inline(text), kind), kind, ["time", "timeend"]);
                annotations.Add(new GrafanaAnnotation(MarkdownText.Inline("Event " + known.Id + " (history)"), null, color)
                {
                    Datasource = target.Datasource,
                    Target = target,
                });
                continue;
            }

            annotations.Add(new GrafanaAnnotation(
                MarkdownText.Inline("Event " + known.Id),
                $"max({ExportedMetrics.CheckEvent.Name}{{{Label("dataset", dataset.Id)}, {Label("event", known.Id)}}})",
                color)
            {
                TitleFormat = MarkdownText.Inline(known.Id),
                TextFormat = MarkdownText.Inline(text),
            });
        }

        return annotations.Count == 0 ? null : new GrafanaAnnotations(annotations);
    }

    /// <summary>The dashboard as JSON: two-space indents, LF line endings, a final line break.</summary>
    public static string Serialize(GrafanaDashboard dashboard) => JsonSerializer.Serialize(dashboard, Json) + "\n";

    /// <summary>One dashboard file per dataset, in definition order; with <paramref name="history"/>, each with its row over the history store.</summary>
    public static IReadOnlyList<GeneratedFile> Render(DefinitionSet definitions, HistoryStoreKind? history = null)
    {
        var files = new List<GeneratedFile>();
        foreach (var dataset in definitions.Datasets)
        {
            files.Add(new GeneratedFile(FileOf(dataset.Id), Serialize(Build(definitions, dataset, history))));
        }

        return files;
    }

    /// <summary>The overview row (failing monitors, status by monitor, and the gates the monitors belong to); returns the next free row.</summary>
    private static int AddOverview(List<GrafanaPanel> panels, PanelIds ids, DefinitionSet definitions, DatasetDefinition dataset, List<MonitorDefinition> monitors, int y)
    {
        panels.Add(Row(ids, "row:overview", "Overview", y++));
        var datasetLabel = Label("dataset", dataset.Id);
        panels.Add(new GrafanaPanel(ids.For("overview:failing"), "stat", "Failing monitors", new GrafanaGridPosition(PanelHeight, 6, 0, y))
        {
            Description = MarkdownText.Inline($"Monitors of {dataset.Id} whose last run failed or errored."),
            Datasource = GrafanaDataSource.Prometheus,
            Targets = [new GrafanaTarget("A", $"count({ExportedMetrics.CheckStatus.Name}{{{datasetLabel}, status=~\"fail|error\"}} == 1) or vector(0)", "failing") { Instant = true }],
            FieldConfig = new GrafanaFieldConfig(new GrafanaFieldDefaults("none", new GrafanaThresholds([new("green", null), new("red", 1)]))),
            Options = new Dictionary<string, object> { ["colorMode"] = "background", ["graphMode"] = "none", ["reduceOptions"] = new Dictionary<string, object> { ["calcs"] = new[] { "lastNotNull" } } },
        });
        panels.Add(new GrafanaPanel(ids.For("overview:status"), "table", "Status by monitor", new GrafanaGridPosition(PanelHeight, 18, 6, y))
        {
            Description = MarkdownText.Inline($"The status of each monitor of {dataset.Id} in the last run."),
            Datasource = GrafanaDataSource.Prometheus,
            Targets = [new GrafanaTarget("A", $"{ExportedMetrics.CheckStatus.Name}{{{datasetLabel}}} == 1", "{{monitor}}") { Instant = true, Format = "table" }],
            FieldConfig = new GrafanaFieldConfig(new GrafanaFieldDefaults("none", new GrafanaThresholds([new("green", null)]))),
        });
        y += PanelHeight;

        var gates = GatesOf(definitions, monitors);
        if (gates.Count > 0)
        {
            var queries = new List<string>();
            foreach (var gate in gates)
            {
                queries.Add($"{ExportedMetrics.GateStatus.Name}{{{Label("gate", gate)}}} == 1");
            }

            panels.Add(new GrafanaPanel(ids.For("overview:gates"), "table", "Gates", new GrafanaGridPosition(PanelHeight / 2, 24, 0, y))
            {
                Description = MarkdownText.Inline("The verdict of each gate that holds a monitor of this dataset: " + string.Join(", ", gates) + "."),
                Datasource = GrafanaDataSource.Prometheus,
                Targets = [new GrafanaTarget("A", string.Join(" or ", queries), "{{gate}}") { Instant = true, Format = "table" }],
                FieldConfig = new GrafanaFieldConfig(new GrafanaFieldDefaults("none", new GrafanaThresholds([new("green", null)]))),
            });
            y += PanelHeight / 2;
        }

        return y;
    }

    /// <summary>The link to the page <c>monitors render</c> writes for a monitor or SLO (its definition and runbook), under the team's wiki.</summary>
    private static List<GrafanaLink>? WikiLinks(string? wiki, string kind, string id) =>
        wiki is null ? null : [new GrafanaLink($"Wiki page of {kind} {id}: definition and runbook", PageNames.Url(wiki, kind, id))];

    private static GrafanaPanel MonitorPanel(PanelIds ids, DatasetDefinition dataset, MonitorDefinition monitor, GrafanaGridPosition position)
    {
        var metric = MetricCatalog.Describe(monitor.Check, monitor.Method);
        var family = ExportedMetrics.ValueOf(monitor.Check);
        var selector = $"{family.Name}{{{Label("dataset", dataset.Id)}, {Label("monitor", monitor.Id)}}}";
        var custom = new Dictionary<string, object>
        {
            ["drawStyle"] = "line",
            ["lineInterpolation"] = "stepAfter",
            ["showPoints"] = "always",
            ["thresholdsStyle"] = new Dictionary<string, object> { ["mode"] = "line" },
        };
        var defaults = new GrafanaFieldDefaults(Unit(metric.Unit), new GrafanaThresholds(Steps(monitor)))
        {
            Min = metric.Minimum,
            Max = metric.Unit == MetricUnit.Share ? 1 : null,
            Custom = custom,
        };
        return new GrafanaPanel(ids.For("monitor:" + monitor.Id), "timeseries", monitor.Id, position)
        {
            Description = MarkdownText.Inline(monitor.Description ?? DescribeMonitor(monitor)),
            Datasource = GrafanaDataSource.Prometheus,
            Targets = [new GrafanaTarget("A", selector, "{{monitor}}")],
            FieldConfig = new GrafanaFieldConfig(defaults),
            Options = new Dictionary<string, object>
            {
                ["legend"] = new Dictionary<string, object> { ["displayMode"] = "list", ["placement"] = "bottom", ["showLegend"] = true },
                ["tooltip"] = new Dictionary<string, object> { ["mode"] = "multi", ["sort"] = "none" },
            },
        };
    }

    /// <summary>
    /// Whether an SLO gets dashboard panels: those that <see cref="Prometheus.PrometheusRuleWriter"/> writes rules
    /// for (Prometheus queries, budgeted by occurrences), since the panels query those rules' series.
    /// </summary>
    public static bool HasSloPanels(SloDefinition slo)
    {
        ArgumentNullException.ThrowIfNull(slo);
        return slo.Indicator.Prometheus is not null && slo.Budgeting == BudgetingMethod.Occurrences;
    }

    /// <summary>
    /// Three panels side by side for one SLO, over the series of Sloth's recording rules selected by <c>sloth_id</c>:
    /// the SLI over the objective's window against the objective, the error budget remaining over that window
    /// (yellow and red below the SLO's warn and fail shares), and the burn rate over every alert window and the
    /// current 5m one, with the smallest ticket and page factors as threshold lines.
    /// </summary>
    private static List<GrafanaPanel> SloPanels(PanelIds ids, SloDefinition slo, int y)
    {
        const int Width = 8;
        var selector = "{" + Label("sloth_id", SloRuleNames.Id(slo)) + "}";
        var period = SloRuleNames.ErrorRatio(slo.Window.Duration);
        var window = slo.Window.Duration;
        var custom = new Dictionary<string, object>
        {
            ["drawStyle"] = "line",
            ["lineInterpolation"] = "linear",
            ["showPoints"] = "never",
            ["thresholdsStyle"] = new Dictionary<string, object> { ["mode"] = "line" },
        };
        var options = new Dictionary<string, object>
        {
            ["legend"] = new Dictionary<string, object> { ["displayMode"] = "list", ["placement"] = "bottom", ["showLegend"] = true },
            ["tooltip"] = new Dictionary<string, object> { ["mode"] = "multi", ["sort"] = "none" },
        };
        var windowText = Results.SloText.Window(window);

        var sli = new GrafanaPanel(ids.For("slo:" + slo.Id + ":sli"), "timeseries", slo.Id + ": SLI", new GrafanaGridPosition(PanelHeight, Width, 0, y))
        {
            Description = MarkdownText.Inline($"Share of good events of SLO {slo.Id} over its {windowText} window, against its objective of {Results.SloText.Percent(slo.Objective, 4)}."),
            Datasource = GrafanaDataSource.Prometheus,
            Targets =
            [
                new GrafanaTarget("A", $"1 - {period}{selector}", "SLI over " + windowText),
                new GrafanaTarget("B", $"slo:objective:ratio{selector}", "objective"),
            ],
            FieldConfig = new GrafanaFieldConfig(new GrafanaFieldDefaults("percentunit", new GrafanaThresholds([new("red", null), new("green", slo.Objective)])) { Max = 1, Custom = custom }),
            Options = options,
        };

        var budgetSteps = BudgetSteps(slo);
        var budget = new GrafanaPanel(ids.For("slo:" + slo.Id + ":budget"), "timeseries", slo.Id + ": error budget remaining", new GrafanaGridPosition(PanelHeight, Width, Width, y))
        {
            Description = MarkdownText.Inline($"Share of the error budget of SLO {slo.Id} left over its {windowText} window; below 0 the objective is missed. The SLO {Slos.SloViews.BudgetPolicy(slo)}."),
            Datasource = GrafanaDataSource.Prometheus,
            Targets = [new GrafanaTarget("A", $"slo:period_error_budget_remaining:ratio{selector}", "budget remaining")],
            FieldConfig = new GrafanaFieldConfig(new GrafanaFieldDefaults("percentunit", new GrafanaThresholds(budgetSteps)) { Max = 1, Custom = custom }),
            Options = options,
        };

        var (targets, burnSteps) = BurnRates(slo, selector);

        var burn = new GrafanaPanel(ids.For("slo:" + slo.Id + ":burn"), "timeseries", slo.Id + ": burn rate", new GrafanaGridPosition(PanelHeight, Width, 2 * Width, y))
        {
            Description = MarkdownText.Inline($"Error ratio of SLO {slo.Id} divided by its error budget, per window: 1 spends the budget in exactly {windowText}. Lines mark the smallest ticket and page factors; an alert fires when its long and short windows both exceed its factor."),
            Datasource = GrafanaDataSource.Prometheus,
            Targets = targets,
            FieldConfig = new GrafanaFieldConfig(new GrafanaFieldDefaults("none", new GrafanaThresholds(burnSteps)) { Min = 0, Custom = custom }),
            Options = options,
        };
        return [sli, budget, burn];
    }

    /// <summary>Red below the SLO's fail share of budget left, yellow below its warn share, green above.</summary>
    private static List<GrafanaThresholdStep> BudgetSteps(SloDefinition slo)
    {
        var budgetSteps = new List<GrafanaThresholdStep> { new("red", null) };
        var fail = slo.BudgetRemainingFail ?? 0;
        if (slo.BudgetRemainingWarn is { } warn && warn > fail)
        {
            budgetSteps.Add(new("yellow", fail));
            budgetSteps.Add(new("green", warn));
        }
        else
        {
            budgetSteps.Add(new("green", fail));
        }

        return budgetSteps;
    }

    /// <summary>
    /// The burn-rate queries (the current 5m one, then every alert window shorter than the SLO's) and threshold lines at
    /// the smallest ticket (yellow) and page (red) factors.
    /// </summary>
    private static (List<GrafanaTarget> Targets, List<GrafanaThresholdStep> Steps) BurnRates(SloDefinition slo, string selector)
    {
        const string onSlo = " / on(sloth_id, sloth_slo, sloth_service) group_left ";
        var window = slo.Window.Duration;
        var targets = new List<GrafanaTarget> { new("A", $"slo:current_burn_rate:ratio{selector}", "5m") };
        var burnWindows = new SortedSet<TimeSpan>();
        double? pageFactor = null;
        double? ticketFactor = null;
        foreach (var alert in slo.Alerting?.ActiveWindows() ?? [])
        {
            burnWindows.Add(alert.Long);
            burnWindows.Add(alert.Short);
            var factor = alert.Factor(window);
            if (alert.Severity == AlertSeverity.Page)
            {
                pageFactor = pageFactor is { } p ? Math.Min(p, factor) : factor;
            }
            else
            {
                ticketFactor = ticketFactor is { } t ? Math.Min(t, factor) : factor;
            }
        }

        burnWindows.Remove(TimeSpan.FromMinutes(5));
        burnWindows.RemoveWhere(w => w >= window);
        foreach (var burnWindow in burnWindows)
        {
            targets.Add(new GrafanaTarget(RefId(targets.Count), $"{SloRuleNames.ErrorRatio(burnWindow)}{selector}{onSlo}slo:error_budget:ratio{selector}", Results.SloText.Window(burnWindow)));
        }

        var burnSteps = new List<GrafanaThresholdStep> { new("green", null) };
        if (ticketFactor is { } ticket && (pageFactor is not { } pageAbove || ticket < pageAbove))
        {
            burnSteps.Add(new("yellow", ticket));
        }

        if (pageFactor is { } page)
        {
            burnSteps.Add(new("red", page));
        }

        return (targets, burnSteps);
    }

    /// <summary>
    /// A SQL query of the history store's data source, in that data source's query model: Grafana's SQL targets
    /// (<c>rawSql</c>) for PostgreSQL, the plugin's (<c>queryText</c>, with the columns it turns from Unix seconds into times) for SQLite.
    /// </summary>
    private static GrafanaTarget HistoryTarget(string refId, string sql, HistoryStoreKind kind, IReadOnlyList<string> timeColumns)
    {
        var source = new GrafanaDataSource(GrafanaHistoryQueries.DataSourceType(kind), "${" + HistoryVariable + "}");
        return kind == HistoryStoreKind.Postgres
            ? new GrafanaTarget(refId, null, null) { Datasource = source, Format = "table", EditorMode = "code", RawQuery = true, RawSql = sql }
            : new GrafanaTarget(refId, null, null) { Datasource = source, QueryText = sql, RawQueryText = sql, TimeColumns = timeColumns };
    }

    private static string RefId(int index) => ((char)('A' + index)).ToString();

    /// <summary>Green within thresholds, yellow beyond warn, red beyond fail; a band is coloured on both sides.</summary>
    private static List<GrafanaThresholdStep> Steps(MonitorDefinition monitor)
    {
        var steps = new List<GrafanaThresholdStep>();
        var lowerFail = monitor.Fail?.Below;
        var lowerWarn = monitor.Warn?.Below;
        steps.Add(new GrafanaThresholdStep(lowerFail is not null ? "red" : lowerWarn is not null ? "yellow" : "green", null));
        if (lowerFail is { } failBelow && lowerWarn is not null)
        {
            steps.Add(new GrafanaThresholdStep("yellow", failBelow));
        }

        if ((lowerWarn ?? lowerFail) is { } lowestGreen)
        {
            steps.Add(new GrafanaThresholdStep("green", lowestGreen));
        }

        if (monitor.Warn?.Above is { } warnAbove)
        {
            steps.Add(new GrafanaThresholdStep("yellow", warnAbove));
        }

        if (monitor.Fail?.Above is { } failAbove)
        {
            steps.Add(new GrafanaThresholdStep("red", failAbove));
        }

        return steps;
    }

    private static string DescribeMonitor(MonitorDefinition monitor) =>
        Site.DefinitionText.Check(monitor.Check, monitor.Columns, monitor.EffectiveMethod);

    private static GrafanaPanel Row(PanelIds ids, string key, string title, int y) =>
        new(ids.For(key), "row", title, new GrafanaGridPosition(1, 24, 0, y)) { Collapsed = false, Panels = [] };

    private static List<string> GatesOf(DefinitionSet definitions, List<MonitorDefinition> monitors)
    {
        var gates = new List<string>();
        foreach (var gate in definitions.Gates)
        {
            foreach (var member in gate.Monitors)
            {
                if (monitors.Exists(m => string.Equals(m.Id, member, StringComparison.Ordinal)))
                {
                    gates.Add(gate.Id);
                    break;
                }
            }
        }

        return gates;
    }

    private static string Unit(MetricUnit unit) => unit switch
    {
        MetricUnit.Share => "percentunit",
        MetricUnit.Duration => "s",
        _ => "none",
    };

    /// <summary>A PromQL label matcher with the value quoted and escaped: <c>dataset="fraud-scoring"</c>.</summary>
    internal static string Label(string name, string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    escaped.Append("\\\\");
                    break;
                case '"':
                    escaped.Append("\\\"");
                    break;
                case '\n':
                    escaped.Append("\\n");
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return name + "=\"" + escaped + "\"";
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Panel ids from a hash of each panel's key, so they stay put when other panels come and go; collisions move to the next free id.</summary>
    private sealed class PanelIds
    {
        private readonly HashSet<int> used = [];

        public int For(string key)
        {
            var id = 1 + (int)(uint.Parse(Hash(key)[..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture) % 999_983);
            while (!used.Add(id))
            {
                id = id % 999_983 + 1;
            }

            return id;
        }
    }
}
