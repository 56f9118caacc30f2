namespace MonitorsAsCode.Rendering.Slos;

/// <summary>A gate that requires an SLO, and what it requires: <c>at least 25% of the error budget left</c>, or the SLO's own verdict.</summary>
internal sealed record SloGateView(string Id, string Href, string Requirement);
