using MonitorsAsCode.Rendering.Files;

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

        plan.Changed.Should().Equal("wiki/b.md", OutputFolder.ManifestFile);
        plan.Unchanged.Should().Equal("wiki/a.md");
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
        OutputFolder.Compare(folder.Root, [new("a.md", "a\n"), new("b.md", "b\n"), new("c.md", "c\n")]).Changed.Should().Equal("b.md");
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

    [Fact]
    public void A_committed_manifest_listing_files_it_never_wrote_deletes_nothing()
    {
        folder.Write("out/README.md", "the team's own page\n");
        folder.Write("out/wiki/notes.md", "notes\n");
        var wrongHash = new string('0', 64);
        folder.Write("out/" + OutputFolder.ManifestFile, $"README.md\n{wrongHash}  wiki/notes.md\n");

        var plan = OutputFolder.Write(folder.PathOf("out"), [new("a.md", "a\n")]);

        plan.Removed.Should().BeEmpty();
        File.ReadAllText(folder.PathOf("out/README.md")).Should().Be("the team's own page\n");
        File.ReadAllText(folder.PathOf("out/wiki/notes.md")).Should().Be("notes\n");
    }

    [Fact]
    public void A_generated_file_edited_since_it_was_written_is_kept_when_no_longer_generated()
    {
        OutputFolder.Write(folder.Root, [new("wiki/old.md", "old\n")]);
        File.WriteAllText(folder.PathOf("wiki/old.md"), "kept by hand\n");

        var plan = OutputFolder.Write(folder.Root, []);

        plan.Removed.Should().BeEmpty();
        File.ReadAllText(folder.PathOf("wiki/old.md")).Should().Be("kept by hand\n");
    }

    [Fact]
    public void A_manifest_entry_reached_through_a_symlinked_folder_is_not_deleted_even_with_the_right_hash()
    {
        var precious = folder.Write("elsewhere/page.md", "old\n");
        Directory.CreateDirectory(folder.PathOf("out"));
        Directory.CreateSymbolicLink(folder.PathOf("out/linked"), folder.PathOf("elsewhere"));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("old\n"u8));
        folder.Write("out/" + OutputFolder.ManifestFile, $"{hash}  linked/page.md\n");

        var plan = OutputFolder.Write(folder.PathOf("out"), [new("a.md", "a\n")]);

        plan.Removed.Should().BeEmpty();
        File.ReadAllText(precious).Should().Be("old\n");
    }

    [Fact]
    public void A_symlinked_folder_inside_the_output_is_never_written_through()
    {
        folder.Write("elsewhere/page.md", "precious\n");
        Directory.CreateDirectory(folder.PathOf("out"));
        Directory.CreateSymbolicLink(folder.PathOf("out/wiki"), folder.PathOf("elsewhere"));

        var write = () => OutputFolder.Write(folder.PathOf("out"), [new("wiki/page.md", "generated\n"), new("wiki/new.md", "new\n")]);

        write.Should().Throw<IOException>().WithMessage("*wiki/page.md*symbolic link*");
        File.ReadAllText(folder.PathOf("elsewhere/page.md")).Should().Be("precious\n");
        File.Exists(folder.PathOf("elsewhere/new.md")).Should().BeFalse();
    }

    [Fact]
    public void A_generated_file_that_is_a_symlink_is_replaced_without_touching_its_target()
    {
        var target = folder.Write("elsewhere/secret.txt", "secret\n");
        Directory.CreateDirectory(folder.PathOf("out"));
        File.CreateSymbolicLink(folder.PathOf("out/a.md"), target);

        var plan = OutputFolder.Write(folder.PathOf("out"), [new("a.md", "a\n")]);

        plan.Changed.Should().Contain("a.md");
        new FileInfo(folder.PathOf("out/a.md")).LinkTarget.Should().BeNull();
        File.ReadAllText(folder.PathOf("out/a.md")).Should().Be("a\n");
        File.ReadAllText(target).Should().Be("secret\n");
    }

    public void Dispose() => folder.Dispose();
}
