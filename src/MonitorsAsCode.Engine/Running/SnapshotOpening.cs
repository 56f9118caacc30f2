using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Files;

namespace MonitorsAsCode.Engine.Running;

/// <summary>How a run opens the snapshots its definitions name.</summary>
public static class SnapshotOpening
{
    /// <summary>
    /// Opens snapshots as <see cref="SnapshotReaders.Open(string)"/> does, but judges every file it would open (the
    /// file, or each part of a folder or glob) against <paramref name="roots"/> first, as rule MAC0024 judged the
    /// paths at validation: a file that now leads outside the roots or is not a regular file is refused unopened
    /// (<see cref="SnapshotReadException"/>). Give it to <c>new MonitorRunner(...)</c>.
    /// </summary>
    public static Func<string, ISnapshotReader> Within(DataRoots roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        return path => SnapshotReaders.Open(path, file => roots.Refusal(file));
    }
}
