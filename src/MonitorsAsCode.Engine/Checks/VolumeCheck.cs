using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>The current snapshot's row count as a ratio of the reference's.</summary>
internal sealed class VolumeCheck : MonitorCheck
{
    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Volume;

    /// <inheritdoc />
    public override bool NeedsReference(MonitorDefinition monitor) => true;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var reference = context.RequireReference();
        var ratio = (double)context.Current.RowCount / reference.RowCount;
        var change = ratio - 1;
        var direction = change >= 0 ? "more" : "fewer";
        var summary = $"{ValueFormat.Count(context.Current.RowCount)} rows against {ValueFormat.Count(reference.RowCount)} in the reference ({ValueFormat.Percent(Math.Abs(change))} {direction})";
        return new Measurement(ratio, Evidence.Of(summary));
    }
}
