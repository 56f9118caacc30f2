using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>A mapping, keeping its entries in order (duplicates are rejected while building).</summary>
internal sealed class YamlMapping(SourceLocation location, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries) : YamlNode(location)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string Describe() => "a mapping";
}
