using MonitorsAsCode.Rendering.Files;

namespace MonitorsAsCode.Rendering.Tests.Files;

public sealed class AtomicFileTests
{
    [Fact]
    public void Replaces_an_existing_file_with_utf8_without_a_byte_order_mark()
    {
        using var folder = TemporaryDirectory.Create();
        var file = folder.Write("report.md", "a much longer previous content than the new one\n");

        AtomicFile.WriteAllText(file, "ü → ×\n");

        File.ReadAllBytes(file).Should().Equal(0xC3, 0xBC, 0x20, 0xE2, 0x86, 0x92, 0x20, 0xC3, 0x97, 0x0A);
    }

    [Fact]
    public void Leaves_only_the_target_in_the_directory()
    {
        using var folder = TemporaryDirectory.Create();
        var file = folder.PathOf("report.json");

        AtomicFile.WriteAllText(file, "{}\n");
        AtomicFile.WriteAllText(file, "[]\n");

        Directory.GetFileSystemEntries(folder.Root).Should().Equal(file);
        File.ReadAllText(file).Should().Be("[]\n");
    }

    [Fact]
    public void Missing_directory_is_reported_and_nothing_is_created()
    {
        using var folder = TemporaryDirectory.Create();
        var missing = folder.PathOf("missing");

        var write = () => AtomicFile.WriteAllText(Path.Combine(missing, "report.json"), "{}\n");

        write.Should().Throw<DirectoryNotFoundException>().WithMessage($"*{missing}*");
        Directory.GetFileSystemEntries(folder.Root).Should().BeEmpty();
    }

    [Fact]
    public void A_temporary_file_a_killed_run_left_beside_the_target_is_removed_by_the_next_write()
    {
        using var folder = TemporaryDirectory.Create();
        var file = folder.PathOf("results.json");
        var stale = folder.Write(".results.json.0123456789abcdef0123456789abcdef.monitors-tmp", "{\"half\":");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        var other = folder.Write(".other.json.0123456789abcdef0123456789abcdef.monitors-tmp", "{");
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddHours(-1));
        var recent = folder.Write(".results.json.fedcba9876543210fedcba9876543210.monitors-tmp", "{");

        AtomicFile.WriteAllText(file, "{}\n");

        File.Exists(stale).Should().BeFalse("a temporary file of this target, old enough that no run still writes it, is a killed run's");
        File.Exists(recent).Should().BeTrue("a run may still be writing a recent one");
        File.Exists(other).Should().BeTrue("another target's temporary file is not this write's to judge");
        File.ReadAllText(file).Should().Be("{}\n");
    }

    [Fact]
    public void The_temporary_file_is_named_recognisably()
    {
        using var folder = TemporaryDirectory.Create();
        var file = folder.PathOf("results.json");
        using var watcher = new FileSystemWatcher(folder.Root) { IncludeSubdirectories = false };
        var names = new List<string>();
        watcher.Created += (_, e) => { lock (names) { names.Add(e.Name!); } };
        watcher.EnableRaisingEvents = true;

        AtomicFile.WriteAllText(file, "{}\n");
        Thread.Sleep(500);

        lock (names)
        {
            names.Should().Contain(n => n.StartsWith(".results.json.", StringComparison.Ordinal) && n.EndsWith(".monitors-tmp", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Render_removes_the_temporary_file_a_killed_run_left_beside_a_page()
    {
        using var folder = TemporaryDirectory.Create();
        var stale = folder.Write("wiki/.page.md.0123456789abcdef0123456789abcdef" + AtomicFile.Suffix, "half a pa");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - AtomicFile.StaleAfter - TimeSpan.FromMinutes(1));

        OutputFolder.Write(folder.Root, [new("wiki/page.md", "page\n")]);

        File.Exists(stale).Should().BeFalse();
        Directory.GetFiles(folder.PathOf("wiki")).Select(Path.GetFileName).Should().Equal("page.md");
    }
}
