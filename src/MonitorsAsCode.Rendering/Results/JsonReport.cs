using System.Text.Json;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Files;

namespace MonitorsAsCode.Rendering.Results;

/// <summary>
/// Results as JSON: <c>{"results":[…],"gates":[…],"summary":{…}}</c>. Values are written as
/// shortest round-trip numbers; durations in seconds; thresholds as a number (upper limit) or
/// <c>{"below":…, "above":…}</c> (band, or the lower limit of a p-value). Drift results add <c>method</c>,
/// <c>method_reason</c> (why <c>auto</c> picked it), <c>statistic</c> and <c>pvalue</c>. Field order is
/// fixed, so the same run gives the same bytes.
/// </summary>
public static class JsonReport
{
    /// <summary>Renders <paramref name="run"/>.</summary>
    public static string Render(RunResult run)
    {
        return JsonDocumentText.Write(json =>
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
                json.WriteString("mode", gate.Mode == Definitions.Gates.GateMode.Advisory ? "advisory" : "blocking");
                if (gate.QualityMin is { } min)
                {
                    json.WriteStartObject("quality");
                    WriteNumber(json, "score", gate.Quality);
                    json.WriteNumber("min", min);
                    json.WriteEndObject();
                }
                if (gate.Slos.Count > 0)
                {
                    WriteStrings(json, "slos", gate.Slos);
                    WriteStrings(json, "blocking_slos", gate.BlockingSlos);
                    json.WriteStartArray("slo_verdicts");
                    foreach (var verdict in gate.SloVerdicts)
                    {
                        json.WriteStartObject();
                        json.WriteString("slo", verdict.SloId);
                        json.WriteString("status", StatusWords.Of(verdict.Status));
                        WriteNumber(json, "budget_remaining", verdict.BudgetRemaining);
                        WriteNumber(json, "min_budget_remaining", verdict.MinBudgetRemaining);
                        WriteOptional(json, "reason", verdict.Reason);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (run.Slos.Count > 0)
            {
                json.WriteStartArray("slos");
                foreach (var slo in run.Slos)
                {
                    WriteSlo(json, slo);
                }

                json.WriteEndArray();
            }

            json.WriteStartObject("summary");
            json.WriteNumber("monitors", run.Results.Count);
            foreach (var status in Enum.GetValues<CheckStatus>())
            {
                json.WriteNumber(StatusWords.Of(status), run.Count(status));
            }

            if (run.Results.Count(r => r.IsSuppressed) is > 0 and var suppressed)
            {
                json.WriteNumber("suppressed", suppressed);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
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
            WriteOptional(json, "method_reason", result.MethodReason);
            WriteNumber(json, "statistic", result.Statistic);
            WriteNumber(json, "pvalue", result.PValue);
        }

        json.WriteString("status", StatusWords.Of(result.Status));
        if (result.Events.Count > 0)
        {
            // Written only with known events, so results without them stay byte for byte as before.
            WriteStrings(json, "events", result.Events);
            WriteStrings(json, "suppressed_by", result.SuppressedBy);
        }

        json.WriteString("metric", result.Metric.Name);
        json.WriteString("unit", Unit(result.Metric.Unit));
        WriteNumber(json, "value", result.Value);
        if (result.Interval is { } interval)
        {
            // Written only with an interval (performance, label coverage), so other results stay byte for byte as before.
            json.WriteStartObject("interval");
            WriteNumber(json, "lower", interval.Lower);
            WriteNumber(json, "upper", interval.Upper);
            WriteNumber(json, "level", interval.Level);
            json.WriteString("method", interval.Method);
            json.WriteEndObject();
        }

        if (result.Check == CheckKind.Performance && result.PerformanceMetric is { } performance)
        {
            json.WriteString("performance_metric", YamlWords.Of(performance));
            json.WriteBoolean("relative", result.Relative);
        }
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
        if (result.Distribution is { } distribution)
        {
            WriteDistribution(json, distribution);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// <c>"distribution": {"kind": "bins"|"categories", "reference_values", "current_values", "merged_categories",
    /// "bins": [{"label", "reference", "current"}]}</c>: shares per bin for pictures, written for drift monitors only.
    /// </summary>
    private static void WriteDistribution(Utf8JsonWriter json, DistributionComparison distribution)
    {
        json.WriteStartObject("distribution");
        json.WriteString("kind", distribution.Kind == DistributionKind.Categories ? "categories" : "bins");
        json.WriteNumber("reference_values", distribution.ReferenceCount);
        json.WriteNumber("current_values", distribution.CurrentCount);
        json.WriteNumber("merged_categories", distribution.MergedCategories);
        json.WriteStartArray("bins");
        foreach (var bin in distribution.Bins)
        {
            json.WriteStartObject();
            json.WriteString("label", bin.Label);
            json.WriteNumber("reference", bin.ReferenceShare);
            json.WriteNumber("current", bin.CurrentShare);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>{"slo","service","dataset","status","objective","window","budgeting","as_of","window_start","coverage",
    /// "events","good","sli","error_budget","budget_consumed","budget_remaining","warn","fail","firing","burn_rates":[…],
    /// "owner","runbook","evidence","details"}</c>; windows in seconds, shares as numbers.
    /// </summary>
    private static void WriteSlo(Utf8JsonWriter json, SloResult slo)
    {
        json.WriteStartObject();
        json.WriteString("slo", slo.SloId);
        WriteOptional(json, "service", slo.Service);
        WriteOptional(json, "dataset", slo.DatasetId);
        json.WriteString("status", StatusWords.Of(slo.Status));
        json.WriteNumber("objective", slo.Objective);
        json.WriteString("window", slo.Window);
        json.WriteString("budgeting", SloWords.Of(slo.Budgeting));
        json.WriteString("as_of", ValueFormat.Instant(slo.AsOf));
        json.WriteString("window_start", ValueFormat.Instant(slo.WindowStart));
        json.WriteNumber("coverage", slo.Coverage);
        json.WriteNumber("events", slo.TotalEvents);
        json.WriteNumber("good", slo.GoodEvents);
        WriteNumber(json, "sli", slo.Sli);
        json.WriteNumber("error_budget", slo.ErrorBudget);
        WriteNumber(json, "budget_consumed", slo.BudgetConsumed);
        WriteNumber(json, "budget_remaining", slo.BudgetRemaining);
        WriteThreshold(json, "warn", slo.BudgetRemainingWarn is { } warn ? new Threshold(warn, null) : null);
        WriteThreshold(json, "fail", new Threshold(slo.BudgetRemainingFail, null));
        WriteStrings(json, "firing", [.. slo.Firing.Select(SloWords.Of)]);
        json.WriteStartArray("burn_rates");
        foreach (var burn in slo.BurnRates)
        {
            json.WriteStartObject();
            json.WriteString("severity", SloWords.Of(burn.Severity));
            json.WriteNumber("long_window", burn.LongWindow.TotalSeconds);
            json.WriteNumber("short_window", burn.ShortWindow.TotalSeconds);
            json.WriteNumber("factor", burn.Factor);
            WriteNumber(json, "long_burn_rate", burn.LongBurnRate);
            WriteNumber(json, "short_burn_rate", burn.ShortBurnRate);
            json.WriteNumber("long_events", burn.LongEvents);
            json.WriteNumber("short_events", burn.ShortEvents);
            json.WriteBoolean("long_partial", burn.LongPartial);
            json.WriteBoolean("short_partial", burn.ShortPartial);
            json.WriteBoolean("firing", burn.Firing);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteOptional(json, "owner", slo.Owner);
        WriteOptional(json, "runbook", slo.Runbook);
        json.WriteString("evidence", slo.Evidence.Summary);
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
