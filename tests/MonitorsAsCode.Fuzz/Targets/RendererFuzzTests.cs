using MonitorsAsCode.Cli;
using MonitorsAsCode.Fuzz.Generators;
using MonitorsAsCode.Fuzz.Harness;
using MonitorsAsCode.Fuzz.Outputs;
using Xunit.Abstractions;

namespace MonitorsAsCode.Fuzz.Targets;

/// <summary>
/// Hostile ids, owners, services, descriptions, labels, column names and category values in otherwise valid
/// definitions and data: <c>validate</c> accepts or refuses them (exit 2, a message with no raw control
/// characters), and whatever it accepts goes through every renderer, whose output must stay valid and inert:
/// promtool passes the rules, JUnit parses as XML, JSON parses, Markdown and HTML carry no live markup from
/// the values, and text carries no terminal control characters.
/// </summary>
public sealed class RendererFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Hostile_values_are_refused_or_rendered_inert_by_every_renderer()
    {
        PromtoolChecks.EnsureInstalled();
        var accepted = 0;
        try
        {
            new FuzzTarget(nameof(RendererFuzzTests), output).Run(ciCases: 60, fuzzCase =>
            {
                var definitions = new DefinitionSetGenerator(fuzzCase)
                {
                    Hostility = 0.2 + (fuzzCase.Random.NextDouble() * 0.6),
                    NameHostility = fuzzCase.Random.Next(4) == 0 ? 0.1 : 0,
                }.Write();
                var validated = InProcessCli.Run("validate", definitions);
                if (validated.ExitCode is not ExitCodes.Passed and not ExitCodes.InvalidDefinitions)
                {
                    throw new FuzzFailure(FailureKind.Crash, $"validate exits {validated.ExitCode}, neither 0 nor 2", validated.Describe());
                }

                if (validated.ExitCode == ExitCodes.Passed)
                {
                    Interlocked.Increment(ref accepted);
                }

                FuzzFailures.Collect(
                    () => OutputValidity.PlainText(validated.Error, "validate's standard error"),
                    () => OutputValidity.PlainText(validated.Out, "validate's standard output"),
                    () =>
                    {
                        if (validated.ExitCode == ExitCodes.Passed)
                        {
                            EveryRenderer.All(fuzzCase, definitions);
                        }
                    });
            });
        }
        finally
        {
            output.WriteLine($"{accepted} hostile definition sets were accepted by validate and rendered");
        }
    }
}
