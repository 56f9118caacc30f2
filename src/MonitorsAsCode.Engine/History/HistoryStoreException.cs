namespace MonitorsAsCode.Engine.History;

/// <summary>
/// A history store that cannot be used, with a message naming the store and what to do; nothing was recorded when it
/// is thrown (a recording is one transaction).
/// </summary>
public sealed class HistoryStoreException : Exception
{
    /// <summary>A failure of <paramref name="store"/> (as <see cref="SqlHistoryStore.Name"/> reads) for <paramref name="failure"/>.</summary>
    public HistoryStoreException(string store, HistoryStoreFailure failure, string message, Exception? inner = null)
        : base(message, inner)
    {
        Store = store;
        Failure = failure;
    }

    /// <summary>The store, as messages name it.</summary>
    public string Store { get; }

    /// <summary>What went wrong.</summary>
    public HistoryStoreFailure Failure { get; }
}
