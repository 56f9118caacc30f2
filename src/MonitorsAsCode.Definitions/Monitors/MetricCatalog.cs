using System;

namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// The metric each check (and drift method) measures. Validation uses it to reject thresholds a
/// metric cannot reach; outputs use it to format values.
/// </summary>
public static class MetricCatalog
{
    /// <summary>The upper bound of the Jensen–Shannon distance with natural log: sqrt(ln 2).</summary>
    public static readonly double JensenShannonMaximum = Math.Sqrt(Math.Log(2));

    private static readonly MetricDescription Schema = new("schema problems", MetricUnit.Count, 0, double.PositiveInfinity, false) { AcceptsThresholds = false };
    private static readonly MetricDescription Completeness = new("null share", MetricUnit.Share, 0, 1, false);
    private static readonly MetricDescription Validity = new("invalid share", MetricUnit.Share, 0, 1, false);
    private static readonly MetricDescription Uniqueness = new("duplicate share", MetricUnit.Share, 0, 1, false);
    private static readonly MetricDescription Volume = new("row count ratio", MetricUnit.Ratio, 0, double.PositiveInfinity, true);
    private static readonly MetricDescription Freshness = new("age of newest event", MetricUnit.Duration, 0, double.PositiveInfinity, false);
    private static readonly MetricDescription Psi = new("psi", MetricUnit.Score, 0, double.PositiveInfinity, false);
    private static readonly MetricDescription JensenShannon = new("jensen-shannon distance", MetricUnit.Score, 0, JensenShannonMaximum, false);
    private static readonly MetricDescription Wasserstein = new("normed wasserstein distance", MetricUnit.Score, 0, double.PositiveInfinity, false);

    /// <summary>The metric a monitor with this check and drift method measures.</summary>
    public static MetricDescription Describe(CheckKind check, DriftMethod? method = null) => check switch
    {
        CheckKind.Schema => Schema,
        CheckKind.Completeness => Completeness,
        CheckKind.Validity => Validity,
        CheckKind.Uniqueness => Uniqueness,
        CheckKind.Volume => Volume,
        CheckKind.Freshness => Freshness,
        CheckKind.Drift => (method ?? DriftMethod.Psi) switch
        {
            DriftMethod.Psi => Psi,
            DriftMethod.JensenShannon => JensenShannon,
            DriftMethod.Wasserstein => Wasserstein,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown drift method."),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "Unknown check."),
    };
}
