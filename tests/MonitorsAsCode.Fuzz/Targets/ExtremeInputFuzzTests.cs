using MonitorsAsCode.Fuzz.Generators;
using MonitorsAsCode.Fuzz.Harness;
using MonitorsAsCode.Fuzz.Outputs;
using Xunit.Abstractions;

namespace MonitorsAsCode.Fuzz.Targets;

/// <summary>
/// Inputs that could take the test host down (stack overflow, gigabytes): each runs <c>monitors run</c> in its
/// own process under a watchdog and a 1 GB heap, and must end with a documented exit code and a message, in
/// time, without running out of memory.
/// </summary>
public sealed class ExtremeInputFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(60);

    [Fact]
    public void Extreme_inputs_end_with_a_message_in_their_own_process()
    {
        new FuzzTarget(nameof(ExtremeInputFuzzTests), output) { CaseTimeout = Watchdog + TimeSpan.FromSeconds(30) }.Run(ciCases: ExtremeInputs.Kinds, fuzzCase =>
        {
            var args = new ExtremeInputs(fuzzCase).Write();
            var outcome = ChildCli.Run(Watchdog, args);
            OutputValidity.PlainText(outcome.Error, "run's standard error");
            output.WriteLine($"case {fuzzCase.Number} ({fuzzCase.Description}): exit {outcome.ExitCode}, {outcome.Error.Split('\n')[0]}");
        });
    }
}
