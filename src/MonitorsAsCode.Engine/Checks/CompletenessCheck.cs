using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>The share of nulls in a column of the current snapshot (with the reference's share for comparison).</summary>
public sealed class CompletenessCheck : MonitorCheck
{
    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Completeness;

    /// <inheritdoc />
    public override IReadOnlyList<string> ReferenceColumns(MonitorDefinition monitor) => monitor.Columns;

    /// <inheritdoc />
    public override bool NeedsReference(MonitorDefinition monitor) => false;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var column = context.CurrentColumn();
        var nulls = column.NullCount;
        var share = column.Length == 0 ? 0 : (double)nulls / column.Length;
        var summary = $"{ValueFormat.Percent(share)} of {ValueFormat.Count(column.Length)} rows are null ({ValueFormat.Count(nulls)})";
        if (context.Reference is { } reference && reference.Contains(column.Name) && reference.RowCount > 0)
        {
            var referenceShare = (double)reference[column.Name].NullCount / reference.RowCount;
            summary += $"; reference {ValueFormat.Percent(referenceShare)}";
        }

        return new Measurement(share, Evidence.Of(summary));
    }
}
