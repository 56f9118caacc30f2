namespace MonitorsAsCode.Benchmarks.ParquetScan;

/// <summary>The figures both Parquet measurements print: medians of repeated timings and the machine's load beside them.</summary>
internal static class MeasurementFigures
{
    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count).</summary>
    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The 1, 5 and 15 minute load averages, so a reader can tell a noisy run from a quiet one.</summary>
    public static string LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg").Split(' ');
            return text[0] + " " + text[1] + " " + text[2];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
