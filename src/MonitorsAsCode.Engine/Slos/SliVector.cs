using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Engine.Slos;

/// <summary>The value of one expression node for every row: typed values and a mask of rows where it is known (not null).</summary>
internal sealed class SliVector
{
    private SliVector(SliValueType type, bool[] known)
    {
        Type = type;
        Known = known;
    }

    public SliValueType Type { get; }

    public bool[] Known { get; }

    public double[] Numbers { get; private init; } = [];

    public string?[] Texts { get; private init; } = [];

    public bool[] Booleans { get; private init; } = [];

    public int Length => Known.Length;

    public static SliVector OfNumbers(double[] values, bool[] known) => new(SliValueType.Number, known) { Numbers = values };

    public static SliVector OfTexts(string?[] values, bool[] known) => new(SliValueType.Text, known) { Texts = values };

    public static SliVector OfBooleans(bool[] values, bool[] known) => new(SliValueType.Boolean, known) { Booleans = values };

    public static SliVector OfTimes(bool[] known) => new(SliValueType.Time, known);
}
