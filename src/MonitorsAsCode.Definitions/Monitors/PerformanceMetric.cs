namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>What a <c>performance</c> monitor measures over labelled predictions.</summary>
public enum PerformanceMetric
{
    /// <summary>Classification: the share of predictions at the operating threshold that are right.</summary>
    Accuracy,

    /// <summary>Classification: of the rows predicted positive at the threshold, the share that are.</summary>
    Precision,

    /// <summary>Classification: of the positive rows, the share predicted positive at the threshold.</summary>
    Recall,

    /// <summary>Classification: the harmonic mean of precision and recall at the threshold.</summary>
    F1,

    /// <summary>Classification: the area under the ROC curve of the scores.</summary>
    RocAuc,

    /// <summary>Classification: the step-wise area under the precision–recall curve of the scores.</summary>
    AveragePrecision,

    /// <summary>Classification: the mean negative log-likelihood of the labels under the scores as probabilities.</summary>
    LogLoss,

    /// <summary>Classification: the mean squared difference between the scores as probabilities and the labels.</summary>
    Brier,

    /// <summary>Classification: the expected calibration error of the scores over equal-width bins.</summary>
    ExpectedCalibrationError,

    /// <summary>Classification: the mean cost per prediction at the threshold, from a cost per false positive and per false negative.</summary>
    Cost,

    /// <summary>Regression: the mean absolute error.</summary>
    MeanAbsoluteError,

    /// <summary>Regression: the root mean squared error.</summary>
    RootMeanSquaredError,

    /// <summary>Regression: the mean absolute percentage error, as a fraction.</summary>
    MeanAbsolutePercentageError,

    /// <summary>Regression: the coefficient of determination R².</summary>
    RSquared,

    /// <summary>Regression: the share of predictions within a tolerance of the actual value.</summary>
    WithinTolerance,
}
