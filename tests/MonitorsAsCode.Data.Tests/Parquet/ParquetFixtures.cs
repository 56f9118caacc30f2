using System.Text;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// The Parquet fixtures committed in <c>tests/fixtures/</c>: apache/parquet-testing
/// files and DuckDB-written snapshots, each with a README saying what it exercises. A missing folder
/// fails the test with a message, never skips it.
/// </summary>
internal static class ParquetFixtures
{
    public static string RepositoryRoot => RepositoryCheckout.Root;

    public static string ParquetTestingFolder => Folder("parquet-testing");

    public static string DuckDbFolder => Folder("duckdb-written");

    public static string ParquetTesting(string file) => File(ParquetTestingFolder, file);

    public static string DuckDb(string file) => File(DuckDbFolder, file);

    /// <summary>Every column of the file in its natural kind.</summary>
    public static SnapshotTable LoadAll(string path)
    {
        var reader = new ParquetSnapshotReader(path);
        var requests = new List<ColumnRequest>();
        foreach (var field in reader.ReadSchema().Fields)
        {
            requests.Add(new ColumnRequest(field.Name, field.Kind ?? throw new InvalidOperationException("Parquet fields always have a kind")));
        }

        return SnapshotTable.Load(reader, requests);
    }

    /// <summary>
    /// An RFC 4180 CSV file as rows of fields (the header included). A field is null when it is
    /// empty and unquoted, which is how the expected-value files write nulls unless they say "NULL".
    /// </summary>
    public static List<string?[]> ReadCsv(string path)
    {
        var text = System.IO.File.ReadAllText(path, Encoding.UTF8);
        var rows = new List<string?[]>();
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    quoted = true;
                    break;
                case ',':
                    fields.Add(quoted || field.Length > 0 ? field.ToString() : null);
                    field.Clear();
                    quoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(quoted || field.Length > 0 ? field.ToString() : null);
                    rows.Add([.. fields]);
                    fields.Clear();
                    field.Clear();
                    quoted = false;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (fields.Count > 0 || field.Length > 0 || quoted)
        {
            fields.Add(quoted || field.Length > 0 ? field.ToString() : null);
            rows.Add([.. fields]);
        }

        return rows;
    }

    private static string Folder(string name)
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryRoot, "tests", "fixtures", name));
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"The Parquet fixture folder '{folder}' is missing. The tests read the fixtures committed in tests/fixtures/{name}; restore them from git rather than skipping these tests.");
        }

        return folder;
    }

    private static string File(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!System.IO.File.Exists(path))
        {
            throw new InvalidOperationException($"The Parquet fixture '{path}' is missing.");
        }

        return path;
    }
}
