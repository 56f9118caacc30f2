namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>A link in a panel's header menu: the generated wiki page of what the panel draws.</summary>
/// <param name="Title">The text of the link.</param>
/// <param name="Url">An absolute address.</param>
public sealed record GrafanaLink(string Title, string Url)
{
    /// <summary>Whether the link opens in a new tab, so the dashboard stays open.</summary>
    public bool TargetBlank { get; init; } = true;
}
