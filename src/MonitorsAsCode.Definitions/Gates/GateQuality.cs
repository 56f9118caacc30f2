using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Gates;

/// <summary>
/// A gate's dataset quality requirement: the weighted mean of its completeness, validity, uniqueness
/// and freshness monitors' scores (pass 1, warn 0.5, fail or error 0; skipped monitors do not count)
/// must be at least <see cref="Min"/>.
/// </summary>
public sealed record GateQuality(double Min)
{
    /// <summary>Weight of completeness monitors.</summary>
    public double Completeness { get; init; } = 1;

    /// <summary>Weight of validity monitors.</summary>
    public double Validity { get; init; } = 1;

    /// <summary>Weight of uniqueness monitors.</summary>
    public double Uniqueness { get; init; } = 1;

    /// <summary>Weight of freshness monitors.</summary>
    public double Freshness { get; init; } = 1;

    /// <summary>The weight of a check kind; 0 for kinds the score does not cover (drift, schema, volume).</summary>
    public double WeightOf(CheckKind check) => check switch
    {
        CheckKind.Completeness => Completeness,
        CheckKind.Validity => Validity,
        CheckKind.Uniqueness => Uniqueness,
        CheckKind.Freshness => Freshness,
        _ => 0,
    };
}
