namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>How drift between the reference and current distribution of a column is measured.</summary>
public enum DriftMethod
{
    /// <summary>Population stability index over reference-decile bins (numeric) or categories.</summary>
    Psi,

    /// <summary>Jensen–Shannon distance (natural log) over the same bins as PSI.</summary>
    JensenShannon,

    /// <summary>Earth mover's distance, divided by the reference's standard deviation (numeric columns only).</summary>
    Wasserstein,

    /// <summary>Two-sample Kolmogorov–Smirnov test (numeric columns); the value is its p-value.</summary>
    KolmogorovSmirnov,

    /// <summary>Kullback–Leibler divergence KL(reference ‖ current) on the same bins as PSI.</summary>
    KullbackLeibler,

    /// <summary>Hellinger distance on the same bins as PSI, from 0 to 1.</summary>
    Hellinger,

    /// <summary>k-sample Anderson–Darling test for two samples (numeric columns); the value is its significance level.</summary>
    AndersonDarling,

    /// <summary>Two-sample Cramér–von Mises test (numeric columns); the value is its p-value.</summary>
    CramerVonMises,

    /// <summary>Energy distance, divided by the square root of the reference's standard deviation so it is scale-free (numeric columns only).</summary>
    Energy,

    /// <summary>Chi-square test of homogeneity on the 2 × k table of counts; the value is its p-value.</summary>
    ChiSquare,

    /// <summary>Total variation distance, half the sum of the share differences, from 0 to 1.</summary>
    TotalVariation,

    /// <summary>L-infinity distance, the largest share difference of one bin or category, from 0 to 1.</summary>
    LInfinity,

    /// <summary>Two-proportion z-test (bool columns); the value is its p-value.</summary>
    TwoProportionZ,

    /// <summary>
    /// Picks a method per column from its type, sample size and number of distinct values, with that
    /// method's default thresholds (see <see cref="DriftMethods.Choose"/>).
    /// </summary>
    Auto,

    /// <summary>
    /// Dataset drift monitors only: a logistic regression trained to tell reference rows from current rows on
    /// all the monitor's columns (and products of pairs of numeric columns); the value is its cross-validated
    /// ROC AUC, 0.5 when the two cannot be told apart.
    /// </summary>
    DomainClassifier,
}
