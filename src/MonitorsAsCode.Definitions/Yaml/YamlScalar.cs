namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>A scalar: its text, and whether it was written plain (unquoted), which decides if it may be a number or null.</summary>
internal sealed class YamlScalar(SourceLocation location, string value, bool isPlain, bool isBroken = false) : YamlNode(location)
{
    /// <summary>Stands for a node that could not be read (already reported); readers skip it silently.</summary>
    public bool IsBroken { get; } = isBroken;

    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string Describe() => IsNull ? "null" : "'" + EchoedValue.Shorten(Value) + "'";
}
