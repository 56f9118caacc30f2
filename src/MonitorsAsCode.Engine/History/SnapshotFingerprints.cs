using System.IO.Hashing;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.History;

/// <summary>
/// Content fingerprints of snapshots: XXH128 of the file's bytes, written <c>xxh128:</c> and 32 hexadecimal digits.
/// A folder or glob of parts is one fingerprint over its parts in reading order, each part's name (relative to the
/// folder) and length before its bytes, so renaming, adding or changing a part changes it. Fast (several GB/s) and not
/// cryptographic: it tells which data a result was judged on, it does not defend against forgery.
/// </summary>
public static class SnapshotFingerprints
{
    /// <summary>The prefix naming the hash function.</summary>
    public const string Prefix = "xxh128:";

    /// <summary>The fingerprint of the snapshot at <paramref name="path"/> (a file, folder or glob).</summary>
    /// <exception cref="SnapshotReadException">The snapshot or one of its parts cannot be read.</exception>
    public static string Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var hash = new XxHash128();
        try
        {
            if (File.Exists(path))
            {
                Append(hash, path);
            }
            else
            {
                var parts = SnapshotReaders.Open(path) is PartitionedSnapshotReader partitioned ? partitioned.Parts : [path];
                var folder = Path.GetDirectoryName(parts[0]) ?? string.Empty;
                foreach (var part in parts)
                {
                    var name = System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, part).Replace('\\', '/'));
                    hash.Append(BitConverter.GetBytes(name.Length));
                    hash.Append(name);
                    hash.Append(BitConverter.GetBytes(new FileInfo(part).Length));
                    Append(hash, part);
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SnapshotReadException(path, "cannot be read to fingerprint it: " + error.Message);
        }

        return Prefix + Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static void Append(XxHash128 hash, string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        hash.Append(stream);
    }
}
