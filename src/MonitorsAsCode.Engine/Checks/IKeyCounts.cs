namespace MonitorsAsCode.Engine.Checks;

/// <summary>What a uniqueness monitor's keys came to, however they were kept during the pass.</summary>
internal interface IKeyCounts
{
    /// <summary>Rows whose key has no null.</summary>
    long Keyed { get; }

    /// <summary>Distinct keys.</summary>
    long Distinct { get; }

    /// <summary>Keys that occur more than once.</summary>
    long RepeatedKeys { get; }

    /// <summary>The most repeated keys, most rows first and then by text.</summary>
    List<KeyValuePair<string, long>> Top { get; }

    /// <summary>Why the monitor cannot be measured, or null.</summary>
    string? Failure { get; }
}
