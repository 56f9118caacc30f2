using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Datasets;

/// <summary>How snapshot paths are written once resolved: forward slashes, <c>.</c> and <c>..</c> segments folded away.</summary>
public static class SnapshotPath
{
    /// <summary>
    /// <paramref name="path"/> with <c>.</c> and <c>..</c> segments folded away, so <c>monitors/a/../data/x.csv</c>
    /// reads <c>monitors/data/x.csv</c> in messages and compares equal to it. Only the text is folded (the file
    /// system is not asked); leading <c>..</c> of a relative path are kept.
    /// </summary>
    public static string Fold(string path)
    {
        var rooted = path.StartsWith("/", System.StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".." || !rooted)
            {
                segments.Add(segment);
            }
        }

        var folded = (rooted ? "/" : string.Empty) + string.Join("/", segments);
        return folded.Length == 0 ? "." : folded;
    }
}
