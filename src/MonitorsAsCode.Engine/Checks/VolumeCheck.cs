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
        var expected = reference.RowCount * context.ReferenceShare;
        var ratio = context.Current.RowCount / expected;
        var change = ratio - 1;
        var direction = change >= 0 ? "more" : "fewer";
        var against = context.ReferenceShare == 1
            ? $"{ValueFormat.Count(reference.RowCount)} in the reference"
            : $"{ValueFormat.Number(expected)} expected from the reference window's {ValueFormat.Count(reference.RowCount)} (scaled to the window's length)";
        var summary = $"{ValueFormat.Count(context.Current.RowCount)} rows against {against} ({ValueFormat.Percent(Math.Abs(change))} {direction})";
        return new Measurement(ratio, Evidence.Of(summary));
    }
}
