using System.Globalization;

namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>
/// What a fuzz run covers, from the environment: <c>MONITORS_FUZZ_SEED</c> (default <see cref="DefaultSeed"/>),
/// <c>MONITORS_FUZZ_CASES</c> (cases per target instead of each target's CI count) and <c>MONITORS_FUZZ_CASE</c>
/// (run only that case number, to reproduce one failure). Unset, a run is the short deterministic one CI does.
/// </summary>
internal static class FuzzSettings
{
    /// <summary>The seed CI runs with.</summary>
    public const int DefaultSeed = 20261207;

    /// <summary>The seed of this run.</summary>
    public static int Seed => Read("MONITORS_FUZZ_SEED") ?? DefaultSeed;

    /// <summary>The single case to run, when reproducing one.</summary>
    public static int? OnlyCase => Read("MONITORS_FUZZ_CASE");

    /// <summary>A file that each target appends its one-line tally to (for the results table in docs/fuzzing.md).</summary>
    public static string? ReportFile => Environment.GetEnvironmentVariable("MONITORS_FUZZ_REPORT") is { Length: > 0 } path ? path : null;

    /// <summary>How many cases a target runs: <c>MONITORS_FUZZ_CASES</c>, else <paramref name="ciCases"/>.</summary>
    public static int Cases(int ciCases) => Read("MONITORS_FUZZ_CASES") ?? ciCases;

    private static int? Read(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : null;
}
