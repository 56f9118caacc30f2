using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Tests.Validation;

namespace MonitorsAsCode.Definitions.Tests.Yaml;

[UseCulture("de-DE")]
public sealed class YamlGateTests
{
    private const string Monitors = """
        monitors:
          - id: amount-nulls
            dataset: fraud-scoring
            check: completeness
            column: amount
            fail: 0.01
          - id: amount-drift
            dataset: fraud-scoring
            check: drift
            column: amount
            fail: 0.25

        """;

    [Fact]
    public void A_gate_is_blocking_without_quality_or_hard_members_by_default()
    {
        var gate = LoadGate("""
            gates:
              - id: deploy
                monitors: [amount-nulls]
            """);

        gate.Mode.Should().Be(GateMode.Blocking);
        gate.Quality.Should().BeNull();
        gate.Hard.Should().BeEmpty();
    }

    [Fact]
    public void Mode_quality_weights_and_hard_members_are_read()
    {
        var gate = LoadGate("""
            gates:
              - id: deploy
                mode: advisory
                monitors: [amount-nulls, amount-drift]
                quality: { min: 0.95, weights: { completeness: 2, validity: 0.5, uniqueness: 0, freshness: 1 } }
                hard: [amount-drift]
            """);

        gate.Mode.Should().Be(GateMode.Advisory);
        gate.Quality.Should().Be(new GateQuality(0.95) { Completeness = 2, Validity = 0.5, Uniqueness = 0, Freshness = 1 });
        gate.Quality!.WeightOf(CheckKind.Drift).Should().Be(0);
        gate.Hard.Should().Equal("amount-drift");
        gate.Source.Of("quality.weights.validity").Should().Be(new SourceLocation("gates.yaml", 5, 65));
    }

    [Fact]
    public void Quality_weights_default_to_one()
    {
        var gate = LoadGate("""
            gates:
              - id: deploy
                monitors: [amount-nulls]
                quality: { min: 0.9, weights: { validity: 3 } }
            """);

        gate.Quality.Should().Be(new GateQuality(0.9) { Validity = 3 });
        gate.Quality!.Completeness.Should().Be(1);
    }

    [Fact]
    public void An_unknown_mode_word_is_reported_at_the_value_with_the_nearest_mode()
    {
        Diagnose("""
            gates:
              - id: deploy
                mode: advisroy
                monitors: [amount-nulls]
            """).Should().Equal(
            "gates.yaml(3,11): error MAC0003: 'mode' must be one of blocking, advisory, not 'advisroy' (did you mean 'advisory'?)");
    }

    [Fact]
    public void Quality_needs_a_min_from_zero_to_one_and_known_weight_names()
    {
        Diagnose("""
            gates:
              - id: a
                monitors: [amount-nulls]
                quality: { min: 1.5 }
              - id: b
                monitors: [amount-nulls]
                quality: { weights: { completness: 1 } }
              - id: c
                monitors: [amount-nulls]
                quality: 0.9
            """).Should().Equal(
            "gates.yaml(4,21): error MAC0003: 'min' must be a score from 0 to 1, not 1.5",
            "gates.yaml(7,14): error MAC0004: 'quality' is missing the required field 'min'",
            "gates.yaml(7,27): error MAC0002: unknown key 'completness' in 'weights' (did you mean 'completeness'?)",
            "gates.yaml(10,14): error MAC0003: 'quality' must be a mapping such as { min: 0.95 }, not '0.9'");
    }

    [Fact]
    public void A_hard_member_must_be_one_of_the_gates_monitors()
    {
        Diagnose("""
            gates:
              - id: deploy
                monitors: [amount-nulls]
                hard: [amount-drift]
            """).Should().Equal(
            "gates.yaml(4,12): error MAC0011: gate 'deploy' lists 'amount-drift' under 'hard', which is not one of its monitors");
    }

    private static GateDefinition LoadGate(string gates)
    {
        var loaded = YamlDefinitionLoaderTests.Load(("datasets.yaml", DefinitionFiles.FraudScoring), ("monitors.yaml", Monitors), ("gates.yaml", gates));
        loaded.Diagnostics.Should().BeEmpty();
        return loaded.Definitions.Gates.Should().ContainSingle().Subject;
    }

    private static IReadOnlyList<string> Diagnose(string gates) =>
        DefinitionFiles.Diagnose(("datasets.yaml", DefinitionFiles.FraudScoring), ("monitors.yaml", Monitors), ("gates.yaml", gates));
}
