using System.Text.RegularExpressions;
using MonitorsAsCode.Cli;

namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>
/// What counts as a crash in a finished command: an exit code <see cref="ExitCodes"/> does not document, a
/// stack trace or exception type name in what it printed, or a runtime's own exception message (an index out
/// of range, a null reference) passed off as an error message or a monitor's evidence.
/// </summary>
internal static partial class CrashCheck
{
    private static readonly int[] Documented = [ExitCodes.Passed, ExitCodes.Failed, ExitCodes.InvalidDefinitions, ExitCodes.DataUnreadable];

    /// <summary>Messages of runtime exceptions that only a bug lets through to a user.</summary>
    private static readonly string[] RuntimeMessages =
    [
        "Index was outside the bounds of the array",
        "Object reference not set to an instance of an object",
        "Specified argument was out of the range of valid values",
        "Arithmetic operation resulted in an overflow",
        "Value cannot be null",
        "Sequence contains no elements",
        "Unable to cast object of type",
        "The given key '",
        "Nullable object must have a value",
        "Index and length must refer to a location",
        "Destination is too short",
        "Non-negative number required",
        "Collection was modified",
        "Insufficient stack to continue",
        "Arrays larger than 2GB are not supported",
        "Unable to translate bytes",
        "Exception of type",
    ];

    /// <summary>Throws a <see cref="FuzzFailure"/> of kind crash when <paramref name="outcome"/> shows one.</summary>
    public static void Assert(CliOutcome outcome)
    {
        if (Array.IndexOf(Documented, outcome.ExitCode) < 0)
        {
            throw new FuzzFailure(FailureKind.Crash, $"undocumented exit code {outcome.ExitCode} from '{Verb(outcome)}'", outcome.Describe());
        }

        foreach (var text in new[] { outcome.Out, outcome.Error })
        {
            if (StackFrame().Match(text) is { Success: true } frame)
            {
                throw new FuzzFailure(FailureKind.Crash, $"stack trace printed by '{Verb(outcome)}'", frame.Value + "\n" + outcome.Describe());
            }

            if (ExceptionName().Match(text) is { Success: true } name)
            {
                throw new FuzzFailure(FailureKind.Crash, $"exception type {name.Groups[1].Value} printed by '{Verb(outcome)}'", outcome.Describe());
            }

            foreach (var message in RuntimeMessages)
            {
                if (text.Contains(message, StringComparison.Ordinal))
                {
                    throw new FuzzFailure(FailureKind.Crash, $"runtime message '{message}' printed by '{Verb(outcome)}'", outcome.Describe());
                }
            }
        }
    }

    /// <summary>The sub-command, for grouping failures: 'run --format junit', 'profile'.</summary>
    public static string Verb(CliOutcome outcome)
    {
        var args = outcome.Args;
        if (args.Count == 0)
        {
            return "";
        }

        var verb = args[0] == "slo" && args.Count > 1 ? "slo " + args[1] : args[0];
        var format = args.ToList().IndexOf("--format");
        return format >= 0 && format + 1 < args.Count ? $"{verb} --format {args[format + 1]}" : verb;
    }

    [GeneratedRegex(@"^\s+at [\w.`<>+\[\], ]+\(.*\)", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b(System\.(?:[A-Z]\w*\.)*[A-Z]\w*Exception|[A-Z]\w*Exception)\b(?::| was thrown)")]
    private static partial Regex ExceptionName();
}
