namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// A definition may only read files inside the definitions folder, or inside a folder the operator names with
/// <c>--data-root</c>; anything else is MAC0024 (exit 2), naming the definition's file, line and the path, and
/// nothing read from the refused file.
/// </summary>
public sealed class RunCommandDataRootTests
{
    [Fact]
    public void A_snapshot_outside_the_definitions_folder_exits_2_naming_file_line_and_path()
    {
        using var folder = DefinitionsFolder.Orders();
        using var outside = DefinitionsFolder.Empty();
        var secret = outside.Write("current.csv", DefinitionsFolder.Snapshot.Replace("o3,", "SECRET-ORDER,", StringComparison.Ordinal));
        folder.Write("datasets.yaml", DefinitionsFolder.DatasetsYaml.Replace("current: data/current.csv", "current: " + secret, StringComparison.Ordinal));

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain(folder.PathOf("datasets.yaml") + "(").And.Contain("error MAC0024").And.Contain(secret).And.NotContain("SECRET-ORDER");
    }

    [Fact]
    public void Data_root_allows_a_snapshot_kept_in_a_folder_outside()
    {
        using var folder = DefinitionsFolder.Orders();
        using var outside = DefinitionsFolder.Empty();
        var current = outside.Write("current.csv", DefinitionsFolder.Snapshot);
        folder.Write("datasets.yaml", DefinitionsFolder.DatasetsYaml.Replace("current: data/current.csv", "current: " + current, StringComparison.Ordinal));

        var outcome = CommandLine.Run("run", folder.FullPath, "--data-root", outside.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.Passed, "stderr was: {0}", outcome.Error);
    }

    [Fact]
    public void A_symlinked_snapshot_leading_outside_exits_2_for_validate_too()
    {
        using var folder = DefinitionsFolder.Orders();
        using var outside = DefinitionsFolder.Empty();
        var secret = outside.Write("current.csv", DefinitionsFolder.Snapshot);
        File.Delete(folder.PathOf("data/current.csv"));
        File.CreateSymbolicLink(folder.PathOf("data/current.csv"), secret);

        var outcome = CommandLine.Run("validate", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        (outcome.Out + outcome.Error).Should().Contain("error MAC0024").And.Contain("symbolic link");
    }

    [Fact]
    public void A_symlink_named_like_a_glob_leading_outside_exits_2_for_validate_and_run()
    {
        using var folder = DefinitionsFolder.Orders();
        using var outside = DefinitionsFolder.Empty();
        var secret = outside.Write("secret.csv", DefinitionsFolder.Snapshot.Replace("o3,", "SECRET-ORDER,", StringComparison.Ordinal));
        File.CreateSymbolicLink(folder.PathOf("data/ref*.csv"), secret);
        folder.Write("datasets.yaml", DefinitionsFolder.DatasetsYaml.Replace("current: data/current.csv", "current: \"data/ref*.csv\"", StringComparison.Ordinal));

        var validated = CommandLine.Run("validate", folder.FullPath);
        var ran = CommandLine.Run("run", folder.FullPath);

        validated.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        (validated.Out + validated.Error).Should().Contain("error MAC0024").And.Contain("ref*.csv").And.Contain("leads outside");
        ran.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        (ran.Out + ran.Error).Should().Contain("error MAC0024").And.NotContain("SECRET-ORDER");
    }

    [Fact]
    public void A_yaml_symlink_leading_outside_exits_2_without_printing_the_target()
    {
        using var folder = DefinitionsFolder.Orders();
        using var outside = DefinitionsFolder.Empty();
        var secret = outside.Write("credentials", "aws_secret_access_key = TOP-SECRET\n: not yaml [");
        File.CreateSymbolicLink(folder.PathOf("stolen.yaml"), secret);

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("stolen.yaml").And.Contain("MAC0024").And.NotContain("TOP-SECRET");
    }

    [Fact]
    public void Render_refuses_to_write_through_a_symlinked_folder_inside_out()
    {
        using var folder = DefinitionsFolder.Orders();
        using var output = DefinitionsFolder.Empty();
        using var elsewhere = DefinitionsFolder.Empty();
        Directory.CreateSymbolicLink(output.PathOf("wiki"), elsewhere.FullPath);

        var outcome = CommandLine.Run("render", folder.FullPath, "--out", output.FullPath);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("symbolic link");
        Directory.GetFileSystemEntries(elsewhere.FullPath).Should().BeEmpty();
    }

    [Fact]
    public void Render_refuses_an_out_folder_that_is_itself_a_symlink()
    {
        using var folder = DefinitionsFolder.Orders();
        using var output = DefinitionsFolder.Empty();
        using var elsewhere = DefinitionsFolder.Empty();
        var link = output.PathOf("out");
        Directory.CreateSymbolicLink(link, elsewhere.FullPath);

        var rendered = CommandLine.Run("render", folder.FullPath, "--out", link);
        var checkedOnly = CommandLine.Run("render", folder.FullPath, "--out", link, "--check");
        var rules = CommandLine.Run("slo", "rules", folder.FullPath, "--out", link);

        rendered.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        rendered.Error.Should().Contain("is a symbolic link; output is never written through a link");
        checkedOnly.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        rules.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        Directory.GetFileSystemEntries(elsewhere.FullPath).Should().BeEmpty();
    }

    [Fact]
    public void Run_refuses_an_out_file_in_a_symlinked_folder()
    {
        using var folder = DefinitionsFolder.Orders();
        using var output = DefinitionsFolder.Empty();
        using var elsewhere = DefinitionsFolder.Empty();
        Directory.CreateSymbolicLink(output.PathOf("linkdir"), elsewhere.FullPath);

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "json", "--out", output.PathOf("linkdir/x.json"));

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("linkdir' is a symbolic link");
        Directory.GetFileSystemEntries(elsewhere.FullPath).Should().BeEmpty();
    }

    [Fact]
    public void Run_writes_an_out_file_in_a_plain_folder()
    {
        using var folder = DefinitionsFolder.Orders();
        using var output = DefinitionsFolder.Empty();
        Directory.CreateDirectory(output.PathOf("plain"));

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "json", "--out", output.PathOf("plain/x.json"));

        outcome.ExitCode.Should().Be(ExitCodes.Passed, "stderr was: {0}", outcome.Error);
        File.Exists(output.PathOf("plain/x.json")).Should().BeTrue();
    }
}
