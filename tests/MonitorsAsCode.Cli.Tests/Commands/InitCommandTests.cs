namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// <c>monitors init DIR</c> refuses a folder that holds anything, or a file, with exit 2 and writes nothing.
/// The scaffold it makes is built and tested end to end by <c>EndToEnd.InitScaffoldTests</c>.
/// </summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("monitors-init-").FullName;

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_nothing_is_written()
    {
        var target = Path.Combine(root, "team");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "keep me\n");

        var outcome = CommandLine.Run("init", target);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Be($"error: '{target}' is not empty; monitors init writes only into a new or empty folder. Nothing was written.\n");
        Directory.EnumerateFileSystemEntries(target).Should().Equal(Path.Combine(target, "notes.txt"));
        File.ReadAllText(Path.Combine(target, "notes.txt")).Should().Be("keep me\n");
        Directory.EnumerateFileSystemEntries(root).Should().Equal([target], "no staging folder is left beside it");
    }

    [Fact]
    public void A_folder_holding_only_an_empty_folder_is_not_empty()
    {
        var target = Path.Combine(root, "team");
        Directory.CreateDirectory(Path.Combine(target, "monitors"));

        var outcome = CommandLine.Run("init", target);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        Directory.EnumerateFileSystemEntries(target).Should().Equal(Path.Combine(target, "monitors"));
    }

    [Fact]
    public void A_file_is_refused()
    {
        var target = Path.Combine(root, "team");
        File.WriteAllText(target, "a file\n");

        var outcome = CommandLine.Run("init", target);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain($"'{target}' is a file");
        File.ReadAllText(target).Should().Be("a file\n");
    }

    [Fact]
    public void Help_says_the_packages_are_packed_locally()
    {
        var outcome = CommandLine.Run("init", "--help");

        outcome.ExitCode.Should().Be(0);
        outcome.Out.Should().Contain("not published yet").And.Contain("DIR/packages");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
