namespace MonitorsAsCode.Engine.Results;

/// <summary>The least severe verdict that makes a run fail (<c>monitors run --fail-on</c>).</summary>
public enum FailOn
{
    /// <summary>Only fail and error verdicts fail the run (the default).</summary>
    Fail,

    /// <summary>Warnings fail the run too.</summary>
    Warn,
}
