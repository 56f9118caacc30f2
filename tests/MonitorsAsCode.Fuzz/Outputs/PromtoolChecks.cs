using System.Text.RegularExpressions;
using MonitorsAsCode.Fuzz.Harness;

namespace MonitorsAsCode.Fuzz.Outputs;

/// <summary>
/// Prometheus's <c>promtool</c>, the judge of generated rules and metrics. A missing promtool fails the run
/// (never a silent pass): the rules are only known to be valid once promtool says so.
/// </summary>
internal static partial class PromtoolChecks
{
    /// <summary>Fails the test at once, before any case runs, when promtool is not installed.</summary>
    public static void EnsureInstalled()
    {
        Run(null, "--version"); // throws the failure that says how to install it
    }

    /// <summary>Runs <c>promtool check rules FILE</c>; throws an invalid-output failure when promtool refuses the file.</summary>
    public static void CheckRules(string file)
    {
        var (exitCode, output) = Run(null, "check", "rules", file);
        if (exitCode != 0)
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, $"promtool check rules refuses 'slo rules' output: {Reason(output, file)}", output + "\n--- file ---\n" + Head(File.ReadAllText(file)));
        }
    }

    /// <summary>Runs <c>promtool check metrics</c> on the text exposition; only a parse error fails (lint advice does not).</summary>
    public static void CheckMetrics(string exposition)
    {
        var (_, output) = Run(exposition, "check", "metrics");
        if (output.Contains("error while linting", StringComparison.Ordinal) || output.Contains("parsing error", StringComparison.Ordinal))
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, "promtool cannot parse 'run --format prometheus' output", output + "\n--- exposition ---\n" + Head(exposition));
        }
    }

    /// <summary>promtool's first complaint without the file, group, rule and offending value, so one class of failure reads the same in every case.</summary>
    private static string Reason(string output, string file)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(file + ": ", StringComparison.Ordinal));
        if (line is null)
        {
            return "see detail";
        }

        var reason = RulePrefix().Replace(line[(file.Length + 2)..], "");
        var parseError = reason.LastIndexOf("parse error: ", StringComparison.Ordinal);
        if (reason.StartsWith("could not parse expression", StringComparison.Ordinal) && parseError >= 0)
        {
            reason = "could not parse expression: " + reason[(parseError + "parse error: ".Length)..];
        }
        else if (!reason.StartsWith("yaml: ", StringComparison.Ordinal) && reason.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0)
        {
            reason = reason[..colon];
        }

        reason = QuotedText().Replace(reason, "…");
        return reason.Length <= 80 ? reason : reason[..80];
    }

    [GeneratedRegex("^(\\d+:\\d+: )?(group \".*?\", rule \\d+, \".*?\": )?")]
    private static partial Regex RulePrefix();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex QuotedText();

    private static string Head(string text) => text.Length <= 1500 ? text : text[..1500] + "…";

    private static (int ExitCode, string Output) Run(string? input, params string[] arguments) =>
        input is null ? Promtool.Run(Directory.GetCurrentDirectory(), arguments) : Promtool.RunWithInput(input, arguments);
}
