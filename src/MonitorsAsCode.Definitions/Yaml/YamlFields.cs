using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>
/// The entries of one YAML mapping, checked against the keys its definition accepts, with typed
/// readers that report a wrong value at the value's own position and return null.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> entries = new(StringComparer.Ordinal);
    private readonly ICollection<DefinitionDiagnostic> diagnostics;
    private readonly Dictionary<string, SourceLocation> locations = new(StringComparer.Ordinal);

    public YamlFields(
        YamlMapping mapping,
        string what,
        IReadOnlyList<string> allowed,
        ICollection<DefinitionDiagnostic> diagnostics,
        Func<string, string?>? explainInapplicable = null)
    {
        Mapping = mapping;
        What = what;
        this.diagnostics = diagnostics;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (!Contains(allowed, key))
            {
                var reason = explainInapplicable?.Invoke(key);
                var message = reason ?? $"unknown key '{EchoedValue.Shorten(key)}' in {what}{NearestName.Suggest(key, allowed)}";
                diagnostics.Add(new DefinitionDiagnostic(DefinitionRules.UnknownKey, message, entry.Key.Location));
                continue;
            }

            entries[key] = entry;
            locations[key] = entry.Value.Location;
        }
    }

    public YamlMapping Mapping { get; }

    public string What { get; }

    public IReadOnlyDictionary<string, SourceLocation> Locations => locations;

    public bool Has(string key) => entries.ContainsKey(key);

    /// <summary>The value written for <paramref name="key"/>; null when absent or already reported as unreadable.</summary>
    public YamlNode? Node(string key) =>
        entries.TryGetValue(key, out var entry) && entry.Value is not YamlScalar { IsBroken: true } ? entry.Value : null;

    /// <summary>
    /// Where the value of <paramref name="key"/> is written, readable or not: for a reader reporting a problem with a key
    /// it has found, so a mistake is reported at the value even when that value was an alias to nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">The mapping has no such key: a bug in the reader, never a user's mistake.</exception>
    public SourceLocation LocationOf(string key) =>
        entries.TryGetValue(key, out var entry)
            ? entry.Value.Location
            : throw new InvalidOperationException($"{What} has no '{key}' to report a problem at; the reader asked for a key it had not found");

    public void Locate(string field, SourceLocation location) => locations[field] = location;

    public void Report(DiagnosticRule rule, string message, SourceLocation location) =>
        diagnostics.Add(new DefinitionDiagnostic(rule, message, location));

    public void RequireAll(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!Has(key))
            {
                Report(DefinitionRules.MissingRequiredField, $"{What} is missing the required field '{key}'", Mapping.Location);
            }
        }
    }

    public string? Text(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && !scalar.IsNull)
        {
            return scalar.Value;
        }

        Report(DefinitionRules.WrongValueType, $"'{key}' must be text, not {node.Describe()}", node.Location);
        return null;
    }

    public double? Number(string key)
    {
        var node = Node(key);
        return node is null ? null : Number(key, node);
    }

    public double? Number(string key, YamlNode node)
    {
        if (node is YamlScalar scalar && !scalar.IsNull
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && !double.IsNaN(value) && !double.IsInfinity(value))
        {
            return value;
        }

        Report(DefinitionRules.WrongValueType, $"'{key}' must be a number, not {node.Describe()}", node.Location);
        return null;
    }

    public int? Integer(string key, int minimum, int maximum)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value >= minimum && value <= maximum)
        {
            return value;
        }

        Report(DefinitionRules.WrongValueType, $"'{key}' must be a whole number from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}, not {node.Describe()}", node.Location);
        return null;
    }

    public bool? Boolean(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        Report(DefinitionRules.WrongValueType, $"'{key}' must be true or false, not {node.Describe()}", node.Location);
        return null;
    }

    public T? Word<T>(string key, IReadOnlyList<KeyValuePair<string, T>> words)
        where T : struct
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && !scalar.IsNull)
        {
            foreach (var pair in words)
            {
                if (string.Equals(pair.Key, scalar.Value, StringComparison.Ordinal))
                {
                    return pair.Value;
                }
            }
        }

        var names = new List<string>();
        foreach (var pair in words)
        {
            names.Add(pair.Key);
        }

        var found = node is YamlScalar s ? s.Value : string.Empty;
        Report(
            DefinitionRules.WrongValueType,
            $"'{key}' must be one of {string.Join(", ", names)}, not {node.Describe()}{NearestName.Suggest(found, names)}",
            node.Location);
        return null;
    }

    /// <summary>A list of texts; a single text is accepted as a one-item list. Item positions are recorded as <c>key[i]</c>.</summary>
    public List<string>? TextList(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar single && !single.IsNull)
        {
            locations[key + "[0]"] = single.Location;
            return [single.Value];
        }

        if (node is not YamlSequence sequence)
        {
            Report(DefinitionRules.WrongValueType, $"'{key}' must be a list of text, not {node.Describe()}", node.Location);
            return null;
        }

        var values = new List<string>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is YamlScalar item && !item.IsNull)
            {
                locations[key + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"] = item.Location;
                values.Add(item.Value);
            }
            else
            {
                Report(DefinitionRules.WrongValueType, $"'{key}' items must be text, not {sequence.Items[i].Describe()}", sequence.Items[i].Location);
            }
        }

        return values;
    }

    private static bool Contains(IReadOnlyList<string> keys, string key)
    {
        foreach (var candidate in keys)
        {
            if (string.Equals(candidate, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
