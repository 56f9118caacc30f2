using MonitorsAsCode.Cli;
using MonitorsAsCode.Fuzz.Generators;
using MonitorsAsCode.Fuzz.Harness;
using MonitorsAsCode.Fuzz.Outputs;
using Xunit.Abstractions;

namespace MonitorsAsCode.Fuzz.Targets;

/// <summary>
/// Mutated definition YAML (nesting, huge scalars, aliases, wrong types, unknown keys, syntax, encodings) through
/// <c>monitors validate</c>: it accepts or refuses with diagnostics (exit 2), never crashes or hangs, and
/// every set it accepts gets Prometheus rules that <c>promtool check rules</c> passes and a run whose JSON parses.
/// </summary>
public sealed class DefinitionsFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Files = ["datasets.yaml", "monitors.yaml", "gates.yaml", "slos.yaml", "runbooks.yaml"];

    [Fact]
    public void Mutated_definitions_are_accepted_or_refused_and_accepted_ones_render_valid_rules()
    {
        PromtoolChecks.EnsureInstalled();
        var accepted = 0;
        try
        {
            new FuzzTarget(nameof(DefinitionsFuzzTests), output).Run(ciCases: 150, fuzzCase =>
            {
                var definitions = new DefinitionSetGenerator(fuzzCase) { Hostility = 0.1 }.Write();
                var mutations = 1 + fuzzCase.Random.Next(2);
                for (var i = 0; i < mutations; i++)
                {
                    var file = Files[fuzzCase.Random.Next(Files.Length)];
                    var path = Path.Combine(definitions, file);
                    fuzzCase.Note("in " + file);
                    File.WriteAllBytes(path, new YamlMutator(fuzzCase).Mutate(File.ReadAllText(path)));
                }

                var validated = InProcessCli.Run("validate", definitions);
                if (validated.ExitCode is not ExitCodes.Passed and not ExitCodes.InvalidDefinitions)
                {
                    throw new FuzzFailure(FailureKind.Crash, $"validate exits {validated.ExitCode}, neither 0 nor 2", validated.Describe());
                }

                var valid = validated.ExitCode == ExitCodes.Passed;
                if (valid)
                {
                    Interlocked.Increment(ref accepted);
                }

                FuzzFailures.Collect(
                    () => OutputValidity.PlainText(validated.Error, "validate's standard error"),
                    () => OutputValidity.PlainText(validated.Out, "validate's standard output"),
                    () =>
                    {
                        if (valid)
                        {
                            EveryRenderer.SloRules(fuzzCase, definitions);
                        }
                    },
                    () =>
                    {
                        if (valid)
                        {
                            EveryRenderer.Run(definitions, "json");
                        }
                    });
            });
        }
        finally
        {
            output.WriteLine($"{accepted} mutated definition sets were accepted by validate and checked by promtool");
        }
    }
}
