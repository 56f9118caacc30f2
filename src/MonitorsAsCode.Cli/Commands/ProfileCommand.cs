using System.CommandLine;
using System.Globalization;
using MonitorsAsCode.Rendering.Profiling;
using MonitorsAsCode.Rendering.Results;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Profiling;

namespace MonitorsAsCode.Cli.Commands;

/// <summary><c>monitors profile FILE</c>: what each column of a snapshot holds, to start a dataset definition from.</summary>
internal static class ProfileCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "A snapshot file: .csv, .jsonl, .ndjson or .parquet." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("profile", """
            Profile a snapshot: per column its inferred type, non-null count, nulls, min, max, mean,
            standard deviation (sample) and exact number of distinct values.
            Exit code 0, or 3 when the file cannot be read.

            Examples:
              monitors profile monitors/fraud-scoring/data/current.parquet
              monitors profile events.jsonl --format json
            """)
        {
            file, format,
        };
        command.SetAction(parse => Execute(environment, parse.GetRequiredValue(file), parse.GetRequiredValue(format)));
        return command;
    }

    private static int Execute(CliEnvironment environment, string file, string format)
    {
        SnapshotProfile profile;
        try
        {
            profile = SnapshotProfiler.Profile(file);
        }
        catch (SnapshotReadException exception)
        {
            throw new UserError(exception.Message, ExitCodes.DataUnreadable);
        }

        if (format == "json")
        {
            environment.Out.Write(ProfileReport.Json(profile));
        }
        else
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            ProfileReport.Text(profile, TextReport.CreateConsole(writer, environment.OutIsTerminal));
            environment.Out.Write(writer.ToString());
        }

        environment.Out.Flush();
        return ExitCodes.Passed;
    }
}
