using System.Globalization;

namespace MonitorsAsCode.Engine.Results;

/// <summary>One cell of an evidence table: a number (kept as a number in JSON) or text.</summary>
public readonly record struct EvidenceCell(string? Text, double? Number)
{
    /// <summary>A text cell.</summary>
    public static implicit operator EvidenceCell(string text) => new(text, null);

    /// <summary>A numeric cell.</summary>
    public static implicit operator EvidenceCell(double number) => new(null, number);

    /// <summary>The cell as invariant text (numbers with up to 6 significant decimals).</summary>
    public override string ToString() => Text ?? (Number is { } n ? ValueFormat.Number(n) : string.Empty);
}
