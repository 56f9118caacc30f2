using MonitorsAsCode.Rendering.Files;

namespace MonitorsAsCode.Rendering.Tests.Files;

public sealed class TemporaryFileTests : IDisposable
{
    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    [Fact]
    public void Render_removes_the_temporary_file_a_killed_run_left_beside_a_page()
    {
        var stale = folder.Write("wiki/.page.md.0123456789abcdef0123456789abcdef" + TemporaryFile.Suffix, "half a pa");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - TemporaryFile.StaleAfter - TimeSpan.FromMinutes(1));

        OutputFolder.Write(folder.Root, [new("wiki/page.md", "page\n")]);

        File.Exists(stale).Should().BeFalse();
        Directory.GetFiles(folder.PathOf("wiki")).Select(Path.GetFileName).Should().Equal("page.md");
    }

    public void Dispose() => folder.Dispose();
}
