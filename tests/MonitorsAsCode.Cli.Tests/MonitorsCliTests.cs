using MonitorsAsCode.Cli.Tests.Commands;

namespace MonitorsAsCode.Cli.Tests;

/// <summary>The command line as a whole: help for the root and every command, and usage mistakes.</summary>
public sealed class MonitorsCliTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("run --help")]
    [InlineData("validate --help")]
    [InlineData("profile --help")]
    [InlineData("run -h")]
    public void Help_exits_0_and_shows_usage_and_an_example(string args)
    {
        var outcome = CommandLine.Run(args.Split(' '));

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.Error.Should().BeEmpty();
        outcome.Out.Should().Contain("Usage:");
        outcome.OutLines.Should().Contain(line => line.TrimStart().StartsWith("Example", StringComparison.Ordinal), "every help shows an Example(s) section");
    }

    [Theory]
    [InlineData("run", "monitors run monitors/fraud-scoring")]
    [InlineData("validate", "monitors validate monitors/fraud-scoring")]
    [InlineData("profile", "monitors profile monitors/fraud-scoring/data/current.parquet")]
    public void Command_help_shows_an_example_of_that_command(string command, string example)
    {
        var outcome = CommandLine.Run(command, "--help");

        outcome.OutLines.Should().Contain(line => line.Trim() == example);
    }

    [Fact]
    public void Root_help_lists_every_command()
    {
        var outcome = CommandLine.Run("--help");

        outcome.Out.Should().Contain("validate <DIR>").And.Contain("run <DIR>").And.Contain("profile <FILE>");
    }

    [Fact]
    public void No_command_exits_2_pointing_at_help()
    {
        var outcome = CommandLine.Run();

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("monitors --help");
    }

    [Fact]
    public void Unknown_command_exits_2()
    {
        var outcome = CommandLine.Run("check", RepositoryCheckout.FraudScoring);

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("check");
    }

    [Fact]
    public void Run_without_a_directory_exits_2()
    {
        var outcome = CommandLine.Run("run");

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
    }
}
