namespace MonitorsAsCode.Definitions.Runbooks;

/// <summary>The kinds of immediate mitigation a runbook names, so a reader sees at a glance what stops the damage.</summary>
public enum MitigationAction
{
    /// <summary>Anything else (the default).</summary>
    Other,

    /// <summary>Roll back the change that caused it: a model, a feature job, a producer.</summary>
    Rollback,

    /// <summary>Serve a previous or simpler model (or rules) instead.</summary>
    FallbackModel,

    /// <summary>Stop calling a failing dependency and serve a default.</summary>
    CircuitBreaker,

    /// <summary>Turn a broken feature off, or replace it with a safe default.</summary>
    DisableFeature,

    /// <summary>Limit traffic or automatic decisions until the cause is fixed.</summary>
    Throttle,

    /// <summary>Recompute or reload the data that is missing or wrong.</summary>
    Backfill,

    /// <summary>Retrain on data that includes the new population.</summary>
    Retrain,
}
