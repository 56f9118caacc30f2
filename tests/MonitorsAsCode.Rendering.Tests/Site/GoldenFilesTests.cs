using System.Text;

namespace MonitorsAsCode.Rendering.Tests.Site;

/// <summary>
/// The worked example's wiki pages, HTML report and Grafana dashboard, compared byte for byte with the
/// files committed under <c>Golden/</c>. After an intended change, regenerate them with
/// <c>MONITORS_UPDATE_GOLDEN=1 dotnet test tests/MonitorsAsCode.Rendering.Tests</c>, read the diff, and commit it.
/// </summary>
[UseCulture("de-DE")]
public sealed class GoldenFilesTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void Worked_example_renders_byte_for_byte_as_the_golden_files()
    {
        var files = WorkedExample.Render();
        if (Environment.GetEnvironmentVariable("MONITORS_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(GoldenFiles.Folder))
            {
                Directory.Delete(GoldenFiles.Folder, recursive: true);
            }

            foreach (var file in files)
            {
                var path = Path.Combine(GoldenFiles.Folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content, Utf8);
            }
        }

        var golden = Directory.GetFiles(GoldenFiles.Folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(GoldenFiles.Folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        files.Select(f => f.Path).Should().Equal(golden, "every generated file has a golden file and no golden file is left over");

        var differences = new List<string>();
        foreach (var file in files)
        {
            var expected = File.ReadAllBytes(Path.Combine(GoldenFiles.Folder, file.Path));
            if (!expected.AsSpan().SequenceEqual(Utf8.GetBytes(file.Content)))
            {
                differences.Add(FirstDifference(file.Path, Utf8.GetString(expected), file.Content));
            }
        }

        differences.Should().BeEmpty("the output must match Golden/ byte for byte (regenerate with MONITORS_UPDATE_GOLDEN=1 after an intended change)");
    }

    [Fact]
    public void Golden_files_cover_every_kind_of_page_the_issue_asks_for()
    {
        var golden = Directory.GetFiles(GoldenFiles.Folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(GoldenFiles.Folder, path).Replace('\\', '/'))
            .ToList();

        golden.Should().Contain(["wiki/Home.md", "wiki/_Sidebar.md", "wiki/dataset-fraud-scoring.md", "wiki/gate-deploy.md", "wiki/monitor-txn-sum-30d-drift.md", "report.html", "grafana/fraud-scoring.json"]);
        golden.Count(path => path.StartsWith("wiki/monitor-", StringComparison.Ordinal)).Should().Be(21);
    }

    private static string FirstDifference(string path, string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"{path} line {i + 1}:\n  golden: {e}\n  now:    {a}";
            }
        }

        return $"{path}: differs in bytes only";
    }
}
