namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>What every rule's descriptor shares: the category, and a message that is the validator's own.</summary>
internal static class RuleDescriptors
{
    /// <summary>The category of every MonitorsAsCode rule.</summary>
    public const string Category = "MonitorsAsCode";

    /// <summary>The message is <c>DefinitionValidator</c>'s (or the YAML loader's), word for word.</summary>
    public const string MessageFormat = "{0}";
}
