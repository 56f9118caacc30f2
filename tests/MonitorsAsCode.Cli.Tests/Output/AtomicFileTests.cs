using MonitorsAsCode.Cli.Output;
using MonitorsAsCode.Cli.Tests.Commands;

namespace MonitorsAsCode.Cli.Tests.Output;

public sealed class AtomicFileTests
{
    [Fact]
    public void Replaces_an_existing_file_with_utf8_without_a_byte_order_mark()
    {
        using var folder = DefinitionsFolder.Empty();
        var file = folder.Write("report.md", "a much longer previous content than the new one\n");

        AtomicFile.WriteAllText(file, "ü → ×\n");

        File.ReadAllBytes(file).Should().Equal(0xC3, 0xBC, 0x20, 0xE2, 0x86, 0x92, 0x20, 0xC3, 0x97, 0x0A);
    }

    [Fact]
    public void Leaves_only_the_target_in_the_directory()
    {
        using var folder = DefinitionsFolder.Empty();
        var file = folder.PathOf("report.json");

        AtomicFile.WriteAllText(file, "{}\n");
        AtomicFile.WriteAllText(file, "[]\n");

        Directory.GetFileSystemEntries(folder.FullPath).Should().Equal(file);
        File.ReadAllText(file).Should().Be("[]\n");
    }

    [Fact]
    public void Missing_directory_is_reported_and_nothing_is_created()
    {
        using var folder = DefinitionsFolder.Empty();
        var missing = folder.PathOf("missing");

        var write = () => AtomicFile.WriteAllText(Path.Combine(missing, "report.json"), "{}\n");

        write.Should().Throw<DirectoryNotFoundException>().WithMessage($"*{missing}*");
        Directory.GetFileSystemEntries(folder.FullPath).Should().BeEmpty();
    }
}
