using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// A validity monitor: the share of non-null values that are invalid, with upper limits in [0, 1].
/// Say what is valid with <see cref="Range"/>, <see cref="Min"/>, <see cref="Max"/>, <see cref="Allowed"/>
/// or <see cref="AllowedFromReference"/>.
/// </summary>
public sealed class ValidityMonitorBuilder : UpperLimitMonitorBuilder<ValidityMonitorBuilder>
{
    internal ValidityMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
    }

    /// <summary>Values from <paramref name="min"/> to <paramref name="max"/> (inclusive) are valid; NaN is not.</summary>
    public ValidityMonitorBuilder Range(double min, double max, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        Min(min, line, file).Max(max, line, file);

    /// <summary>Values below <paramref name="min"/> are invalid.</summary>
    public ValidityMonitorBuilder Min(double min, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Min = min };
        Locations.Set("min", CallSite.Of(file, line));
        return this;
    }

    /// <summary>Values above <paramref name="max"/> are invalid.</summary>
    public ValidityMonitorBuilder Max(double max, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Max = max };
        Locations.Set("max", CallSite.Of(file, line));
        return this;
    }

    /// <summary>Only these values (compared as text) are valid.</summary>
    public ValidityMonitorBuilder Allowed(params string[] values)
    {
        Definition = Definition with { Allowed = Copy(values) };
        Locations.Set("allowed", null);
        return this;
    }

    /// <summary>Only values the reference snapshot holds are valid (YAML's <c>allowed: reference</c>).</summary>
    public ValidityMonitorBuilder AllowedFromReference([CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { AllowedFromReference = true };
        Locations.Set("allowed", CallSite.Of(file, line));
        return this;
    }
}
