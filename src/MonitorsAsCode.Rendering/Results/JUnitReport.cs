using System.Text;
using System.Xml;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Results;

/// <summary>
/// Results as JUnit XML: a test suite per dataset with a test case per monitor, and a suite of
/// gates. Fail becomes a failure, error an error, skipped a skipped case; a warning passes with its
/// evidence in system-out. No timestamps or durations, so the file is deterministic.
/// </summary>
public static class JUnitReport
{
    /// <summary>Renders <paramref name="run"/>.</summary>
    public static string Render(RunResult run)
    {
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            Encoding = new UTF8Encoding(false),
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "monitors");
            WriteCounts(
                xml,
                run.Results.Count + run.Gates.Count + run.Slos.Count,
                Count(run.Results, CheckStatus.Fail) + CountGates(run, CheckStatus.Fail) + CountSlos(run, CheckStatus.Fail),
                Count(run.Results, CheckStatus.Error) + CountSlos(run, CheckStatus.Error),
                Count(run.Results, CheckStatus.Skipped) + CountSlos(run, CheckStatus.Skipped));
            foreach (var group in run.Results.GroupBy(r => r.DatasetId))
            {
                var results = group.ToList();
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Value(group.Key));
                WriteCounts(xml, results.Count, Count(results, CheckStatus.Fail), Count(results, CheckStatus.Error), Count(results, CheckStatus.Skipped));
                foreach (var result in results)
                {
                    WriteCase(xml, $"{result.DatasetId}.{YamlWords.Of(result.Check)}", result.MonitorId, result.CountedStatus, Message(result), Details(result), EventProperties(result));
                }

                xml.WriteEndElement();
            }

            if (run.Slos.Count > 0)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", "slos");
                WriteCounts(xml, run.Slos.Count, CountSlos(run, CheckStatus.Fail), CountSlos(run, CheckStatus.Error), CountSlos(run, CheckStatus.Skipped));
                foreach (var slo in run.Slos)
                {
                    WriteCase(xml, "slos." + (slo.DatasetId ?? "prometheus"), slo.SloId, slo.Status, Value(SloText.Headline(slo)), Value(SloText.Headline(slo)) + "\n" + Value(slo.Evidence.Summary));
                }

                xml.WriteEndElement();
            }

            if (run.Gates.Count > 0)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", "gates");
                WriteCounts(xml, run.Gates.Count, CountGates(run, CheckStatus.Fail), 0, 0);
                foreach (var gate in run.Gates)
                {
                    var blockers = gate.Blocking.Concat(gate.BlockingSlos.Select(slo => "SLO " + slo)).ToList();
                    var sloLines = StatusWords.GateSloLines(gate);
                    var message = Value(blockers.Count == 0 ? $"gate {gate.Id}: {StatusWords.Of(gate.Status)}" : $"gate {gate.Id} blocked by {string.Join(", ", blockers)}");
                    var notes = Value(StatusWords.GateNotes(gate));
                    if (notes.Length > 0)
                    {
                        message += gate.Status == CheckStatus.Fail && blockers.Count == 0 ? $" ({notes}; below its minimum quality)" : $" ({notes})";
                    }

                    var details = sloLines.Count == 0 ? message : message + "\n" + string.Join("\n", sloLines.Select(Value));
                    WriteCase(xml, "gates", gate.Id, gate.Status, message, details, GateProperties(gate));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A gate's mode and quality score as testcase properties; none for a blocking gate without a quality requirement.</summary>
    private static List<KeyValuePair<string, string>> GateProperties(GateResult gate)
    {
        var properties = new List<KeyValuePair<string, string>>();
        if (StatusWords.GateNotes(gate).Length > 0)
        {
            properties.Add(new("mode", gate.Mode == Definitions.Gates.GateMode.Advisory ? "advisory" : "blocking"));
            if (gate.QualityMin is { } min)
            {
                properties.Add(new("quality", gate.Quality is { } score ? StatusWords.Score(score) : string.Empty));
                properties.Add(new("quality_min", StatusWords.Score(min)));
            }
        }

        // A budget the gate demands of an SLO: the requirement and what was left, as 'slo:<id>:…' properties.
        foreach (var verdict in gate.SloVerdicts)
        {
            if (verdict.MinBudgetRemaining is { } required)
            {
                properties.Add(new($"slo:{verdict.SloId}:budget_remaining_min", StatusWords.Score(required)));
                properties.Add(new($"slo:{verdict.SloId}:budget_remaining", verdict.BudgetRemaining is { } left ? StatusWords.Score(left) : string.Empty));
                properties.Add(new($"slo:{verdict.SloId}:status", StatusWords.Of(verdict.Status)));
            }
        }

        return properties;
    }

    private static void WriteCase(XmlWriter xml, string className, string name, CheckStatus status, string message, string details, List<KeyValuePair<string, string>>? properties = null)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", Value(className));
        xml.WriteAttributeString("name", Value(name));
        if (properties is { Count: > 0 })
        {
            xml.WriteStartElement("properties");
            foreach (var property in properties)
            {
                xml.WriteStartElement("property");
                xml.WriteAttributeString("name", Value(property.Key));
                xml.WriteAttributeString("value", Value(property.Value));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            if (status == CheckStatus.Pass)
            {
                xml.WriteElementString("system-out", Text(details));
            }
        }

        switch (status)
        {
            case CheckStatus.Fail:
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", Text(message));
                xml.WriteAttributeString("type", "fail");
                xml.WriteString(Text(details));
                xml.WriteEndElement();
                break;
            case CheckStatus.Error:
                xml.WriteStartElement("error");
                xml.WriteAttributeString("message", Text(message));
                xml.WriteAttributeString("type", "error");
                xml.WriteString(Text(details));
                xml.WriteEndElement();
                break;
            case CheckStatus.Skipped:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", Text(message));
                xml.WriteEndElement();
                break;
            case CheckStatus.Warn:
                xml.WriteElementString("system-out", Text("WARN: " + details));
                break;
        }

        xml.WriteEndElement();
    }

    private static string Message(CheckResult result) => Value(ResultText.Headline(result));

    /// <summary>
    /// A result under known events: its measured status and the events' ids as properties. A suppressed failure is a
    /// passing case (it must not fail the CI job), with its measured status in system-out.
    /// </summary>
    private static List<KeyValuePair<string, string>>? EventProperties(CheckResult result)
    {
        if (result.Events.Count == 0)
        {
            return null;
        }

        var properties = new List<KeyValuePair<string, string>> { new("status", StatusWords.WithEvents(result)), new("events", string.Join(",", result.Events)) };
        if (result.IsSuppressed)
        {
            properties.Add(new("suppressed_by", string.Join(",", result.SuppressedBy)));
        }

        return properties;
    }

    private static string Details(CheckResult result)
    {
        var text = new StringBuilder(result.IsSuppressed ? StatusWords.WithEvents(result) + ": " + Message(result) : Message(result));
        text.Append('\n').Append("severity: ").Append(YamlWords.Of(result.Severity));
        if (result.Owner is not null)
        {
            text.Append("; owner: ").Append(Value(result.Owner));
        }

        if (result.Runbook is not null)
        {
            text.Append("; runbook: ").Append(Value(result.Runbook));
        }

        foreach (var table in result.Evidence.Details)
        {
            text.Append('\n').Append(Value(table.Title)).Append(':');
            text.Append('\n').Append("  ").Append(string.Join(" | ", table.Columns.Select(Value)));
            foreach (var row in table.Rows)
            {
                text.Append('\n').Append("  ").Append(string.Join(" | ", row.Select(c => Value(c.ToString()))));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A value from the definitions or the data (an id, an owner, a summary, a cell) on one line: its line breaks and
    /// controls shown as escapes (<see cref="VisibleText.Escape"/>), so it cannot begin a line of its own in a
    /// <c>failure</c> text (a forged <c>::error</c> workflow command or <c>file(line,col): error</c> line); the line
    /// breaks the report puts between its own lines stay.
    /// </summary>
    private static string Value(string text) => VisibleText.Escape(text);

    /// <summary>
    /// Text as XML 1.0 can hold it, shown the way a terminal shows it: control characters other than tab, line
    /// feed and carriage return (which XML 1.0 cannot hold at all, even as character references), DEL, C1
    /// controls, bidirectional controls, U+FFFE, U+FFFF and unpaired surrogates become visible escapes such as
    /// <c>\x1b</c>, so a value from the data can neither abort the writer nor make the file unreadable.
    /// </summary>
    internal static string Text(string text)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            var invalid = (c is not ('\t' or '\n' or '\r') && VisibleText.NeedsEscape(c)) || c is '\ufffe' or '\uffff' || !paired;
            if (!invalid)
            {
                escaped?.Append(c);
                continue;
            }

            escaped ??= new StringBuilder(text, 0, i, text.Length + 8);
            escaped.Append(c <= '\u00ff' ? "\\x" + ((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return escaped?.ToString() ?? text;
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures, int errors, int skipped)
    {
        xml.WriteAttributeString("tests", tests.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", skipped.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int Count(IEnumerable<CheckResult> results, CheckStatus status) => results.Count(r => r.CountedStatus == status);

    private static int CountGates(RunResult run, CheckStatus status) => run.Gates.Count(g => g.Status == status);

    private static int CountSlos(RunResult run, CheckStatus status) => run.Slos.Count(s => s.Status == status);
}
