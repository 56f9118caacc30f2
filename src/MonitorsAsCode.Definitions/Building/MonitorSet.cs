namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// Monitors written in C#: derive from it and declare datasets, monitors and gates in
/// <see cref="Define"/>. <see cref="MonitorSetLoader"/> finds every set in a compiled assembly, and
/// the MonitorsAsCode analyzer checks their constant arguments while you type.
/// </summary>
public abstract class MonitorSet
{
    /// <summary>Declares this set's definitions on <paramref name="m"/>.</summary>
    public abstract void Define(MonitorBuilder m);
}
