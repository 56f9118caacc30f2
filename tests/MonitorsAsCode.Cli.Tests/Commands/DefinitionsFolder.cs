using System.Text;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// A small definitions folder in a fresh temporary directory, deleted on dispose: dataset
/// <c>orders</c> with a reference and a current snapshot of four rows each, three monitors
/// (completeness, freshness, drift) and gate <c>deploy</c> over the first two. Tests break one
/// file at a time to see how the command reports it.
/// </summary>
internal sealed class DefinitionsFolder : IDisposable
{
    public const string DatasetsYaml = """
        datasets:
          - id: orders
            owner: shop-data
            snapshots: { reference: data/reference.csv, current: data/current.csv, captured_at: 2026-01-02T00:00:00Z }
            columns:
              order_id:  { type: string, role: id }
              placed_at: { type: timestamp, role: event_time }
              amount:    { type: double, role: feature }

        """;

    public const string MonitorsYaml = "monitors:\n" + OrdersMonitors.AmountCompleteness + "\n" + OrdersMonitors.OrdersFreshness + "\n" + OrdersMonitors.AmountDrift;

    public const string GatesYaml = """
        gates:
          - id: deploy
            monitors: [amount-completeness, orders-freshness]

        """;

    /// <summary>Four orders, the newest placed 12 hours before the dataset's captured_at.</summary>
    public const string Snapshot = """
        order_id,placed_at,amount
        o1,2026-01-01T09:00:00Z,10.5
        o2,2026-01-01T10:00:00Z,20.25
        o3,2026-01-01T11:00:00Z,30
        o4,2026-01-01T12:00:00Z,40.75

        """;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private DefinitionsFolder(string path)
    {
        FullPath = path;
    }

    /// <summary>The folder, as an absolute path.</summary>
    public string FullPath { get; }

    /// <summary>An empty temporary folder.</summary>
    public static DefinitionsFolder Empty() =>
        new(Directory.CreateTempSubdirectory("mac-cli-tests-").FullName);

    /// <summary>The folder of dataset <c>orders</c>, valid and passing as written.</summary>
    public static DefinitionsFolder Orders()
    {
        var folder = Empty();
        folder.Write("datasets.yaml", DatasetsYaml);
        folder.Write("monitors.yaml", MonitorsYaml);
        folder.Write("gates.yaml", GatesYaml);
        folder.Write("data/reference.csv", Snapshot);
        folder.Write("data/current.csv", Snapshot);
        return folder;
    }

    /// <summary>The absolute path of <paramref name="relativePath"/> (with '/' separators) inside the folder.</summary>
    public string PathOf(string relativePath) =>
        Path.Combine(FullPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark, creating folders as needed.</summary>
    public string Write(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? FullPath);
        File.WriteAllText(path, content, Utf8);
        return path;
    }

    public void Dispose()
    {
        Directory.Delete(FullPath, recursive: true);
    }
}
