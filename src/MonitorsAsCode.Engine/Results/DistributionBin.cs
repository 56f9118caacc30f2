namespace MonitorsAsCode.Engine.Results;

/// <summary>One bin or category: its label and the share of each snapshot's values in it.</summary>
/// <param name="Label">A numeric bin as <c>(lower, upper]</c>, or the category's value.</param>
/// <param name="ReferenceShare">Share of the reference's values, from 0 to 1.</param>
/// <param name="CurrentShare">Share of the current snapshot's values, from 0 to 1.</param>
public readonly record struct DistributionBin(string Label, double ReferenceShare, double CurrentShare);
