using System.Collections.Generic;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Runbooks;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>The words YAML definitions use for enum values, in the order the documentation lists them.</summary>
public static class YamlWords
{
    /// <summary>Check names.</summary>
    public static IReadOnlyList<KeyValuePair<string, CheckKind>> Checks { get; } =
    [
        new("drift", CheckKind.Drift), new("schema", CheckKind.Schema), new("completeness", CheckKind.Completeness),
        new("validity", CheckKind.Validity), new("uniqueness", CheckKind.Uniqueness), new("volume", CheckKind.Volume),
        new("freshness", CheckKind.Freshness), new("label-coverage", CheckKind.LabelCoverage), new("performance", CheckKind.Performance),
    ];

    /// <summary>Performance metric names.</summary>
    public static IReadOnlyList<KeyValuePair<string, PerformanceMetric>> Metrics { get; } =
    [
        new("accuracy", PerformanceMetric.Accuracy), new("precision", PerformanceMetric.Precision), new("recall", PerformanceMetric.Recall),
        new("f1", PerformanceMetric.F1), new("roc-auc", PerformanceMetric.RocAuc), new("average-precision", PerformanceMetric.AveragePrecision),
        new("log-loss", PerformanceMetric.LogLoss), new("brier", PerformanceMetric.Brier), new("ece", PerformanceMetric.ExpectedCalibrationError),
        new("cost", PerformanceMetric.Cost), new("mae", PerformanceMetric.MeanAbsoluteError), new("rmse", PerformanceMetric.RootMeanSquaredError),
        new("mape", PerformanceMetric.MeanAbsolutePercentageError), new("r2", PerformanceMetric.RSquared), new("within-tolerance", PerformanceMetric.WithinTolerance),
    ];

    /// <summary>Drift method names.</summary>
    public static IReadOnlyList<KeyValuePair<string, DriftMethod>> Methods { get; } =
    [
        new("psi", DriftMethod.Psi), new("jensen-shannon", DriftMethod.JensenShannon), new("wasserstein", DriftMethod.Wasserstein),
        new("ks", DriftMethod.KolmogorovSmirnov), new("kl", DriftMethod.KullbackLeibler), new("hellinger", DriftMethod.Hellinger),
        new("anderson-darling", DriftMethod.AndersonDarling), new("cramer-von-mises", DriftMethod.CramerVonMises),
        new("energy", DriftMethod.Energy), new("chi-square", DriftMethod.ChiSquare), new("total-variation", DriftMethod.TotalVariation),
        new("l-infinity", DriftMethod.LInfinity), new("z", DriftMethod.TwoProportionZ), new("domain-classifier", DriftMethod.DomainClassifier),
        new("auto", DriftMethod.Auto),
    ];

    /// <summary>Binning names for binned drift methods on numeric columns.</summary>
    public static IReadOnlyList<KeyValuePair<string, DriftBinning>> Binnings { get; } =
    [
        new("reference-quantiles", DriftBinning.ReferenceQuantiles), new("sturges", DriftBinning.Sturges),
    ];

    /// <summary>Multiple-comparison correction names for dataset drift monitors.</summary>
    public static IReadOnlyList<KeyValuePair<string, PValueCorrection>> Corrections { get; } =
    [
        new("benjamini-hochberg", PValueCorrection.BenjaminiHochberg), new("bonferroni", PValueCorrection.Bonferroni),
        new("none", PValueCorrection.None),
    ];

    /// <summary>Gate mode names.</summary>
    public static IReadOnlyList<KeyValuePair<string, GateMode>> GateModes { get; } =
    [
        new("blocking", GateMode.Blocking), new("advisory", GateMode.Advisory),
    ];

    /// <summary>Severity names.</summary>
    public static IReadOnlyList<KeyValuePair<string, Severity>> Severities { get; } =
    [
        new("info", Severity.Info), new("investigate", Severity.Investigate), new("act", Severity.Act),
    ];

    /// <summary>Column type names.</summary>
    public static IReadOnlyList<KeyValuePair<string, ColumnType>> Types { get; } =
    [
        new("double", ColumnType.Double), new("int64", ColumnType.Int64), new("bool", ColumnType.Bool),
        new("string", ColumnType.String), new("timestamp", ColumnType.Timestamp), new("date", ColumnType.Date),
    ];

    /// <summary>Column role names.</summary>
    public static IReadOnlyList<KeyValuePair<string, ColumnRole>> Roles { get; } =
    [
        new("feature", ColumnRole.Feature), new("prediction", ColumnRole.Prediction), new("label", ColumnRole.Label),
        new("id", ColumnRole.Id), new("event_time", ColumnRole.EventTime), new("model_version", ColumnRole.ModelVersion),
        new("segment", ColumnRole.Segment), new("other", ColumnRole.Other),
    ];

    /// <summary>Schema monitor policies for unexpected columns.</summary>
    public static IReadOnlyList<KeyValuePair<string, UnexpectedColumns>> UnexpectedColumnPolicies { get; } =
    [
        new("warn", UnexpectedColumns.Warn), new("fail", UnexpectedColumns.Fail), new("ignore", UnexpectedColumns.Ignore),
    ];

    /// <summary>Runbook mitigation actions.</summary>
    public static IReadOnlyList<KeyValuePair<string, MitigationAction>> MitigationActions { get; } =
    [
        new("rollback", MitigationAction.Rollback), new("fallback-model", MitigationAction.FallbackModel),
        new("circuit-breaker", MitigationAction.CircuitBreaker), new("disable-feature", MitigationAction.DisableFeature),
        new("throttle", MitigationAction.Throttle), new("backfill", MitigationAction.Backfill),
        new("retrain", MitigationAction.Retrain), new("other", MitigationAction.Other),
    ];

    /// <summary>Baseline method names (<c>baseline: { method: … }</c>).</summary>
    public static IReadOnlyList<KeyValuePair<string, BaselineMethod>> BaselineMethods { get; } =
    [
        new("median-mad", BaselineMethod.MedianMad), new("rolling-quantile", BaselineMethod.RollingQuantile),
        new("same-period-last-week", BaselineMethod.SamePeriodLastWeek), new("holt-winters", BaselineMethod.HoltWinters),
    ];

    /// <summary>The YAML word for a value, as the documentation writes it.</summary>
    public static string Of<T>(IReadOnlyList<KeyValuePair<string, T>> words, T value)
    {
        foreach (var pair in words)
        {
            if (EqualityComparer<T>.Default.Equals(pair.Value, value))
            {
                return pair.Key;
            }
        }

        return value?.ToString() ?? string.Empty;
    }

    /// <summary>The word for a check.</summary>
    public static string Of(CheckKind check) => Of(Checks, check);

    /// <summary>The word for a performance metric.</summary>
    public static string Of(PerformanceMetric metric) => Of(Metrics, metric);

    /// <summary>The word for a drift method.</summary>
    public static string Of(DriftMethod method) => Of(Methods, method);

    /// <summary>The word for a binning.</summary>
    public static string Of(DriftBinning binning) => Of(Binnings, binning);

    /// <summary>The word for a correction.</summary>
    public static string Of(PValueCorrection correction) => Of(Corrections, correction);

    /// <summary>The word for a column role.</summary>
    public static string Of(ColumnRole role) => Of(Roles, role);

    /// <summary>The word for a severity.</summary>
    public static string Of(Severity severity) => Of(Severities, severity);

    /// <summary>The word for a column type.</summary>
    public static string Of(ColumnType type) => Of(Types, type);

    /// <summary>The word for a mitigation action.</summary>
    public static string Of(MitigationAction action) => Of(MitigationActions, action);

    /// <summary>The word for a baseline method.</summary>
    public static string Of(BaselineMethod method) => Of(BaselineMethods, method);
}
