namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>Several failures of one case, thrown when a case checks independent outputs and reports every one that is wrong.</summary>
internal sealed class FuzzFailures(IReadOnlyList<FuzzFailure> failures) : Exception(string.Join("\n", failures.Select(f => f.Message)))
{
    public IReadOnlyList<FuzzFailure> Failures { get; } = failures;

    /// <summary>Runs each check in turn, whatever the others did, and throws every failure they found.</summary>
    public static void Collect(params Action[] checks)
    {
        var found = new List<FuzzFailure>();
        foreach (var check in checks)
        {
            try
            {
                check();
            }
            catch (FuzzFailure failure)
            {
                found.Add(failure);
            }
            catch (FuzzFailures failures)
            {
                found.AddRange(failures.Failures);
            }
        }

        if (found.Count == 1)
        {
            throw found[0];
        }

        if (found.Count > 1)
        {
            throw new FuzzFailures(found);
        }
    }
}
