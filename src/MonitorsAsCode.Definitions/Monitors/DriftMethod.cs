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
}
