using System.Text.Json;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// A Parquet column declared as a type it is not stored as, and cannot be read as, is a finding of the run, not an
/// unreadable snapshot: the run completes with exit code 1, the schema monitor names the column and both types, and
/// the monitors that read the column are errors saying why.
/// </summary>
public sealed class RunCommandTypeMismatchTests : IDisposable
{
    private readonly DefinitionsFolder folder = DefinitionsFolder.Empty();

    public RunCommandTypeMismatchTests()
    {
        foreach (var file in Directory.GetFiles(RepositoryCheckout.FraudScoring, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryCheckout.FraudScoring, file);
            var target = Path.Combine(folder.FullPath, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!); // a file's path always has a folder
            File.Copy(file, target);
        }
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_mistyped_column_fails_the_schema_monitor_and_errors_its_monitors_without_aborting_the_run()
    {
        Declare("amount", "double", "int64");
        Declare("model_version", "string", "int64");

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "json");

        outcome.ExitCode.Should().Be(1, "stderr was: {0}", outcome.Error);
        outcome.Error.Should().BeEmpty();
        var results = outcome.Json().GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("monitor").GetString()!);
        results.Keys.Should().BeEquivalentTo(FraudScoringExample.EveryMonitor);
        Status(results["schema"]).Should().Be("fail");
        Summary(results["schema"]).Should().Be("wrong type 'amount' declared int64, stored double; 'model_version' declared int64, stored string");
        var current = folder.PathOf("data/current.parquet");
        foreach (var id in new[] { "amount-completeness", "amount-validity", "amount-drift" })
        {
            Status(results[id]).Should().Be("error");
            Summary(results[id]).Should().Be($"column 'amount' of dataset 'fraud-scoring' is declared int64 but stored as double in {current}, which cannot be read as int64");
        }

        results.Where(r => !r.Key.StartsWith("amount-", StringComparison.Ordinal)).Should().OnlyContain(r => Status(r.Value) != "error");
    }

    [Fact]
    public void The_text_report_names_the_mistyped_column_in_the_schema_row()
    {
        Declare("amount", "double", "int64");

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ExitCode.Should().Be(1, "stderr was: {0}", outcome.Error);
        outcome.Out.Should().Contain("wrong type 'amount' declared int64, stored double");
        outcome.Out.Should().Contain("21 monitors: 9 pass, 0 warn, 7 fail, 3 error, 2 skipped");
    }

    private static string Status(JsonElement result) => result.GetProperty("status").GetString()!;

    private static string Summary(JsonElement result)
    {
        var evidence = result.GetProperty("evidence");
        return evidence.ValueKind == JsonValueKind.String ? evidence.GetString()! : evidence.GetProperty("summary").GetString()!;
    }

    private void Declare(string column, string from, string to)
    {
        var path = folder.PathOf("datasets.yaml");
        var yaml = File.ReadAllText(path);
        var declaration = $"{column}:";
        var start = yaml.IndexOf(declaration, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0);
        var typed = yaml.IndexOf("{ type: " + from, start, StringComparison.Ordinal);
        yaml = yaml[..typed] + "{ type: " + to + yaml[(typed + 8 + from.Length)..];
        File.WriteAllText(path, yaml);
    }
}
