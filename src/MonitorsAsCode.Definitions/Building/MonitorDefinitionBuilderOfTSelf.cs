using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>The fields every monitor has, whatever it checks: severity, owner, runbook, description.</summary>
/// <typeparam name="TSelf">The concrete builder, so each call returns it and the chain goes on.</typeparam>
public abstract class MonitorDefinitionBuilder<TSelf> : MonitorDefinitionBuilder
    where TSelf : MonitorDefinitionBuilder<TSelf>
{
    private protected MonitorDefinitionBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
    }

    /// <summary>How urgently a failure needs a person; <see cref="Monitors.Severity.Act"/> pages and needs a <see cref="Runbook"/>.</summary>
    public TSelf Severity(Severity severity, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Severity = severity };
        Locations.Set("severity", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>Who responds when the monitor fails (a team or on-call rotation).</summary>
    public TSelf Owner(string owner)
    {
        Definition = Definition with { Owner = owner };
        return Self;
    }

    /// <summary>The runbook to follow when the monitor fails: a path or a runbook id.</summary>
    public TSelf Runbook(string runbook, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Runbook = runbook };
        Locations.Set("runbook", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>What the monitor protects, in a sentence.</summary>
    public TSelf Description(string description)
    {
        Definition = Definition with { Description = description };
        return Self;
    }

    /// <summary>Keeps the monitor declared but reports it as skipped.</summary>
    public TSelf Disabled()
    {
        Definition = Definition with { Enabled = false };
        return Self;
    }

    /// <summary>
    /// Judges the value against what the monitor's history expects (YAML <c>baseline:</c>) instead of fixed thresholds;
    /// the limits are then <see cref="Deviations"/> or <see cref="Change"/> (with neither, fail at <paramref name="k"/>
    /// deviations). See docs/baselines.md.
    /// </summary>
    public TSelf Baseline(BaselineMethod method, double? k = null, int? minHistory = null, long? minVolume = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        var site = CallSite.Of(file, line);
        Definition = Definition with
        {
            Warn = null,
            Fail = null,
            Baseline = (Definition.Baseline ?? new BaselineDefinition(method)) with { Method = method, K = k, MinHistory = minHistory, MinVolume = minVolume },
        };
        Locations.Set("baseline", site);
        Locations.Set("baseline.method", site);
        SetIf(k is not null, "baseline.k", site);
        SetIf(minHistory is not null, "baseline.min_history", site);
        SetIf(minVolume is not null, "baseline.min_volume", site);
        return Self;
    }

    /// <summary>How far back the baseline reads the history (YAML <c>baseline.window</c>; 28 days when not set).</summary>
    /// <exception cref="System.InvalidOperationException"><see cref="Baseline"/> was not called first.</exception>
    public TSelf BaselineWindow(System.TimeSpan window, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Baseline = RequireBaseline(nameof(BaselineWindow)) with { Window = window } };
        Locations.Set("baseline.window", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>The season of a seasonal baseline method (YAML <c>baseline.seasonality</c>; 7 days when not set).</summary>
    /// <exception cref="System.InvalidOperationException"><see cref="Baseline"/> was not called first.</exception>
    public TSelf Seasonality(System.TimeSpan season, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Baseline = RequireBaseline(nameof(Seasonality)) with { Seasonality = season } };
        Locations.Set("baseline.seasonality", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>Warns and fails at these many deviations (robust z) from the value the baseline expects, either side.</summary>
    /// <exception cref="System.InvalidOperationException"><see cref="Baseline"/> was not called first.</exception>
    public TSelf Deviations(double? warn = null, double? fail = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Baseline = RequireBaseline(nameof(Deviations)) with { Warn = warn, Fail = fail } };
        SetIf(warn is not null, "warn", CallSite.Of(file, line));
        SetIf(fail is not null, "fail", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>Warns and fails at these relative changes from the value the baseline expects, either side (0.1 is 10%; YAML <c>change:</c>).</summary>
    /// <exception cref="System.InvalidOperationException"><see cref="Baseline"/> was not called first.</exception>
    public TSelf Change(double? warn = null, double? fail = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Baseline = RequireBaseline(nameof(Change)) with { ChangeWarn = warn, ChangeFail = fail } };
        Locations.Set("change", CallSite.Of(file, line));
        SetIf(warn is not null, "change.warn", CallSite.Of(file, line));
        SetIf(fail is not null, "change.fail", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>Warns or fails only once the condition has held this long (YAML <c>for: 3d</c>).</summary>
    public TSelf For(System.TimeSpan duration, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { For = SustainPeriod.For(duration) };
        Locations.Set("for", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>Warns or fails only once the condition has held over this many consecutive windows, the current one included (YAML <c>for: 3 windows</c>).</summary>
    public TSelf ForWindows(int windows, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { For = SustainPeriod.ForWindows(windows) };
        Locations.Set("for", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>A failing monitor passes again only once its value is back past <paramref name="value"/> (YAML <c>recover:</c>), in the fail limit's units.</summary>
    public TSelf Recover(double value, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Recover = value };
        Locations.Set("recover", CallSite.Of(file, line));
        return Self;
    }

    private protected TSelf Self => (TSelf)this;

    private BaselineDefinition RequireBaseline(string call) =>
        Definition.Baseline ?? throw new System.InvalidOperationException($"monitor '{Definition.Id}': call Baseline(...) before {call}(...)");

    private void SetIf(bool written, string field, SourceLocation? site)
    {
        if (written)
        {
            Locations.Set(field, site);
        }
    }
}
