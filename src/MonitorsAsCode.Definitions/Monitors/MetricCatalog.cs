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
    private static readonly MetricDescription KolmogorovSmirnov = PValue("ks p-value", 0, 1);
    private static readonly MetricDescription KullbackLeibler = new("kl divergence", MetricUnit.Score, 0, double.PositiveInfinity, false);
    private static readonly MetricDescription Hellinger = new("hellinger distance", MetricUnit.Score, 0, 1, false);

    // scipy caps the Anderson–Darling significance level to its table, 0.001 to 0.25.
    private static readonly MetricDescription AndersonDarling = PValue("anderson-darling significance level", 0.001, 0.25);
    private static readonly MetricDescription CramerVonMises = PValue("cramer-von-mises p-value", 0, 1);
    private static readonly MetricDescription Energy = new("normed energy distance", MetricUnit.Score, 0, double.PositiveInfinity, false);
    private static readonly MetricDescription ChiSquare = PValue("chi-square p-value", 0, 1);
    private static readonly MetricDescription TotalVariation = new("total variation distance", MetricUnit.Score, 0, 1, false);
    private static readonly MetricDescription LInfinity = new("l-infinity distance", MetricUnit.Score, 0, 1, false);
    private static readonly MetricDescription TwoProportionZ = PValue("two-proportion z p-value", 0, 1);
    private static readonly MetricDescription Auto = new("drift measure picked by auto", MetricUnit.Score, 0, double.PositiveInfinity, false) { AcceptsThresholds = false };

    /// <summary>
    /// The metric of a dataset drift monitor (several columns, roles or <c>all</c>): the share of its
    /// columns that drifted, each weighted by its <c>importance</c> (1 when not declared).
    /// </summary>
    public static MetricDescription DriftedColumnShare { get; } = new("drifted column share", MetricUnit.Share, 0, 1, false);

    /// <summary>The metric of a <c>domain-classifier</c> dataset drift monitor: the cross-validated ROC AUC of telling current rows from reference rows.</summary>
    public static MetricDescription DomainClassifierAuc { get; } = new("domain classifier roc auc", MetricUnit.Score, 0, 1, false);

    /// <summary>The metric of <c>null_share_change</c>: the absolute change in a column's share of nulls.</summary>
    public static MetricDescription NullShareChange { get; } = new("null share change", MetricUnit.Share, 0, 1, false);

    /// <summary>The metric of a <c>label-coverage</c> monitor: the share of mature predictions that have a label; smaller is worse.</summary>
    public static MetricDescription LabelCoverage { get; } = new("label coverage", MetricUnit.Share, 0, 1, false) { SmallerIsWorse = true };

    /// <summary>
    /// The metric of a <c>performance</c> monitor: the metric itself, in its own range and direction, or with
    /// <paramref name="relative"/> how much worse it is than on the reference (positive when worse, so larger is worse).
    /// </summary>
    public static MetricDescription DescribePerformance(PerformanceMetric metric, bool relative)
    {
        var name = Yaml.YamlWords.Of(metric);
        if (relative)
        {
            return new MetricDescription(name + " drop from the reference", MetricUnit.Score, double.NegativeInfinity, double.PositiveInfinity, false);
        }

        var (minimum, maximum) = metric switch
        {
            PerformanceMetric.Accuracy or PerformanceMetric.Precision or PerformanceMetric.Recall or PerformanceMetric.F1
                or PerformanceMetric.RocAuc or PerformanceMetric.AveragePrecision or PerformanceMetric.Brier
                or PerformanceMetric.ExpectedCalibrationError or PerformanceMetric.WithinTolerance => (0.0, 1.0),
            PerformanceMetric.RSquared => (double.NegativeInfinity, 1.0),
            _ => (0.0, double.PositiveInfinity),
        };
        var unit = metric is PerformanceMetric.Accuracy or PerformanceMetric.Precision or PerformanceMetric.Recall or PerformanceMetric.WithinTolerance
            ? MetricUnit.Share
            : MetricUnit.Score;
        return new MetricDescription(name, unit, minimum, maximum, false) { SmallerIsWorse = PerformanceMetrics.SmallerIsWorse(metric) };
    }

    /// <summary>The metric a monitor with this check and drift method measures.</summary>
    public static MetricDescription Describe(CheckKind check, DriftMethod? method = null) => check switch
    {
        CheckKind.Schema => Schema,
        CheckKind.Completeness => Completeness,
        CheckKind.Validity => Validity,
        CheckKind.Uniqueness => Uniqueness,
        CheckKind.Volume => Volume,
        CheckKind.Freshness => Freshness,
        CheckKind.LabelCoverage => LabelCoverage,
        CheckKind.Performance => DescribePerformance(PerformanceMetric.Accuracy, relative: false),
        CheckKind.Drift => (method ?? DriftMethod.Psi) switch
        {
            DriftMethod.Psi => Psi,
            DriftMethod.JensenShannon => JensenShannon,
            DriftMethod.Wasserstein => Wasserstein,
            DriftMethod.KolmogorovSmirnov => KolmogorovSmirnov,
            DriftMethod.KullbackLeibler => KullbackLeibler,
            DriftMethod.Hellinger => Hellinger,
            DriftMethod.AndersonDarling => AndersonDarling,
            DriftMethod.CramerVonMises => CramerVonMises,
            DriftMethod.Energy => Energy,
            DriftMethod.ChiSquare => ChiSquare,
            DriftMethod.TotalVariation => TotalVariation,
            DriftMethod.LInfinity => LInfinity,
            DriftMethod.TwoProportionZ => TwoProportionZ,
            DriftMethod.Auto => Auto,
            DriftMethod.DomainClassifier => DomainClassifierAuc,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown drift method."),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "Unknown check."),
    };

    /// <summary>
    /// The metric a monitor measures: <see cref="DriftedColumnShare"/> for a dataset drift monitor (its ROC AUC
    /// for <c>domain-classifier</c>), otherwise that of its check and <see cref="MonitorDefinition.EffectiveMethod"/>.
    /// </summary>
    public static MetricDescription Describe(MonitorDefinition monitor) =>
        monitor.Check == CheckKind.Performance ? DescribePerformance(monitor.Metric ?? PerformanceMetric.Accuracy, monitor.Relative)
        : monitor.IsDatasetDrift && monitor.EffectiveMethod != DriftMethod.DomainClassifier ? DriftedColumnShare : Describe(monitor.Check, monitor.EffectiveMethod);

    private static MetricDescription PValue(string name, double minimum, double maximum) =>
        new(name, MetricUnit.Score, minimum, maximum, false) { SmallerIsWorse = true };
}
