namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>
/// A node of a YAML document with its position. The loader builds its own small tree, rather than
/// YamlDotNet's representation model, so that duplicate keys and every position survive parsing
/// and all problems of a file can be reported in one pass.
/// </summary>
internal abstract class YamlNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public abstract string Describe();
}
