using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Runbooks;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>The <c>runbooks:</c> list.</summary>
internal sealed partial class YamlDefinitionReader
{
    private static readonly string[] RunbookKeys = ["id", "title", "meaning", "causes", "mitigations", "diagnostics", "escalation"];
    private static readonly string[] MitigationKeys = ["action", "text"];
    private static readonly string[] RunbookDiagnosticKeys = ["text", "panel", "query", "language"];
    private static readonly string[] EscalationKeys = ["owner", "on_call", "acknowledge", "steps"];

    public List<RunbookDefinition> Runbooks { get; } = [];

    private void ReadRunbook(YamlMapping mapping)
    {
        var fields = new YamlFields(mapping, "a runbook", RunbookKeys, diagnostics);
        fields.RequireAll("id", "meaning");
        var id = fields.Text("id");
        if (id is not null && !RunbookReferences.IsValidId(id))
        {
            Report(DefinitionRules.WrongValueType, $"runbook id '{EchoedValue.Shorten(id)}' may hold only letters, digits, '-' and '_', so that a monitor's 'runbook:' can tell it from a file path", fields.LocationOf("id"));
            Remember(id);
            id = null;
        }

        var meaning = fields.Text("meaning");
        var title = fields.Text("title");
        var causes = fields.TextList("causes") ?? [];
        var mitigations = ReadItems(fields, "mitigations", ReadMitigation);
        var steps = ReadItems(fields, "diagnostics", ReadRunbookDiagnostic);
        var escalation = ReadEscalation(fields);
        if (id is null || meaning is null)
        {
            Remember(id);
            return;
        }

        Runbooks.Add(new RunbookDefinition(id, meaning)
        {
            Title = title,
            Causes = causes,
            Mitigations = mitigations,
            Diagnostics = steps,
            Escalation = escalation,
            Source = new SourceMap(mapping.Location, fields.Locations),
        });
    }

    /// <summary>A list whose items are either plain text or a mapping; positions are recorded as <c>key[i]</c>.</summary>
    private List<T> ReadItems<T>(YamlFields fields, string key, Func<YamlNode, T?> read)
        where T : class
    {
        var items = new List<T>();
        var node = fields.Node(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return items;
        }

        if (node is not YamlSequence sequence)
        {
            Report(DefinitionRules.WrongValueType, $"'{key}' must be a list (each item starting with '- '), not {node.Describe()}", node.Location);
            return items;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            fields.Locate(key + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", sequence.Items[i].Location);
            if (read(sequence.Items[i]) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private RunbookMitigation? ReadMitigation(YamlNode node)
    {
        if (node is YamlScalar { IsNull: false } text)
        {
            return new RunbookMitigation(MitigationAction.Other, text.Value);
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"a mitigation must be text or a mapping such as {{ action: rollback, text: ... }}, not {node.Describe()}", node.Location);
            return null;
        }

        var fields = new YamlFields(mapping, "a mitigation", MitigationKeys, diagnostics);
        fields.RequireAll("text");
        var action = fields.Has("action") ? fields.Word("action", YamlWords.MitigationActions) : MitigationAction.Other;
        var value = fields.Text("text");
        return action is null || value is null ? null : new RunbookMitigation(action.Value, value);
    }

    private RunbookDiagnostic? ReadRunbookDiagnostic(YamlNode node)
    {
        if (node is YamlScalar { IsNull: false } text)
        {
            return new RunbookDiagnostic(text.Value);
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"a diagnostic step must be text or a mapping such as {{ text: ..., query: ... }}, not {node.Describe()}", node.Location);
            return null;
        }

        var fields = new YamlFields(mapping, "a diagnostic step", RunbookDiagnosticKeys, diagnostics);
        fields.RequireAll("text");
        var value = fields.Text("text");
        return value is null
            ? null
            : new RunbookDiagnostic(value) { Panel = fields.Text("panel"), Query = fields.Text("query"), Language = fields.Text("language") };
    }

    private RunbookEscalation? ReadEscalation(YamlFields runbook)
    {
        var node = runbook.Node("escalation");
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'escalation' must be a mapping such as {{ owner: ..., on_call: ..., acknowledge: {{ act: 30m }} }}, not {node.Describe()}", node.Location);
            return null;
        }

        var fields = new YamlFields(mapping, "escalation", EscalationKeys, diagnostics);
        foreach (var pair in fields.Locations)
        {
            runbook.Locate("escalation." + pair.Key, pair.Value);
        }

        return new RunbookEscalation
        {
            Owner = fields.Text("owner"),
            OnCall = fields.Text("on_call"),
            Acknowledge = ReadAcknowledge(fields),
            Steps = fields.TextList("steps") ?? [],
        };
    }

    private List<AcknowledgementTarget> ReadAcknowledge(YamlFields escalation)
    {
        var targets = new List<AcknowledgementTarget>();
        var node = escalation.Node("acknowledge");
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return targets;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'acknowledge' must map severities to durations, such as {{ act: 30m, investigate: 1d }}, not {node.Describe()}", node.Location);
            return targets;
        }

        var words = new List<string>();
        foreach (var pair in YamlWords.Severities)
        {
            words.Add(pair.Key);
        }

        var fields = new YamlFields(mapping, "'acknowledge'", words, diagnostics);
        foreach (var pair in YamlWords.Severities)
        {
            if (fields.Node(pair.Key) is not { } value)
            {
                continue;
            }

            if (value is YamlScalar scalar && DurationText.TryParse(scalar.Value, out var duration))
            {
                targets.Add(new AcknowledgementTarget(pair.Value, duration.TotalSeconds));
            }
            else
            {
                Report(DefinitionRules.WrongValueType, DurationText.Problem(pair.Key, (value as YamlScalar)?.Value, value.Describe(), "15m, 1h or 1d"), value.Location);
            }
        }

        return targets;
    }
}
