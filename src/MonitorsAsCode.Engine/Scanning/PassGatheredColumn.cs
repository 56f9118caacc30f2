namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// A numeric column's finite values written during a columnar pass (Parquet) by a <see cref="FiniteValuesWriter"/> fed
/// beside the column's profile, when the plan's whole columns fit <see cref="ScanPlan.PassGatherBytes"/>: the drift
/// measures then use them as they are, where a larger snapshot reads each column again, alone, when it is measured.
/// </summary>
internal sealed class PassGatheredColumn : IGatheredValues
{
    private readonly MemoryBudget budget;
    private double[]? values;

    private PassGatheredColumn(double[] values, MemoryBudget budget)
    {
        this.values = values;
        this.budget = budget;
    }

    public double[]? Values => values;

    /// <summary>
    /// The gathered column, when the writer wrote exactly the <paramref name="finite"/> values the profile counted; otherwise
    /// the array goes back to the budget and null is returned (the column is read again when measured, which reports a file that changed).
    /// </summary>
    public static PassGatheredColumn? Keep(double[] values, FiniteValuesWriter writer, long finite, MemoryBudget budget)
    {
        if (writer.Overran || writer.Written != finite)
        {
            budget.ReturnColumn(values);
            return null;
        }

        return new PassGatheredColumn(values, budget);
    }

    public void Drop()
    {
        if (values is { } held)
        {
            values = null;
            budget.ReturnColumn(held);
        }
    }
}
