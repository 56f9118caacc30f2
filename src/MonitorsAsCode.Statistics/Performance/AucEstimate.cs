namespace MonitorsAsCode.Statistics.Performance;

/// <summary>A ROC AUC with its DeLong variance and confidence interval.</summary>
/// <param name="Auc">The area under the ROC curve.</param>
/// <param name="Variance">DeLong's estimate of the AUC's variance.</param>
/// <param name="Interval">AUC ± z·√variance, clipped to [0, 1].</param>
public readonly record struct AucEstimate(double Auc, double Variance, ConfidenceInterval Interval);
