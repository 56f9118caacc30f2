using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Links;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// Declares datasets, monitors, SLOs and gates in C#, producing the same records as the YAML loader.
/// Every call records the calling file and line, so validation reports C# positions. The analyzer
/// reads these calls (when their arguments are constants) and reports the same rules while you type.
/// </summary>
public sealed class MonitorBuilder
{
    private readonly List<DatasetBuilder> datasets = [];
    private readonly List<MonitorDefinitionBuilder> monitors = [];
    private readonly List<GateBuilder> gates = [];
    private readonly List<SloBuilder> slos = [];
    private readonly List<LinkBaseSetting> linkBases = [];
    private readonly List<History.HistoryStoreSetting> historyStores = [];
    private readonly List<EventBuilder> events = [];

    /// <summary>A builder whose relative snapshot paths resolve against <paramref name="baseDirectory"/> (kept as written when null).</summary>
    public MonitorBuilder(string? baseDirectory = null)
    {
        BaseDirectory = baseDirectory;
    }

    /// <summary>The directory relative snapshot paths resolve against, or null.</summary>
    public string? BaseDirectory { get; }

    /// <summary>Declares a dataset; chain <see cref="DatasetBuilder.Snapshots"/> and <see cref="DatasetBuilder.Column"/>.</summary>
    public DatasetBuilder Dataset(string id, string? owner = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        var dataset = new DatasetBuilder(id, owner, CallSite.Of(file, line));
        datasets.Add(dataset);
        return dataset;
    }

    /// <summary>How far <paramref name="column"/>'s current distribution has moved from the reference, measured by <paramref name="method"/>.</summary>
    public DriftMonitorBuilder Drift(string id, DatasetReference dataset, string column, DriftMethod method = DriftMethod.Psi, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Add(new DriftMonitorBuilder(Monitor(id, dataset, CheckKind.Drift, column) with { Method = method }, CallSite.Of(file, line)));

    /// <summary>The share of null rows in <paramref name="column"/>.</summary>
    public CompletenessMonitorBuilder Completeness(string id, DatasetReference dataset, string column, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Add(new CompletenessMonitorBuilder(Monitor(id, dataset, CheckKind.Completeness, column), CallSite.Of(file, line)));

    /// <summary>The share of non-null values of <paramref name="column"/> that are invalid; say what is valid on the result.</summary>
    public ValidityMonitorBuilder Validity(string id, DatasetReference dataset, string column, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Add(new ValidityMonitorBuilder(Monitor(id, dataset, CheckKind.Validity, column), CallSite.Of(file, line)));

    /// <summary>The share of rows whose <paramref name="column"/> repeats an earlier row's.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The optional parameters are the caller's line and file ([CallerLineNumber], [CallerFilePath]), which diagnostics point at; they are never written by hand, so the overloads cannot be ambiguous.")]
    public UniquenessMonitorBuilder Uniqueness(string id, DatasetReference dataset, string column, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Add(new UniquenessMonitorBuilder(Monitor(id, dataset, CheckKind.Uniqueness, column), CallSite.Of(file, line)));

    /// <summary>The share of rows whose key (the <paramref name="columns"/> together) repeats an earlier row's.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The optional parameters are the caller's line and file ([CallerLineNumber], [CallerFilePath]), which diagnostics point at; they are never written by hand, so the overloads cannot be ambiguous.")]
    public UniquenessMonitorBuilder Uniqueness(string id, DatasetReference dataset, string[] columns, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Add(new UniquenessMonitorBuilder(Monitor(id, dataset, CheckKind.Uniqueness, columns), CallSite.Of(file, line)));

    /// <summary>Current rows / reference rows, judged against bands: <c>.Warn(below: 0.8, above: 1.25)</c>.</summary>
    public VolumeMonitorBuilder Volume(string id, DatasetReference dataset, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Add(new VolumeMonitorBuilder(Monitor(id, dataset, CheckKind.Volume), CallSite.Of(file, line)));

    /// <summary>The age of the newest value of <paramref name="column"/> (timestamp or date) at the run's as-of instant.</summary>
    public FreshnessMonitorBuilder Freshness(string id, DatasetReference dataset, string column, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Add(new FreshnessMonitorBuilder(Monitor(id, dataset, CheckKind.Freshness, column), CallSite.Of(file, line)));

    /// <summary>
    /// A model quality <paramref name="metric"/> over the dataset's labelled, mature predictions, with its confidence
    /// interval; too few labels skip it (YAML <c>check: performance</c>).
    /// </summary>
    public PerformanceMonitorBuilder Performance(string id, DatasetReference dataset, PerformanceMetric metric, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Add(new PerformanceMonitorBuilder(Monitor(id, dataset, CheckKind.Performance) with { Metric = metric }, CallSite.Of(file, line)));

    /// <summary>The share of the dataset's mature predictions that have a label (YAML <c>check: label-coverage</c>).</summary>
    public LabelCoverageMonitorBuilder LabelCoverage(string id, DatasetReference dataset, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Add(new LabelCoverageMonitorBuilder(Monitor(id, dataset, CheckKind.LabelCoverage), CallSite.Of(file, line)));

    /// <summary>Every declared column is present with its declared type.</summary>
    public SchemaMonitorBuilder Schema(string id, DatasetReference dataset, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Add(new SchemaMonitorBuilder(Monitor(id, dataset, CheckKind.Schema), CallSite.Of(file, line)));

    /// <summary>
    /// A service level objective over <paramref name="dataset"/>'s events: the share of events for which the SLI
    /// expression <paramref name="good"/> holds (<c>latency_ms &lt;= 120</c>) must reach <paramref name="objective"/>
    /// (such as 0.995) over a rolling <paramref name="window"/>. Chain <see cref="SloBuilder.Total"/>,
    /// <see cref="SloBuilder.BudgetRemaining"/>, <see cref="SloBuilder.Page"/> and the rest as in YAML's <c>slos:</c>.
    /// </summary>
    public SloBuilder Slo(string id, DatasetReference dataset, string good, double objective, TimeSpan window, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        var indicator = SloIndicator.Ratio(good ?? throw new ArgumentNullException(nameof(good)));
        var definition = new SloDefinition(id ?? throw new ArgumentNullException(nameof(id)), indicator, objective, SloWindow.Rolling(window))
        {
            DatasetId = dataset.Id ?? throw new ArgumentNullException(nameof(dataset)),
        };
        return Add(new SloBuilder(definition, CallSite.Of(file, line)));
    }

    /// <summary>
    /// A service level objective judged by a monitor per time slice: a <paramref name="timeSlice"/> of the monitor's
    /// dataset is good when <paramref name="monitorId"/> passes on its events, and the share of good slices must reach
    /// <paramref name="objective"/> over a rolling <paramref name="window"/>.
    /// </summary>
    public SloBuilder MonitorSlo(string id, string monitorId, TimeSpan timeSlice, double objective, TimeSpan window, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        var indicator = SloIndicator.OfMonitor(monitorId ?? throw new ArgumentNullException(nameof(monitorId)));
        var definition = new SloDefinition(id ?? throw new ArgumentNullException(nameof(id)), indicator, objective, SloWindow.Rolling(window))
        {
            Budgeting = BudgetingMethod.Timeslices,
            TimeSlice = timeSlice,
        };
        return Add(new SloBuilder(definition, CallSite.Of(file, line)));
    }

    /// <summary>
    /// A gate: the monitors, by id, that must pass before a deploy or a retraining run. Its position is the calling
    /// line as the caller's debug symbols (the .pdb next to the assembly) give it, since a <c>params</c> list leaves no
    /// room for caller-information parameters; built without symbols, the gate is reported without a position.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public GateBuilder Gate(string id, params string[] monitorIds)
    {
        var gate = new GateBuilder(new GateDefinition(id ?? throw new ArgumentNullException(nameof(id)), (string[])monitorIds.Clone()), CallSite.OfCaller());
        gates.Add(gate);
        return gate;
    }

    /// <summary>
    /// The base of the docs site whose rule pages links point at (<c>docs_url</c> in YAML), such as a team's mirror of
    /// the project's docs: an absolute http or https address (MAC0026).
    /// </summary>
    public MonitorBuilder DocsUrl(string url, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        AddLinkBase(LinkBase.Docs, url, line, file);

    /// <summary>
    /// The base of the team's wiki where the generated pages are published (<c>runbook_base_url</c> in YAML), so generated
    /// links such as an SLO alert's <c>runbook_url</c> are absolute: <c>&lt;base&gt;/slo-&lt;id&gt;</c>. An absolute http or
    /// https address (MAC0026).
    /// </summary>
    public MonitorBuilder RunbookBaseUrl(string url, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        AddLinkBase(LinkBase.Runbooks, url, line, file);

    /// <summary>
    /// Keeps the history of runs in the SQLite file at <paramref name="path"/> (<c>history: { store: ... }</c> in YAML),
    /// resolved like a snapshot's path; it must lie inside the definitions folder (MAC0024, MAC0027).
    /// </summary>
    public MonitorBuilder HistoryStore(string path, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        var written = path ?? throw new ArgumentNullException(nameof(path));
        var resolved = written.Trim().Length == 0 || written.EndsWith("/", StringComparison.Ordinal) || BaseDirectory is null || System.IO.Path.IsPathRooted(written)
            ? written
            : Datasets.SnapshotPath.Fold(System.IO.Path.Combine(BaseDirectory, written));
        return AddHistoryStore(History.HistoryStoreKind.Sqlite, resolved, line, file);
    }

    /// <summary>
    /// Keeps the history of runs in a shared PostgreSQL database whose connection string is in an environment variable,
    /// named as <c>env:NAME</c> (<c>history: { postgres: { connection: env:NAME } }</c> in YAML); a connection string
    /// itself is refused (MAC0027), so no password is written in the definitions.
    /// </summary>
    public MonitorBuilder HistoryPostgres(string connection, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        AddHistoryStore(History.HistoryStoreKind.Postgres, connection ?? throw new ArgumentNullException(nameof(connection)), line, file);

    /// <summary>
    /// A known event (<c>events:</c> in YAML): from <paramref name="from"/> to <paramref name="to"/>, ISO 8601 dates or
    /// instants (a <paramref name="to"/> date is the event's last whole day). Chain <see cref="EventBuilder.Datasets"/>
    /// (every dataset without it) and <see cref="EventBuilder.Description"/>.
    /// </summary>
    public EventBuilder Event(string id, string from, string to, Events.EventKind kind, Events.EventEffect effect, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        var known = new EventBuilder(
            id ?? throw new ArgumentNullException(nameof(id)),
            from ?? throw new ArgumentNullException(nameof(from)),
            to ?? throw new ArgumentNullException(nameof(to)),
            kind,
            effect,
            CallSite.Of(file, line));
        events.Add(known);
        return known;
    }

    /// <summary>The definitions declared so far, in declaration order (not validated).</summary>
    public DefinitionSet ToDefinitionSet()
    {
        var set = new DefinitionSet(
            ConvertAll(datasets, d => d.Build(BaseDirectory)),
            ConvertAll(monitors, m => m.Build()),
            ConvertAll(gates, g => g.Build()))
        {
            Slos = ConvertAll(slos, s => s.Build()),
            LinkBases = linkBases.ToArray(),
            HistoryStores = historyStores.ToArray(),
            Events = BuiltEvents(),
        };
        return set;
    }

    /// <summary>
    /// Problems only a builder can see, which YAML reports while reading (a dataset without snapshots);
    /// the rules on the records themselves are <see cref="DefinitionValidator"/>'s.
    /// </summary>
    public IReadOnlyList<DefinitionDiagnostic> BuildProblems()
    {
        var problems = new List<DefinitionDiagnostic>();
        foreach (var dataset in datasets)
        {
            if (!dataset.HasSnapshots)
            {
                problems.Add(new DefinitionDiagnostic(DefinitionRules.MissingRequiredField, $"dataset '{dataset.Id}' is missing the required field 'snapshots': call .Snapshots(reference: ..., current: ...)", dataset.Location));
            }
        }

        foreach (var slo in slos)
        {
            problems.AddRange(slo.BuildProblems());
        }

        foreach (var known in events)
        {
            problems.AddRange(known.BuildProblems());
        }

        return problems;
    }

    private static MonitorDefinition Monitor(string id, DatasetReference dataset, CheckKind check, params string[] columns) =>
        new(id ?? throw new ArgumentNullException(nameof(id)), dataset.Id ?? throw new ArgumentNullException(nameof(dataset)), check)
        {
            Columns = (string[])columns.Clone(),
        };

    private static TOut[] ConvertAll<TIn, TOut>(List<TIn> items, Func<TIn, TOut> convert)
    {
        var result = new TOut[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            result[i] = convert(items[i]);
        }

        return result;
    }

    private List<Events.KnownEventDefinition> BuiltEvents()
    {
        var built = new List<Events.KnownEventDefinition>();
        foreach (var known in events)
        {
            if (known.Build() is { } definition)
            {
                built.Add(definition);
            }
        }

        return built;
    }

    private MonitorBuilder AddLinkBase(LinkBase kind, string url, int line, string file)
    {
        linkBases.Add(new LinkBaseSetting(kind, url ?? throw new ArgumentNullException(nameof(url))) { Source = new SourceMap(CallSite.Of(file, line)) });
        return this;
    }

    private MonitorBuilder AddHistoryStore(History.HistoryStoreKind kind, string target, int line, string file)
    {
        historyStores.Add(new History.HistoryStoreSetting(kind, target) { Source = new SourceMap(CallSite.Of(file, line)) });
        return this;
    }

    private SloBuilder Add(SloBuilder slo)
    {
        slos.Add(slo);
        return slo;
    }

    private T Add<T>(T monitor)
        where T : MonitorDefinitionBuilder
    {
        monitors.Add(monitor);
        return monitor;
    }
}
