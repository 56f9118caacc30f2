using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>
/// Runs the cases of one target, each on its own thread with the main thread's stack size, a time budget and
/// an allocation bound, and fails the test with every distinct failure class found: its kind, symptom, how
/// many cases showed it, and the seed, case number and description of the first, with the command that
/// reruns it. A case that hangs stops the target, since its thread cannot be stopped.
/// </summary>
internal sealed class FuzzTarget(string name, ITestOutputHelper output)
{
    private const int MainThreadStack = 8 * 1024 * 1024;

    /// <summary>A case slower than this is listed in the test's output, to keep the CI budget in view.</summary>
    private static readonly TimeSpan SlowCase = TimeSpan.FromSeconds(2);

    /// <summary>How long one case may take before it counts as a hang.</summary>
    public TimeSpan CaseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many bytes one case may allocate (the test host's heap is capped at 3 GB besides).</summary>
    public long AllocationBound { get; init; } = 1L << 30;

    /// <summary>Runs <paramref name="ciCases"/> cases (or what the environment asks for) through <paramref name="body"/>.</summary>
    public void Run(int ciCases, Action<FuzzCase> body)
    {
        var seed = FuzzSettings.Seed;
        var count = FuzzSettings.Cases(ciCases);
        var numbers = FuzzSettings.OnlyCase is { } only ? [only] : Enumerable.Range(0, count);
        var failures = new List<(FuzzFailure Failure, string Case, string Reproduction, string Folder)>();
        var ran = 0;
        var failing = 0;
        var clock = Stopwatch.StartNew();
        foreach (var number in numbers)
        {
            ran++;
            using var fuzzCase = new FuzzCase(name, seed, number);
            var started = clock.Elapsed;
            var found = RunOne(fuzzCase, body);
            var took = clock.Elapsed - started;
            if (took > SlowCase)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slow: case {number} took {took.TotalSeconds:0.0} s: {fuzzCase.Description}"));
            }

            if (found.Count > 0)
            {
                failing++;

                // Only the first case of each class keeps its folder: enough to look at, without filling the disk.
                fuzzCase.Keep = found.Any(f => !failures.Any(known => known.Failure.Kind == f.Kind && known.Failure.Symptom == f.Symptom));
                failures.AddRange(found.Select(failure => (failure, $"seed {seed} case {number}: {fuzzCase.Description}", fuzzCase.Reproduction, fuzzCase.Folder)));
                if (found.Any(f => f.Kind == FailureKind.Hang))
                {
                    break;
                }
            }
        }

        var tally = Tally(ran, failing, clock.Elapsed, failures.Select(f => f.Failure).ToList());
        output.WriteLine(tally);
        if (FuzzSettings.ReportFile is { } report)
        {
            File.AppendAllText(report, tally + "\n");
        }

        if (failures.Count == 0)
        {
            return;
        }

        var message = new StringBuilder(tally).Append('\n');
        foreach (var group in failures.GroupBy(f => (f.Failure.Kind, f.Failure.Symptom)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Symptom, StringComparer.Ordinal))
        {
            var first = group.First();
            message.Append(CultureInfo.InvariantCulture, $"\n[{group.Key.Kind}] {group.Key.Symptom} — {group.Select(f => f.Case).Distinct().Count()} case(s)\n")
                .Append("  first: ").Append(first.Case).Append('\n')
                .Append("  detail: ").Append(Excerpt(first.Failure.Detail, 1500)).Append('\n')
                .Append("  inputs kept in: ").Append(first.Folder).Append('\n')
                .Append("  rerun: ").Append(first.Reproduction).Append('\n');
        }

        throw new XunitException(message.ToString());
    }

    private List<FuzzFailure> RunOne(FuzzCase fuzzCase, Action<FuzzCase> body)
    {
        var found = new List<FuzzFailure>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var thread = new Thread(
            () =>
            {
                try
                {
                    body(fuzzCase);
                }
                catch (FuzzFailure failure)
                {
                    found.Add(failure);
                }
                catch (FuzzFailures failures)
                {
                    found.AddRange(failures.Failures);
                }
                catch (OutOfMemoryException exception)
                {
                    found.Add(new FuzzFailure(FailureKind.Memory, "out of memory", exception.ToString()));
                }
                catch (Exception exception)
                {
                    // The harness itself or a generator failed: still a failure, named after where it happened.
                    found.Add(new FuzzFailure(FailureKind.Crash, CrashSymptom.Of(exception), exception.ToString()));
                }
            },
            MainThreadStack)
        {
            IsBackground = true,
            Name = $"fuzz {name} {fuzzCase.Number}",
            CurrentCulture = CultureInfo.GetCultureInfo("de-DE"),
            CurrentUICulture = CultureInfo.GetCultureInfo("de-DE"),
        };
        thread.Start();
        if (!thread.Join(CaseTimeout))
        {
            return [new FuzzFailure(FailureKind.Hang, "no answer within the case's time budget", $"still running after {CaseTimeout.TotalSeconds} s")];
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        if (allocated > AllocationBound)
        {
            found.Add(new FuzzFailure(FailureKind.Memory, "allocated over the case's bound", string.Create(CultureInfo.InvariantCulture, $"{allocated / (1024 * 1024)} MB allocated, bound {AllocationBound / (1024 * 1024)} MB")));
        }

        return found;
    }

    private string Tally(int ran, int failing, TimeSpan elapsed, IReadOnlyList<FuzzFailure> failures)
    {
        int Count(FailureKind kind) => failures.Count(f => f.Kind == kind);
        var classes = failures.Select(f => (f.Kind, f.Symptom)).Distinct().Count();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"fuzz {name}: seed {FuzzSettings.Seed}, {ran} cases in {elapsed.TotalSeconds:0.0} s, {failing} failing: {Count(FailureKind.Crash)} crashes, {Count(FailureKind.Hang)} hangs, {Count(FailureKind.Memory)} over memory, {Count(FailureKind.InvalidOutput)} invalid outputs ({classes} distinct classes)");
    }

    private static string Excerpt(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
