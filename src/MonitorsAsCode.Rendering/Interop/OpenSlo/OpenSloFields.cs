using System.Globalization;
using MonitorsAsCode.Definitions;
using YamlDotNet.RepresentationModel;

namespace MonitorsAsCode.Rendering.Interop.OpenSlo;

/// <summary>
/// The keys of one OpenSLO mapping. Every key read is marked; <see cref="ReportUnread"/> reports the
/// rest as unsupported, so a field this tool does not import is never dropped silently.
/// </summary>
internal sealed class OpenSloFields
{
    private readonly YamlMappingNode mapping;
    private readonly string file;
    private readonly List<OpenSloIssue> issues;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public OpenSloFields(YamlMappingNode mapping, string path, string file, List<OpenSloIssue> issues)
    {
        this.mapping = mapping;
        Path = path;
        this.file = file;
        this.issues = issues;
    }

    public string Path { get; }

    public SourceLocation Location => At(mapping);

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var entry in mapping.Children)
            {
                if (entry.Key is YamlScalarNode { Value: { } key })
                {
                    yield return key;
                }
            }
        }
    }

    public SourceLocation At(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>Where the value of <paramref name="key"/> is written, for a reader reporting a problem with a value it has read.</summary>
    /// <exception cref="InvalidOperationException">The mapping has no such key: a bug in the reader, never a user's mistake.</exception>
    public SourceLocation LocationOf(string key) =>
        At(Node(key) ?? throw new InvalidOperationException($"{Path} has no '{key}' to report a problem at; the reader asked for a key it had not read"));

    public YamlNode? Node(string key)
    {
        read.Add(key);
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    public string? Text(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        Warn($"'{Path}{key}' must be text; it was not imported", At(node));
        return null;
    }

    public double? Number(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        Warn($"'{Path}{key}' must be a number; it was not imported", At(node));
        return null;
    }

    public bool? Boolean(string key)
    {
        var node = Node(key);
        return node is YamlScalarNode { Value: { } value } && bool.TryParse(value, out var flag) ? flag : null;
    }

    public OpenSloFields? Mapping(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode child)
        {
            return new OpenSloFields(child, Path + key + ".", file, issues);
        }

        Warn($"'{Path}{key}' must be a mapping; it was not imported", At(node));
        return null;
    }

    public IReadOnlyList<OpenSloFields> Items(string key)
    {
        var node = Node(key);
        var items = new List<OpenSloFields>();
        if (node is null)
        {
            return items;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Warn($"'{Path}{key}' must be a list; it was not imported", At(node));
            return items;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = Path + key + "[" + i.ToString(CultureInfo.InvariantCulture) + "].";
            if (sequence.Children[i] is YamlMappingNode item)
            {
                items.Add(new OpenSloFields(item, path, file, issues));
            }
            else
            {
                Warn($"'{path.TrimEnd('.')}' must be a mapping; it was not imported", At(sequence.Children[i]));
            }
        }

        return items;
    }

    /// <summary>The entries of a mapping of text values (labels, annotations); values that are lists or mappings are reported.</summary>
    public List<KeyValuePair<string, string>> Pairs(string key)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var node = Node(key);
        if (node is not YamlMappingNode map)
        {
            return pairs;
        }

        foreach (var entry in map.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } name } && entry.Value is YamlScalarNode { Value: { } value })
            {
                pairs.Add(new(name, value));
            }
            else
            {
                Warn($"'{Path}{key}.{(entry.Key as YamlScalarNode)?.Value}' is not a single text value; it was not imported", At(entry.Value));
            }
        }

        return pairs;
    }

    public void Warn(string message, SourceLocation? location = null) => issues.Add(new OpenSloIssue(message, location ?? Location, IsError: false));

    public void Error(string message, SourceLocation? location = null) => issues.Add(new OpenSloIssue(message, location ?? Location, IsError: true));

    /// <summary>Reports every key that was not read as unsupported.</summary>
    public void ReportUnread()
    {
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } key } && !read.Contains(key))
            {
                Warn($"unsupported field '{Path}{key}' was not imported", At(entry.Key));
            }
        }
    }
}
