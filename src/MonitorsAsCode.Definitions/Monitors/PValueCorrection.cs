namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>How a dataset drift monitor corrects the p-values of its columns for testing many at once.</summary>
public enum PValueCorrection
{
    /// <summary>Benjamini–Hochberg: controls the share of false alarms among the columns flagged (the default).</summary>
    BenjaminiHochberg,

    /// <summary>Bonferroni: each p-value times the number of columns tested; controls the chance of any false alarm.</summary>
    Bonferroni,

    /// <summary>No correction: each column is judged on its own p-value.</summary>
    None,
}
