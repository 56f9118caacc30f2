using System.Globalization;
using System.Text.Json;
using MonitorsAsCode.Definitions.Monitors;
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
    private static readonly string[] StatusWords = ["pass", "warn", "fail", "error", "skipped"];

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
                    gates.Add(new GateResult(Text(gate, "id"), Status(gate), Strings(gate, "monitors")) { Blocking = Strings(gate, "blocking"), Mode = GateMode(gate), Quality = QualityNumber(gate, "score"), QualityMin = QualityNumber(gate, "min") });
                }
            }

            return new RunResult(results, gates);
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
            Metric = MetricCatalog.Describe(check, method),
            Method = method,
            Owner = OptionalString(item, "owner"),
            Runbook = OptionalString(item, "runbook"),
            Distribution = Distribution(item),
        };
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
        var index = System.Array.IndexOf(StatusWords, word);
        return index >= 0 ? (CheckStatus)index : throw new FormatException($"status '{word}' is not one of {string.Join(", ", StatusWords)}");
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

    private static T Word<T>(IReadOnlyList<KeyValuePair<string, T>> words, string word, string what, string monitor)
    {
        foreach (var pair in words)
        {
            if (string.Equals(pair.Key, word, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        throw new FormatException($"monitor '{monitor}' has {what} '{word}', which this version does not know");
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
