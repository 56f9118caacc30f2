namespace MonitorsAsCode.Cli;

/// <summary>The exit codes of the <c>monitors</c> command, which CI acts on.</summary>
public static class ExitCodes
{
    /// <summary>Every monitor passed (warnings allowed).</summary>
    public const int Passed = 0;

    /// <summary>A monitor or gate failed.</summary>
    public const int Failed = 1;

    /// <summary>The definitions are invalid or the command was used wrongly.</summary>
    public const int InvalidDefinitions = 2;

    /// <summary>A snapshot could not be read.</summary>
    public const int DataUnreadable = 3;
}
