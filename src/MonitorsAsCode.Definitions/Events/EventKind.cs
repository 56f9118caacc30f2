namespace MonitorsAsCode.Definitions.Events;

/// <summary>What kind of known event it is: said in reports and dashboards, so whoever reads them knows why a window is special.</summary>
public enum EventKind
{
    /// <summary>A marketing campaign or promotion that changes traffic on purpose.</summary>
    Campaign,

    /// <summary>A public holiday or seasonal peak.</summary>
    Holiday,

    /// <summary>A release of the model or of the service around it.</summary>
    Release,

    /// <summary>A backfill or reprocessing that rewrote past data.</summary>
    Backfill,

    /// <summary>An outage of an upstream system or of the pipeline.</summary>
    Outage,
}
