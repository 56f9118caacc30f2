using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Folds the rows of a snapshot into what one or more checks need, batch by batch, without keeping the rows.
/// A scan gives each batch its own <see cref="CreateEmpty"/> copy, possibly on another thread, and merges the copies
/// into the first in row order, so what comes out does not depend on the number of threads.
/// </summary>
internal abstract class BatchAccumulator
{
    /// <summary>The columns this accumulator reads; the scan reads the union of every accumulator's columns.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>A new, empty accumulator of the same configuration, for another batch.</summary>
    public abstract BatchAccumulator CreateEmpty();

    /// <summary>Adds a batch whose first row is row <paramref name="firstRow"/> of the snapshot.</summary>
    public abstract void Add(ColumnBatch batch, long firstRow);

    /// <summary>Folds <paramref name="later"/> (from <see cref="CreateEmpty"/>, fed with the rows after this one's) into this one.</summary>
    public abstract void Merge(BatchAccumulator later);

    /// <summary>Called once after the last merge: turn what was gathered into its result and let go of the rest.</summary>
    public virtual void Finish()
    {
    }
}
