namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>Where binned drift methods cut a numeric column.</summary>
public enum DriftBinning
{
    /// <summary>At the reference's quantiles (<c>bins</c> of them, deciles by default); values equal to an edge fall in the lower bin.</summary>
    ReferenceQuantiles,

    /// <summary>
    /// Equal-width bins over both samples together, as many as Sturges' rule gives
    /// (numpy's <c>histogram_bin_edges(np.concatenate([reference, current]), "sturges")</c>), as Evidently cuts them.
    /// </summary>
    Sturges,
}
