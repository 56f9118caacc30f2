using System.Globalization;
using System.Text.Json;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Results;

/// <summary>
/// Reads the JSON that <c>monitors run --format json</c> writes back into a <see cref="RunResult"/>, so
/// pages can be rendered from a run made elsewhere (a CI job's artifact). Metrics come from
/// <see cref="MetricCatalog"/> by check and method; everything else is read as written.
/// </summary>
public static class RunResultJson
{

    /// <summary>
    /// Refuses results that name a monitor, SLO or gate <paramref name="definitions"/> do not declare: the file may
    /// come from anywhere, and pages built from it would show a result for something that does not exist (and none for
    /// what it was renamed from).
    /// </summary>
    /// <exception cref="ResultsFileException">A result names an unknown monitor, SLO or gate; the message lists them all.</exception>
    public static void RefuseUnknown(RunResult run, Definitions.DefinitionSet definitions, string path)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(definitions);
        var problems = new List<string>();
        Unknown(problems, "monitor", run.Results.Select(r => r.MonitorId), definitions.Monitors.Select(m => m.Id));
        Unknown(problems, "SLO", run.Slos.Select(s => s.SloId), definitions.Slos.Select(s => s.Id));
        Unknown(problems, "gate", run.Gates.Select(g => g.Id), definitions.Gates.Select(g => g.Id));
        if (problems.Count > 0)
        {
            throw new ResultsFileException($"results file '{path}' has results for {string.Join("; ", problems)} that the definitions do not declare; render the results of a run of these definitions");
        }
    }

    private static void Unknown(List<string> problems, string kind, IEnumerable<string> named, IEnumerable<string> declared)
    {
        var known = new HashSet<string>(declared, StringComparer.Ordinal);
        var unknown = named.Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal).Select(id => "'" + Definitions.VisibleText.Escape(EchoedValue.Shorten(id)) + "'").ToList();
        if (unknown.Count > 0)
        {
            problems.Add((unknown.Count == 1 ? kind : kind + "s") + " " + string.Join(", ", unknown));
        }
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ResultsFileException">The file is missing, not JSON, or not a results file.</exception>
    public static RunResult ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFileException($"cannot read results file '{path}': {exception.Message}", exception);
        }

        return Parse(text, path);
    }

    /// <summary>Reads results JSON; <paramref name="name"/> names the source in messages.</summary>
    /// <exception cref="ResultsFileException">The text is not JSON, or not a results file.</exception>
    public static RunResult Parse(string text, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            Require(root.ValueKind == JsonValueKind.Object, "the top level must be an object with 'results' and 'gates'");
            var results = new List<CheckResult>();
            foreach (var item in Array(root, "results"))
            {
                results.Add(Result(item));
            }

            var gates = new List<GateResult>();
            if (root.TryGetProperty("gates", out var gateArray) && gateArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var gate in gateArray.EnumerateArray())
                {
                    gates.Add(new GateResult(Text(gate, "id"), Status(gate), Strings(gate, "monitors"))
                    {
                        Blocking = Strings(gate, "blocking"),
                        Mode = GateMode(gate),
                        Quality = QualityNumber(gate, "score"),
                        QualityMin = QualityNumber(gate, "min"),
                        Slos = Strings(gate, "slos"),
                        BlockingSlos = Strings(gate, "blocking_slos"),
                        SloVerdicts = SloVerdicts(gate),
                    });
                }
            }

            var slos = new List<SloResult>();
            if (root.TryGetProperty("slos", out var sloArray) && sloArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var slo in sloArray.EnumerateArray())
                {
                    slos.Add(Slo(slo));
                }
            }

            return new RunResult(results, gates) { Slos = slos };
        }
        catch (JsonException exception)
        {
            throw new ResultsFileException($"results file '{name}' is not valid JSON: {exception.Message}", exception);
        }
        catch (FormatException exception)
        {
            throw new ResultsFileException($"results file '{name}' is not what 'monitors run --format json' writes: {exception.Message}", exception);
        }
    }

    private static CheckResult Result(JsonElement item)
    {
        var monitor = Text(item, "monitor");
        var check = Word(YamlWords.Checks, Text(item, "check"), "check", monitor);
        DriftMethod? method = OptionalString(item, "method") is { } methodWord ? Word(YamlWords.Methods, methodWord, "method", monitor) : null;
        var severity = Word(YamlWords.Severities, Text(item, "severity"), "severity", monitor);
        var tables = new List<EvidenceTable>();
        if (item.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
        {
            foreach (var table in details.EnumerateArray())
            {
                var rows = new List<IReadOnlyList<EvidenceCell>>();
                foreach (var row in Array(table, "rows"))
                {
                    var cells = new List<EvidenceCell>();
                    foreach (var cell in row.EnumerateArray())
                    {
                        cells.Add(cell.ValueKind == JsonValueKind.Number ? new EvidenceCell(null, cell.GetDouble()) : new EvidenceCell(cell.ValueKind == JsonValueKind.Null ? null : cell.ToString(), null));
                    }

                    rows.Add(cells);
                }

                tables.Add(new EvidenceTable(Text(table, "title"), Strings(table, "columns"), rows));
            }
        }

        PerformanceMetric? performance = check == CheckKind.Performance && OptionalString(item, "performance_metric") is { } metricWord ? Word(YamlWords.Metrics, metricWord, "performance metric", monitor) : null;
        var relative = item.TryGetProperty("relative", out var relativeValue) && relativeValue.ValueKind == JsonValueKind.True;
        ValueInterval? interval = item.TryGetProperty("interval", out var bounds) && bounds.ValueKind == JsonValueKind.Object
            ? new ValueInterval(Number(bounds, "lower") ?? double.NaN, Number(bounds, "upper") ?? double.NaN, Number(bounds, "level") ?? double.NaN, Text(bounds, "method"))
            : null;
        return new CheckResult(
            monitor,
            Text(item, "dataset"),
            check,
            Strings(item, "columns"),
            Status(item),
            Number(item, "value"),
            Threshold(item, "warn"),
            Threshold(item, "fail"),
            severity,
            new Evidence(Text(item, "evidence"), tables))
        {
            Metric = performance is { } measured ? MetricCatalog.DescribePerformance(measured, relative) : MetricCatalog.Describe(check, method),
            Method = method,
            PerformanceMetric = performance,
            Relative = relative,
            Interval = interval,
            Owner = OptionalString(item, "owner"),
            Runbook = OptionalString(item, "runbook"),
            Distribution = Distribution(item),
            Events = Strings(item, "events"),
            SuppressedBy = Strings(item, "suppressed_by"),
        };
    }

    private static List<GateSloVerdict> SloVerdicts(JsonElement gate)
    {
        var verdicts = new List<GateSloVerdict>();
        if (gate.TryGetProperty("slo_verdicts", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var verdict in array.EnumerateArray())
            {
                verdicts.Add(new GateSloVerdict(Text(verdict, "slo"), Status(verdict))
                {
                    BudgetRemaining = Number(verdict, "budget_remaining"),
                    MinBudgetRemaining = Number(verdict, "min_budget_remaining"),
                    Reason = OptionalString(verdict, "reason"),
                });
            }
        }

        return verdicts;
    }

    /// <summary>An SLO result as <c>monitors run --format json</c> writes it (windows in seconds, instants in UTC).</summary>
    private static SloResult Slo(JsonElement item)
    {
        var id = Text(item, "slo");
        var burnRates = new List<BurnRateResult>();
        foreach (var burn in Array(item, "burn_rates"))
        {
            var severity = Word(SloWords.Severities, Text(burn, "severity"), "alert severity", id, "SLO");
            burnRates.Add(new BurnRateResult(severity, Seconds(burn, "long_window"), Seconds(burn, "short_window"), Number(burn, "factor") ?? 0)
            {
                LongBurnRate = Number(burn, "long_burn_rate"),
                ShortBurnRate = Number(burn, "short_burn_rate"),
                LongEvents = (long)(Number(burn, "long_events") ?? 0),
                ShortEvents = (long)(Number(burn, "short_events") ?? 0),
                LongPartial = Flag(burn, "long_partial"),
                ShortPartial = Flag(burn, "short_partial"),
                Firing = Flag(burn, "firing"),
            });
        }

        return new SloResult(id, OptionalString(item, "dataset"), Status(item), Evidence.Of(Text(item, "evidence")))
        {
            Service = OptionalString(item, "service"),
            Objective = Number(item, "objective") ?? throw new FormatException($"SLO '{id}' has no objective"),
            Window = Text(item, "window"),
            Budgeting = Word(SloWords.Budgeting, Text(item, "budgeting"), "budgeting", id, "SLO"),
            AsOf = Instant(item, "as_of"),
            WindowStart = Instant(item, "window_start"),
            Coverage = Number(item, "coverage") ?? 0,
            TotalEvents = (long)(Number(item, "events") ?? 0),
            GoodEvents = (long)(Number(item, "good") ?? 0),
            Sli = Number(item, "sli"),
            ErrorBudget = Number(item, "error_budget") ?? 0,
            BudgetConsumed = Number(item, "budget_consumed"),
            BudgetRemaining = Number(item, "budget_remaining"),
            BudgetRemainingWarn = Threshold(item, "warn") is { } warn ? warn.Below ?? warn.Above : null,
            BudgetRemainingFail = Threshold(item, "fail") is { } fail ? fail.Below ?? fail.Above ?? 0 : 0,
            BurnRates = burnRates,
            Owner = OptionalString(item, "owner"),
            Runbook = OptionalString(item, "runbook"),
        };
    }

    private static TimeSpan Seconds(JsonElement item, string name) =>
        TimeSpan.FromSeconds(Number(item, name) ?? throw new FormatException($"'{name}' must be a number of seconds"));

    private static bool Flag(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static DateTimeOffset Instant(JsonElement item, string name)
    {
        var text = Text(item, name);
        return DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : throw new FormatException($"'{name}' must be an instant such as 2026-11-16T00:00:00Z, not '{text}'");
    }

    private static DistributionComparison? Distribution(JsonElement item)
    {
        if (!item.TryGetProperty("distribution", out var distribution) || distribution.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var kind = Text(distribution, "kind") switch
        {
            "bins" => DistributionKind.Bins,
            "categories" => DistributionKind.Categories,
            var other => throw new FormatException($"distribution kind '{other}' is neither bins nor categories"),
        };
        var bins = new List<DistributionBin>();
        foreach (var bin in Array(distribution, "bins"))
        {
            bins.Add(new DistributionBin(Text(bin, "label"), Number(bin, "reference") ?? 0, Number(bin, "current") ?? 0));
        }

        return new DistributionComparison(kind, bins, (long)(Number(distribution, "reference_values") ?? 0), (long)(Number(distribution, "current_values") ?? 0))
        {
            MergedCategories = (int)(Number(distribution, "merged_categories") ?? 0),
        };
    }

    private static CheckStatus Status(JsonElement item)
    {
        var word = Text(item, "status");
        return CheckStatusWords.TryParse(word, out var status) ? status : throw new FormatException($"status '{word}' is not one of {string.Join(", ", CheckStatusWords.All)}");
    }

    private static Threshold? Threshold(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return Definitions.Monitors.Threshold.AtMost(value.GetDouble());
        }

        Require(value.ValueKind == JsonValueKind.Object, $"'{name}' must be a number, null or {{\"below\", \"above\"}}");
        return new Threshold(Number(value, "below"), Number(value, "above"));
    }

    private static T Word<T>(IReadOnlyList<KeyValuePair<string, T>> words, string word, string what, string monitor, string kind = "monitor")
    {
        foreach (var pair in words)
        {
            if (string.Equals(pair.Key, word, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        throw new FormatException($"{kind} '{monitor}' has {what} '{word}', which this version does not know");
    }

    private static IEnumerable<JsonElement> Array(JsonElement item, string name)
    {
        Require(item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array, $"'{name}' must be an array");
        return value.EnumerateArray();
    }

    private static Definitions.Gates.GateMode GateMode(JsonElement gate) =>
        gate.TryGetProperty("mode", out var mode) && mode.ValueKind == JsonValueKind.String && mode.GetString() == "advisory"
            ? Definitions.Gates.GateMode.Advisory
            : Definitions.Gates.GateMode.Blocking;

    private static double? QualityNumber(JsonElement gate, string name) =>
        gate.TryGetProperty("quality", out var quality) && quality.ValueKind == JsonValueKind.Object
            && quality.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static string Text(JsonElement item, string name)
    {
        Require(item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String, $"'{name}' must be text");

        // GetString returns null only for JSON null, ruled out above.
        return value.GetString()!;
    }

    private static string? OptionalString(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var text))
        {
            return text;
        }

        Require(value.ValueKind == JsonValueKind.Number, $"'{name}' must be a number");
        return value.GetDouble();
    }

    private static List<string> Strings(JsonElement item, string name)
    {
        var values = new List<string>();
        if (item.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var value in array.EnumerateArray())
            {
                Require(value.ValueKind == JsonValueKind.String, $"'{name}' must hold text");

                // A JSON string, checked above, is never read as null.
                values.Add(value.GetString()!);
            }
        }

        return values;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new FormatException(message);
        }
    }
}
