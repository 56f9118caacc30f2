namespace MonitorsAsCode.Rendering.Site;

/// <summary>A gate's last verdict and the monitors that blocked it.</summary>
internal sealed record GateResultView(string Status, string Label, IReadOnlyList<LinkView> Blocking)
{
    public bool Failed => Status is "fail" or "error";
}
