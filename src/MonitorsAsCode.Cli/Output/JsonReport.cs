using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Cli.Output;

/// <summary>
/// Results as JSON: <c>{"results":[…],"gates":[…],"summary":{…}}</c>. Values are written as
/// shortest round-trip numbers; durations in seconds; thresholds as a number (upper limit) or
/// <c>{"below":…, "above":…}</c> (band). Field order is fixed, so the same run gives the same bytes.
/// </summary>
public static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Renders <paramref name="run"/>.</summary>
    public static string Render(RunResult run)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("results");
            foreach (var result in run.Results)
            {
                WriteResult(json, result);
            }

            json.WriteEndArray();
            json.WriteStartArray("gates");
            foreach (var gate in run.Gates)
            {
                json.WriteStartObject();
                json.WriteString("id", gate.Id);
                json.WriteString("status", StatusWords.Of(gate.Status));
                WriteStrings(json, "monitors", gate.Monitors);
                WriteStrings(json, "blocking", gate.Blocking);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("monitors", run.Results.Count);
            foreach (var status in Enum.GetValues<CheckStatus>())
            {
                json.WriteNumber(StatusWords.Of(status), run.Count(status));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteResult(Utf8JsonWriter json, CheckResult result)
    {
        json.WriteStartObject();
        json.WriteString("monitor", result.MonitorId);
        json.WriteString("dataset", result.DatasetId);
        json.WriteString("check", YamlWords.Of(result.Check));
        if (result.Columns.Count == 1)
        {
            json.WriteString("column", result.Columns[0]);
        }
        else
        {
            json.WriteNull("column");
        }

        WriteStrings(json, "columns", result.Columns);
        if (result.Method is { } method)
        {
            json.WriteString("method", YamlWords.Of(method));
        }

        json.WriteString("status", StatusWords.Of(result.Status));
        json.WriteString("metric", result.Metric.Name);
        json.WriteString("unit", Unit(result.Metric.Unit));
        WriteNumber(json, "value", result.Value);
        WriteThreshold(json, "warn", result.Warn);
        WriteThreshold(json, "fail", result.Fail);
        json.WriteString("severity", YamlWords.Of(result.Severity));
        WriteOptional(json, "owner", result.Owner);
        WriteOptional(json, "runbook", result.Runbook);
        json.WriteString("evidence", result.Evidence.Summary);
        json.WriteStartArray("details");
        foreach (var table in result.Evidence.Details)
        {
            json.WriteStartObject();
            json.WriteString("title", table.Title);
            WriteStrings(json, "columns", table.Columns);
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartArray();
                foreach (var cell in row)
                {
                    if (cell.Number is { } number && double.IsFinite(number))
                    {
                        json.WriteNumberValue(number);
                    }
                    else if (cell.Number is { } nonFinite)
                    {
                        json.WriteStringValue(ValueFormat.Number(nonFinite));
                    }
                    else
                    {
                        json.WriteStringValue(cell.Text);
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Unit(MetricUnit unit) => unit switch
    {
        MetricUnit.Share => "share",
        MetricUnit.Ratio => "ratio",
        MetricUnit.Duration => "seconds",
        MetricUnit.Count => "count",
        _ => "score",
    };

    private static void WriteThreshold(Utf8JsonWriter json, string name, Threshold? threshold)
    {
        if (threshold is not { } t)
        {
            json.WriteNull(name);
            return;
        }

        if (t.Below is null && t.Above is { } above)
        {
            json.WriteNumber(name, above);
            return;
        }

        json.WriteStartObject(name);
        WriteNumber(json, "below", t.Below);
        WriteNumber(json, "above", t.Above);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
