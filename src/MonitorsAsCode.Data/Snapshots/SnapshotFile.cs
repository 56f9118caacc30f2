using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Data.Snapshots;

/// <summary>Opening snapshot files and wording the errors every file format shares.</summary>
internal static class SnapshotFile
{
    private const int BufferSize = 64 * 1024;
    private const int MaxListedNames = 40;

    /// <summary>Opens <paramref name="path"/> for one sequential read, turning I/O failures into <see cref="SnapshotReadException"/>.</summary>
    public static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SnapshotReadException(path, "file not found", inner: error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SnapshotReadException(path, "cannot be opened: " + error.Message, inner: error);
        }
    }

    /// <summary>The fraction of <paramref name="stream"/> read so far, 0 to 1.</summary>
    public static double Fraction(Stream stream)
    {
        var total = stream.Length;
        return total == 0 ? 1 : Math.Min(1, (double)stream.Position / total);
    }

    /// <summary>
    /// The error for a requested column the snapshot lacks: <paramref name="reason"/>, then a name
    /// that differs only in case, then <paramref name="listing"/> and the names the snapshot has.
    /// </summary>
    public static SnapshotReadException MissingColumn(string path, string column, SnapshotSchema schema, string reason, string listing)
    {
        var text = new StringBuilder();
        text.Append(reason).Append("; ");
        string? sameIgnoringCase = null;
        foreach (var field in schema.Fields)
        {
            if (string.Equals(field.Name, column, StringComparison.OrdinalIgnoreCase))
            {
                sameIgnoringCase = field.Name;
                break;
            }
        }

        if (sameIgnoringCase is not null)
        {
            text.Append("did you mean '").Append(sameIgnoringCase).Append("' (names are case-sensitive)? ");
        }

        var fields = schema.Fields;
        if (fields.Count == 0)
        {
            text.Append(listing).Append(" nothing");
        }
        else
        {
            text.Append(listing).Append(' ');
            for (var i = 0; i < fields.Count && i < MaxListedNames; i++)
            {
                text.Append(i == 0 ? "'" : ", '").Append(fields[i].Name).Append('\'');
            }

            if (fields.Count > MaxListedNames)
            {
                text.Append(" and ").Append((fields.Count - MaxListedNames).ToString(CultureInfo.InvariantCulture)).Append(" more");
            }
        }

        return new SnapshotReadException(path, text.ToString(), column: column);
    }
}
