namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>What a schema monitor does when a snapshot has columns the dataset does not declare.</summary>
public enum UnexpectedColumns
{
    /// <summary>List them and warn.</summary>
    Warn,

    /// <summary>List them and fail.</summary>
    Fail,

    /// <summary>List them; the status is not affected.</summary>
    Ignore,
}
