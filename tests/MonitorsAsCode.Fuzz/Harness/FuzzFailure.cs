namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>
/// Thrown by a case's checks when the product misbehaved. <see cref="Symptom"/> is short and stable (no values
/// from the generated input), so failures of one class are counted together.
/// </summary>
internal sealed class FuzzFailure(FailureKind kind, string symptom, string detail) : Exception($"{kind}: {symptom}: {detail}")
{
    /// <summary>What kind of failure it is.</summary>
    public FailureKind Kind { get; } = kind;

    /// <summary>The failure class: the same for every case that fails the same way.</summary>
    public string Symptom { get; } = symptom;

    /// <summary>What this case showed: the command, the exception, an excerpt of the output.</summary>
    public string Detail { get; } = detail;
}
