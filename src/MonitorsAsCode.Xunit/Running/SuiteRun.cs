using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Xunit.Running;

/// <summary>One run of a suite's monitors, or why it could not run (invalid definitions, an unreadable snapshot).</summary>
internal sealed record SuiteRun(RunResult? Result, string? Problem);
