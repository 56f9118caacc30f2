using FluentAssertions;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Xunit.Assertions;

/// <summary>
/// <c>Should()</c> for monitor, gate and run results, for code that runs monitors itself:
/// <c>result.Should().Pass()</c>, <c>result.Should().HaveValueBelow(0.1)</c>,
/// <c>gate.Should().Pass()</c>, <c>run.Should().PassGate("deploy")</c>.
/// </summary>
public static class MonitorAssertionExtensions
{
    /// <summary>Assertions on one monitor's result.</summary>
    [CustomAssertion]
    public static CheckResultAssertions Should(this CheckResult? result) => new(result);

    /// <summary>Assertions on a gate's verdict; failures name the blocking monitors.</summary>
    [CustomAssertion]
    public static GateResultAssertions Should(this GateResult? gate) => new(gate);

    /// <summary>Assertions on a gate's verdict whose failures carry the blocking monitors' reports from <paramref name="run"/>.</summary>
    [CustomAssertion]
    public static GateResultAssertions Should(this GateResult? gate, RunResult run) => new(gate, run);

    /// <summary>Assertions on a whole run.</summary>
    [CustomAssertion]
    public static RunResultAssertions Should(this RunResult? run) => new(run);
}
