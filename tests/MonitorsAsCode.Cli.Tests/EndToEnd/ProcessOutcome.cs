namespace MonitorsAsCode.Cli.Tests.EndToEnd;

/// <summary>What a run of the real <c>monitors</c> process produced: its exit code, the exact bytes of standard output, and standard error.</summary>
internal sealed record ProcessOutcome(int ExitCode, byte[] Out, string Error);
