namespace MonitorsAsCode.Engine.Scanning;

/// <summary>A numeric column's finite values gathered during a pass, so a check that needs them whole does not read the column again.</summary>
internal interface IGatheredValues
{
    /// <summary>The finite values in row order, at the start of the array; null when they could not be gathered.</summary>
    double[]? Values { get; }

    /// <summary>Lets go of the values and what they hold of the budget.</summary>
    void Drop();
}
