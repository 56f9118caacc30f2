using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// The <see cref="ColumnProfile"/> of every column a row-format pass reads (CSV, JSON Lines), batch by batch: one
/// <see cref="ProfileColumnAccumulator"/> per column, the same that profiles a columnar snapshot's columns in the
/// column scan, so both paths count rows, nulls, non-finite values and the finite range with one piece of code.
/// </summary>
internal sealed class ProfileAccumulator : ColumnFedAccumulator
{
    private readonly IReadOnlyList<string> columns;
    private readonly ProfileColumnAccumulator[] profiles;

    /// <summary>A profile of each of <paramref name="columns"/>, read as the kinds <paramref name="kindOf"/> gives.</summary>
    public ProfileAccumulator(IReadOnlyList<string> columns, Func<string, ColumnKind> kindOf, MemoryBudget budget)
    {
        this.columns = columns;
        profiles = [.. columns.Select(column => new ProfileColumnAccumulator(kindOf(column), column, null, budget))];
    }

    public override IReadOnlyList<string> Columns => columns;

    public override IReadOnlyList<ColumnAccumulator> Feeds => profiles;

    /// <summary>The profile of <paramref name="column"/> over every batch added.</summary>
    /// <exception cref="KeyNotFoundException">The column was not profiled.</exception>
    public ColumnProfile Profile(string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], column, StringComparison.Ordinal))
            {
                return profiles[i].Profile();
            }
        }

        throw new KeyNotFoundException($"Column '{column}' was not profiled.");
    }
}
