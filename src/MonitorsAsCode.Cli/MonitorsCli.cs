using System.CommandLine;
using MonitorsAsCode.Cli.Commands;

namespace MonitorsAsCode.Cli;

/// <summary>The <c>monitors</c> command line: parses arguments, runs a command and maps every outcome to an exit code.</summary>
public static class MonitorsCli
{
    /// <summary>Runs the command line against <paramref name="environment"/> and returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        var parsed = CreateRoot(environment).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                // The parser's own messages break lists over lines ("Must be one of:\n\t'text'…"): one line, then escaped.
                var oneLine = string.Join(" ", error.Message.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
                environment.Error.WriteLine("error: " + Definitions.VisibleText.Escape(oneLine));
            }

            environment.Error.WriteLine("Run 'monitors --help' or 'monitors <command> --help' for usage.");
            return ExitCodes.InvalidDefinitions;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UserError error)
        {
            environment.Error.WriteLine("error: " + Definitions.VisibleText.Escape(error.Message));
            return error.ExitCode;
        }
    }

    /// <summary>The root command with every subcommand, writing to <paramref name="environment"/>; the docs' tests parse documented commands with it.</summary>
    internal static RootCommand CreateRoot(CliEnvironment environment)
    {
        var root = new RootCommand("""
            monitors: monitoring-as-code for production machine learning.
            Checks data quality, drift, freshness and SLOs of a model's data, defined in YAML or C# next to
            the model, with verdicts CI can act on, and generates runbooks, dashboards and alert rules.

            Examples:
              monitors init churn-monitors
              monitors validate monitors/fraud-scoring
              monitors run monitors/fraud-scoring --gate deploy
              monitors profile monitors/fraud-scoring/data/current.parquet
              monitors run monitors/fraud-scoring --format json --out results.json
              monitors render monitors/fraud-scoring --out wiki --results results.json
              monitors diff monitors/fraud-scoring origin/main --format markdown
              monitors slo rules monitors/fraud-scoring --out prometheus
              monitors history show amount-drift monitors/fraud-scoring
            """);
        root.Subcommands.Add(InitCommand.Create(environment));
        root.Subcommands.Add(ValidateCommand.Create(environment));
        root.Subcommands.Add(RunCommand.Create(environment));
        root.Subcommands.Add(ProfileCommand.Create(environment));
        root.Subcommands.Add(RenderCommand.Create(environment));
        root.Subcommands.Add(DiffCommand.Create(environment));
        root.Subcommands.Add(SloCommand.Create(environment));
        root.Subcommands.Add(ImportCommand.Create(environment));
        root.Subcommands.Add(HistoryCommand.Create(environment));
        return root;
    }
}
