namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// The effect size a p-value test also requires before drift is flagged (<c>effect: {method: wasserstein, min: 0.1}</c>):
/// a significant p-value with a smaller effect is statistically but not practically drift.
/// </summary>
/// <param name="Method">A distance method (not a p-value test, not <c>auto</c>).</param>
/// <param name="Minimum">The smallest effect, in the method's own units, that counts as drift.</param>
public readonly record struct DriftEffect(DriftMethod Method, double Minimum);
