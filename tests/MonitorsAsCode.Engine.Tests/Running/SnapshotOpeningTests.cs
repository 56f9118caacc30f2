using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Files;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Tests.Running;

/// <summary>
/// A run judges each file again as it opens it (validation judged the paths earlier, but the files may have changed
/// since): a file or part leading outside the roots, or one that is not a regular file, is refused unopened.
/// </summary>
public sealed class SnapshotOpeningTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mac-snapshot-opening-").FullName;

    public SnapshotOpeningTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "defs", "data"));
        Directory.CreateDirectory(Path.Combine(folder, "outside"));
        File.WriteAllText(Path.Combine(folder, "outside", "secret.csv"), "a\nTOP-SECRET\n");
        File.WriteAllText(Path.Combine(folder, "defs", "data", "current.csv"), "a\n1\n");
    }

    private string Definitions => Path.Combine(folder, "defs");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_file_inside_the_roots_opens()
    {
        var open = SnapshotOpening.Within(new DataRoots(Definitions));

        open(Path.Combine(Definitions, "data", "current.csv")).Should().NotBeNull();
    }

    [Fact]
    public void A_link_named_like_a_glob_leading_outside_is_refused_unopened()
    {
        var link = Path.Combine(Definitions, "data", "ref*.csv");
        File.CreateSymbolicLink(link, Path.Combine(folder, "outside", "secret.csv"));
        var open = SnapshotOpening.Within(new DataRoots(Definitions));

        var opening = () => open(link);

        opening.Should().Throw<SnapshotReadException>().Which.Message.Should().Contain("leads outside").And.NotContain("TOP-SECRET");
    }

    [Fact]
    public void A_linked_folder_named_like_a_glob_is_refused_for_its_parts()
    {
        File.WriteAllText(Path.Combine(folder, "outside", "part-0.parquet"), "x");
        var link = Path.Combine(Definitions, "data", "dir*");
        Directory.CreateSymbolicLink(link, Path.Combine(folder, "outside"));
        var open = SnapshotOpening.Within(new DataRoots(Definitions));

        var opening = () => open(link);

        opening.Should().Throw<SnapshotReadException>().WithMessage("*part-0.parquet' is a symbolic link (or lies in a linked folder) that leads outside*");
    }

    [Fact]
    public void A_fifo_is_refused_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs are a Unix file type
        }

        var fifo = Path.Combine(Definitions, "data", "f*.csv");
        Fifo.Make(fifo);
        var open = SnapshotOpening.Within(new DataRoots(Definitions));

        var opening = () => open(fifo);

        opening.Should().Throw<SnapshotReadException>().WithMessage("*is not a regular file*");
    }
}
