using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>A sequence of nodes.</summary>
internal sealed class YamlSequence(SourceLocation location, IReadOnlyList<YamlNode> items) : YamlNode(location)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Describe() => "a list";
}
