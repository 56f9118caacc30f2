using System.Text;

namespace MonitorsAsCode.Rendering.History;

/// <summary>A series as one block character per value (<c>▁▂▃▄▅▆▇█</c>), scaled from its smallest to its largest finite value.</summary>
public static class TrendSparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>
    /// The sparkline of <paramref name="values"/>; <paramref name="missing"/> stands for a value that is null or not
    /// finite. A flat series sits in the middle.
    /// </summary>
    public static string Of(IReadOnlyList<double?> values, char missing)
    {
        ArgumentNullException.ThrowIfNull(values);
        var finite = values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v.GetValueOrDefault()).ToList();
        if (finite.Count == 0)
        {
            return new string(missing, values.Count);
        }

        var low = finite.Min();
        var span = finite.Max() - low;
        var line = new StringBuilder(values.Count);
        foreach (var value in values)
        {
            line.Append(value is { } v && double.IsFinite(v)
                ? Blocks[span > 0 ? (int)Math.Round((v - low) / span * (Blocks.Length - 1)) : Blocks.Length / 2]
                : missing);
        }

        return line.ToString();
    }
}
