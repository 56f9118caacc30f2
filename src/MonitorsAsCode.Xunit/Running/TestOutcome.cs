namespace MonitorsAsCode.Xunit.Running;

/// <summary>What a test runner is told about a monitor case.</summary>
internal enum TestOutcome
{
    /// <summary>The monitor passed.</summary>
    Passed,

    /// <summary>The monitor failed or errored, or its suite could not run.</summary>
    Failed,

    /// <summary>The monitor warned, or was not evaluated on purpose.</summary>
    Skipped,
}
