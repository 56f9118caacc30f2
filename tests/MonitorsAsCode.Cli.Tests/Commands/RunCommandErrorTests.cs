namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// Bad input ends the run with exit code 3 (a snapshot cannot be read) or 2 (the definitions or
/// options are wrong), one message on standard error that says where the problem is, no stack trace,
/// and nothing on standard output.
/// </summary>
public sealed class RunCommandErrorTests
{
    [Fact]
    public void Missing_snapshot_file_exits_3_naming_its_path()
    {
        using var folder = DefinitionsFolder.Orders();
        File.Delete(folder.PathOf("data/current.csv"));

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(folder.PathOf("data/current.csv"));
    }

    [Fact]
    public void Missing_reference_snapshot_exits_3_naming_its_path()
    {
        using var folder = DefinitionsFolder.Orders();
        File.Delete(folder.PathOf("data/reference.csv"));

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(folder.PathOf("data/reference.csv"));
    }

    [Fact]
    public void Snapshot_cut_off_mid_row_exits_3_naming_the_file_and_row()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("data/current.csv", "order_id,placed_at,amount\no1,2026-01-01T09:00:00Z,10.5\no2,2026-01-01T1");

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(folder.PathOf("data/current.csv")).And.Contain("row 2");
    }

    [Fact]
    public void Snapshot_ending_inside_a_quoted_field_exits_3_naming_the_file_and_row()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("data/current.csv", "order_id,placed_at,amount\no1,2026-01-01T09:00:00Z,10.5\n\"o2,2026-01-01T10:00:00Z,20.25\n");

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(folder.PathOf("data/current.csv")).And.Contain("row 2").And.Contain("quote");
    }

    [Fact]
    public void Text_in_a_double_column_exits_3_naming_the_file_row_column_and_value()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("data/current.csv", "order_id,placed_at,amount\no1,2026-01-01T09:00:00Z,10.5\no2,2026-01-01T10:00:00Z,twelve\n");

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(folder.PathOf("data/current.csv"))
            .And.Contain("row 2")
            .And.Contain("'amount'")
            .And.Contain("'twelve'");
    }

    [Fact]
    public void Decimal_comma_in_a_double_column_exits_3_rather_than_being_read_in_some_culture()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("data/current.csv", "order_id,placed_at,amount\no1,2026-01-01T09:00:00Z,\"10,5\"\n");

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain("row 1").And.Contain("'amount'").And.Contain("'10,5'");
    }

    [Theory]
    [InlineData("data/current.csv", "current")]
    [InlineData("data/reference.csv", "reference")]
    public void Snapshot_with_only_a_header_exits_3_naming_the_file(string file, string role)
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write(file, "order_id,placed_at,amount\n");

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(folder.PathOf(file)).And.Contain(role).And.Contain("no rows");
    }

    [Fact]
    public void Empty_snapshot_file_exits_3_naming_the_file()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("data/current.csv", string.Empty);

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(folder.PathOf("data/current.csv")).And.Contain("empty");
    }

    [Fact]
    public void Unknown_column_in_a_monitor_exits_2_with_a_positioned_MAC0007_and_runs_nothing()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("monitors.yaml", DefinitionsFolder.MonitorsYaml.Replace("column: amount\n    warn: 0.1\n    fail: 0.5", "column: amont\n    warn: 0.1\n    fail: 0.5", StringComparison.Ordinal));
        // Were the data read, this would be exit 3; invalid definitions stop the run first.
        File.Delete(folder.PathOf("data/current.csv"));

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines[0].Should().StartWith(folder.PathOf("monitors.yaml") + "(5,13): error MAC0007: ").And.Contain("'amont'");
        outcome.ErrorLines.Should().HaveCount(2);
        outcome.ErrorLines[1].Should().Contain("1 error(s)").And.Contain("nothing was run");
    }

    [Fact]
    public void Missing_definitions_directory_exits_2_naming_it()
    {
        using var folder = DefinitionsFolder.Empty();
        var missing = Path.Combine(folder.FullPath, "no-such-folder");

        var outcome = CommandLine.Run("run", missing);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain(missing).And.Contain("does not exist");
    }

    [Fact]
    public void Definitions_path_that_is_a_file_exits_2()
    {
        using var folder = DefinitionsFolder.Orders();

        var outcome = CommandLine.Run("run", folder.PathOf("monitors.yaml"));

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain(folder.PathOf("monitors.yaml"));
    }

    [Fact]
    public void Folder_without_definitions_exits_2()
    {
        using var folder = DefinitionsFolder.Empty();

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("*.yaml");
    }

    [Fact]
    public void Unknown_gate_exits_2_suggesting_the_nearest_declared_gate()
    {
        using var folder = DefinitionsFolder.Orders();

        var outcome = CommandLine.Run("run", folder.FullPath, "--gate", "deplyo");

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("'deplyo'").And.Contain("did you mean 'deploy'?");
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("16.11.2026")]
    [InlineData("")]
    public void As_of_that_is_not_an_instant_exits_2_naming_the_value(string asOf)
    {
        using var folder = DefinitionsFolder.Orders();

        var outcome = CommandLine.Run("run", folder.FullPath, "--as-of", asOf);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain($"'{asOf}'").And.Contain("--as-of");
    }

    [Fact]
    public void Unknown_format_exits_2_naming_it_and_the_accepted_ones()
    {
        using var folder = DefinitionsFolder.Orders();

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "xml");

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("'xml'").And.Contain("junit").And.Contain("markdown");
    }

    [Fact]
    public void Unknown_option_exits_2_pointing_at_help()
    {
        using var folder = DefinitionsFolder.Orders();

        var outcome = CommandLine.Run("run", folder.FullPath, "--gates", "deploy");

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("--gates").And.Contain("--help");
    }

    [Theory]
    [InlineData("01/02/2026")]
    [InlineData("Friday, 02 January 2026")]
    public void As_of_that_is_not_ISO_8601_is_rejected_rather_than_guessed(string asOf)
    {
        using var folder = DefinitionsFolder.Orders();

        var outcome = CommandLine.Run("run", folder.FullPath, "--as-of", asOf);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain($"'{asOf}'").And.Contain("ISO 8601");
    }
}
