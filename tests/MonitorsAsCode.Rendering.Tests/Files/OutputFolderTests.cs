using MonitorsAsCode.Rendering.Files;
using MonitorsAsCode.Rendering.Tests.IO;

namespace MonitorsAsCode.Rendering.Tests.Files;

public sealed class OutputFolderTests : IDisposable
{
    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    [Fact]
    public void Only_files_whose_bytes_change_are_written()
    {
        OutputFolder.Write(folder.Root, [new("wiki/a.md", "a\n"), new("wiki/b.md", "b\n")]);
        var untouched = File.GetLastWriteTimeUtc(folder.PathOf("wiki/a.md"));
        File.SetLastWriteTimeUtc(folder.PathOf("wiki/a.md"), untouched.AddHours(-1));

        var plan = OutputFolder.Write(folder.Root, [new("wiki/a.md", "a\n"), new("wiki/b.md", "b changed\n")]);

        plan.Changed.Should().Equal("wiki/b.md");
        plan.Unchanged.Should().Equal("wiki/a.md", OutputFolder.ManifestFile);
        File.GetLastWriteTimeUtc(folder.PathOf("wiki/a.md")).Should().Be(untouched.AddHours(-1), "an unchanged file is not rewritten");
        File.ReadAllText(folder.PathOf("wiki/b.md")).Should().Be("b changed\n");
    }

    [Fact]
    public void Files_no_longer_generated_are_removed_and_files_it_never_wrote_are_kept()
    {
        folder.Write("notes.md", "mine");
        OutputFolder.Write(folder.Root, [new("wiki/old.md", "old\n"), new("wiki/kept.md", "kept\n")]);

        var plan = OutputFolder.Write(folder.Root, [new("wiki/kept.md", "kept\n")]);

        plan.Removed.Should().Equal("wiki/old.md");
        File.Exists(folder.PathOf("wiki/old.md")).Should().BeFalse();
        File.ReadAllText(folder.PathOf("notes.md")).Should().Be("mine");
    }

    [Fact]
    public void Compare_finds_stale_missing_and_obsolete_files_without_writing()
    {
        OutputFolder.Write(folder.Root, [new("a.md", "a\n"), new("b.md", "b\n"), new("c.md", "c\n")]);
        File.WriteAllText(folder.PathOf("b.md"), "edited by hand\n");

        var plan = OutputFolder.Compare(folder.Root, [new("a.md", "a\n"), new("b.md", "b\n"), new("d.md", "d\n")]);

        plan.IsUpToDate.Should().BeFalse();
        plan.Created.Should().Equal("d.md");
        plan.Changed.Should().Equal("b.md", OutputFolder.ManifestFile);
        plan.Removed.Should().Equal("c.md");
        File.Exists(folder.PathOf("d.md")).Should().BeFalse("comparing writes nothing");
        OutputFolder.Compare(folder.Root, [new("a.md", "a\n"), new("b.md", "edited by hand\n"), new("c.md", "c\n")]).IsUpToDate.Should().BeTrue();
    }

    [Fact]
    public void A_manifest_line_leaving_the_folder_is_never_deleted()
    {
        var outside = folder.Write("outside.md", "precious");
        folder.Write("out/" + OutputFolder.ManifestFile, "../outside.md\n/etc/passwd\n");

        var plan = OutputFolder.Write(folder.PathOf("out"), [new("a.md", "a\n")]);

        plan.Removed.Should().BeEmpty();
        File.ReadAllText(outside).Should().Be("precious");
    }

    public void Dispose() => folder.Dispose();
}
