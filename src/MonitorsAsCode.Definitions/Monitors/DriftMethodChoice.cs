namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>The drift method used for a column and why: the method written, or what <c>auto</c> picked.</summary>
/// <param name="Method">The method used; never <see cref="DriftMethod.Auto"/>.</param>
/// <param name="Reason">Why <c>auto</c> picked it, as a sentence for the evidence; null when the method was written.</param>
public readonly record struct DriftMethodChoice(DriftMethod Method, string? Reason);
