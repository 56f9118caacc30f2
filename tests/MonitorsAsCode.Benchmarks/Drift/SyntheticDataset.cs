using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Benchmarks.Drift;

/// <summary>
/// A seeded 20-column dataset held in memory: 11 double features, 3 int64, 4 text and 1 bool feature, and a
/// double prediction score, with drift injected into some columns of the current snapshot (a shift, a scale
/// change, a truncation, a null-rate change, a constant column, a new category, a moved score).
/// </summary>
internal sealed class SyntheticDataset
{
    private SyntheticDataset(DatasetDefinition definition, SnapshotTable reference, SnapshotTable current)
    {
        Definition = definition;
        Reference = reference;
        Current = current;
    }

    public DatasetDefinition Definition { get; }

    public SnapshotTable Reference { get; }

    public SnapshotTable Current { get; }

    /// <summary>Generates <paramref name="rows"/> rows for each snapshot from <paramref name="seed"/>.</summary>
    public static SyntheticDataset Generate(int rows, int seed)
    {
        var random = new Random(seed);
        var columns = new List<ColumnDefinition>();
        var reference = new List<Column>();
        var current = new List<Column>();
        var categories = Categories(200);

        void Double(string name, Func<Random, double> before, Func<Random, double> after, double referenceNulls = 0, double currentNulls = 0, ColumnRole role = ColumnRole.Feature)
        {
            columns.Add(new ColumnDefinition(name, ColumnType.Double, role) { Importance = Math.Round(random.NextDouble(), 3) });
            reference.Add(Doubles(name, rows, random, before, referenceNulls));
            current.Add(Doubles(name, rows, random, after, currentNulls));
        }

        void Integer(string name, Func<Random, long> before, Func<Random, long> after)
        {
            columns.Add(new ColumnDefinition(name, ColumnType.Int64, ColumnRole.Feature) { Importance = Math.Round(random.NextDouble(), 3) });
            reference.Add(Integers(name, rows, random, before));
            current.Add(Integers(name, rows, random, after));
        }

        void Text(string name, Func<Random, string> before, Func<Random, string> after)
        {
            columns.Add(new ColumnDefinition(name, ColumnType.String, ColumnRole.Feature) { Importance = Math.Round(random.NextDouble(), 3) });
            reference.Add(Texts(name, rows, random, before));
            current.Add(Texts(name, rows, random, after));
        }

        Double("normal_stable", Normal(0, 1), Normal(0, 1));
        Double("normal_shifted", Normal(0, 1), Normal(0.3, 1));
        Double("lognormal_stable", r => Math.Exp(Gaussian(r, 3, 1)), r => Math.Exp(Gaussian(r, 3, 1)));
        Double("lognormal_scaled", r => Math.Exp(Gaussian(r, 3, 1)), r => Math.Exp(Gaussian(r, 3, 1)) / 4);
        Double("uniform_stable", r => r.NextDouble() * 100, r => r.NextDouble() * 100);
        Double("uniform_truncated", r => r.NextDouble() * 100, r => r.NextDouble() * 80);
        Double("exponential_nulls", r => -Math.Log(1 - r.NextDouble()), r => -Math.Log(1 - r.NextDouble()), 0.02, 0.02);
        Double("normal_null_rate", Normal(50, 10), Normal(50, 10), 0.01, 0.15);
        Double("normal_wide", Normal(0, 100), Normal(0, 100));
        Double("squared_uniform", r => Math.Pow(r.NextDouble(), 2), r => Math.Pow(r.NextDouble(), 2));
        Double("normal_100", Normal(100, 15), Normal(100, 15));
        Integer("counts", r => (long)Math.Floor(Math.Exp(Gaussian(r, 1, 0.8))), r => (long)Math.Floor(Math.Exp(Gaussian(r, 1, 0.8))));
        Integer("hour", r => r.Next(24), r => r.Next(24));
        Integer("stuck", r => r.Next(1000), _ => 0);
        Text("channel", r => categories[r.Next(10)], r => categories[r.Next(10)]);
        Text("merchant", r => categories[r.Next(50)], r => r.NextDouble() < 0.05 ? "new-merchant" : categories[r.Next(50)]);
        Text("region", r => categories[Zipf(r, 200)], r => categories[Zipf(r, 200)]);
        Text("tier", r => categories[r.Next(5)], r => categories[r.Next(5)]);
        columns.Add(new ColumnDefinition("flag", ColumnType.Bool, ColumnRole.Feature) { Importance = 0.05 });
        reference.Add(Flags("flag", rows, random, 0.2));
        current.Add(Flags("flag", rows, random, 0.2));
        Double("score", r => Math.Pow(r.NextDouble(), 3), r => Math.Pow(r.NextDouble(), 2.5), role: ColumnRole.Prediction);

        var definition = new DatasetDefinition("synthetic", "benchmarks", new SnapshotPaths("reference", "current"), columns);
        var schema = new SnapshotSchema([.. columns.Select(c => new SnapshotField(c.Name, null))]);
        return new SyntheticDataset(definition, new SnapshotTable("reference", schema, rows, reference), new SnapshotTable("current", schema, rows, current));
    }

    private static Func<Random, double> Normal(double mean, double deviation) => r => Gaussian(r, mean, deviation);

    // A static method rather than a closure made per row: garbage from generating would swell the heap the
    // measurement then reports.
    private static double Gaussian(Random r, double mean, double deviation) =>
        mean + (deviation * Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble()));

    private static int Zipf(Random random, int levels)
    {
        // Inverse of a continuous 1/x law over [1, levels + 1): a few categories hold most rows.
        return Math.Min(levels - 1, (int)Math.Exp(random.NextDouble() * Math.Log(levels + 1)) - 1);
    }

    private static string[] Categories(int count) => [.. Enumerable.Range(0, count).Select(i => "category-" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture))];

    private static DoubleColumn Doubles(string name, int rows, Random random, Func<Random, double> value, double nulls)
    {
        var values = new double[rows];
        var valid = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            valid[i] = nulls == 0 || random.NextDouble() >= nulls;
            values[i] = valid[i] ? value(random) : 0;
        }

        return new DoubleColumn(name, values, valid);
    }

    private static Int64Column Integers(string name, int rows, Random random, Func<Random, long> value)
    {
        var values = new long[rows];
        var valid = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            values[i] = value(random);
            valid[i] = true;
        }

        return new Int64Column(name, values, valid);
    }

    private static StringColumn Texts(string name, int rows, Random random, Func<Random, string> value)
    {
        var values = new string?[rows];
        var valid = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            values[i] = value(random);
            valid[i] = true;
        }

        return new StringColumn(name, values, valid);
    }

    private static BoolColumn Flags(string name, int rows, Random random, double share)
    {
        var values = new bool[rows];
        var valid = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            values[i] = random.NextDouble() < share;
            valid[i] = true;
        }

        return new BoolColumn(name, values, valid);
    }
}
