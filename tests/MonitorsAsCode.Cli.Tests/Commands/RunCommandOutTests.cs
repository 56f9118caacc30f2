using System.Text;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// <c>--out FILE</c>: the rendering goes to the file instead of standard output, written through a
/// temporary file renamed into place, so a reader never sees half a file and a failed run leaves
/// the previous file alone.
/// </summary>
public sealed class RunCommandOutTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("junit")]
    [InlineData("markdown")]
    public void Out_file_gets_exactly_what_stdout_would_and_stdout_stays_empty(string format)
    {
        using var folder = DefinitionsFolder.Orders();
        using var target = DefinitionsFolder.Empty();
        var file = target.PathOf("results.out");

        var toStdout = CommandLine.Run("run", folder.FullPath, "--format", format);
        var toFile = CommandLine.Run("run", folder.FullPath, "--format", format, "--out", file);

        toFile.ExitCode.Should().Be(ExitCodes.Passed);
        toFile.Out.Should().BeEmpty();
        toFile.Error.Should().BeEmpty();
        File.ReadAllBytes(file).Should().Equal(Encoding.UTF8.GetBytes(toStdout.Out), "the file is UTF-8 without a byte order mark");
    }

    [Fact]
    public void Out_file_is_written_when_monitors_fail()
    {
        using var target = DefinitionsFolder.Empty();
        var file = target.PathOf("results.json");

        var outcome = FraudScoringExample.Run("--format", "json", "--out", file);

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        outcome.Out.Should().BeEmpty();
        File.ReadAllText(file).Should().Be(FraudScoringExample.Run("--format", "json").Out);
    }

    [Fact]
    public void Out_leaves_no_temporary_files_in_the_directory()
    {
        using var folder = DefinitionsFolder.Orders();
        using var target = DefinitionsFolder.Empty();
        var file = target.PathOf("results.json");
        File.WriteAllText(file, "previous");

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "json", "--out", file);

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        Directory.GetFileSystemEntries(target.FullPath).Should().Equal(file);
        File.ReadAllText(file).Should().StartWith("{");
    }

    [Fact]
    public void Existing_out_file_is_left_untouched_when_the_data_cannot_be_read()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("data/current.csv", "order_id,placed_at,amount\no1,2026-01-01T09:00:00Z,ten\n");
        using var target = DefinitionsFolder.Empty();
        var file = target.PathOf("results.json");
        File.WriteAllText(file, "results of the previous run\n");

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "json", "--out", file);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        File.ReadAllText(file).Should().Be("results of the previous run\n");
        Directory.GetFileSystemEntries(target.FullPath).Should().Equal(file);
    }

    [Fact]
    public void Out_file_is_not_created_when_the_definitions_are_invalid()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("gates.yaml", "gates:\n  - id: deploy\n    monitors: [no-such-monitor]\n");
        using var target = DefinitionsFolder.Empty();

        var outcome = CommandLine.Run("run", folder.FullPath, "--out", target.PathOf("results.txt"));

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        Directory.GetFileSystemEntries(target.FullPath).Should().BeEmpty();
    }

    [Fact]
    public void Out_naming_a_directory_exits_2_and_leaves_no_temporary_file()
    {
        using var folder = DefinitionsFolder.Orders();
        using var target = DefinitionsFolder.Empty();
        var directory = Directory.CreateDirectory(target.PathOf("results")).FullName;

        var outcome = CommandLine.Run("run", folder.FullPath, "--out", directory);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain(directory);
        Directory.GetFileSystemEntries(target.FullPath).Should().Equal(directory);
        Directory.GetFileSystemEntries(directory).Should().BeEmpty();
    }

    [Fact]
    public void Out_in_a_missing_directory_exits_2_naming_the_directory()
    {
        using var folder = DefinitionsFolder.Orders();
        using var target = DefinitionsFolder.Empty();
        var missing = target.PathOf("missing");

        var outcome = CommandLine.Run("run", folder.FullPath, "--out", Path.Combine(missing, "results.json"));

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain(missing);
        Directory.Exists(missing).Should().BeFalse();
    }

    [Fact]
    public void Out_in_a_missing_directory_says_cannot_write_once()
    {
        using var folder = DefinitionsFolder.Orders();
        using var target = DefinitionsFolder.Empty();
        var file = target.PathOf("missing/results.json");

        var outcome = CommandLine.Run("run", folder.FullPath, "--out", file);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Split("cannot write").Should().HaveCount(2, "the phrase appears once: {0}", outcome.Error);
    }
}
