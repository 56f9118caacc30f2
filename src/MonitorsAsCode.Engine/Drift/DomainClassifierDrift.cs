using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Checks;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Statistics.Classification;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// Multivariate drift: a <see cref="LogisticRegression"/> trained to tell current rows from reference rows on
/// all the monitor's columns, plus the products of pairs of numeric columns so that a change in how columns
/// move together (which no single column shows) separates the rows too. The value is the cross-validated ROC
/// AUC: about 0.5 when the snapshots cannot be told apart, towards 1 the more they differ. The evidence lists
/// the columns and pairs the classifier leans on most.
/// </summary>
/// <remarks>
/// Up to <see cref="RowsPerSide"/> rows of each snapshot are taken, evenly spaced. Numeric columns are
/// standardised over both samples (a null or non-finite value becomes 0, the mean, and a null indicator is
/// added when there are nulls); text and bool columns become indicators of their <see cref="TopCategories"/>
/// most frequent categories. The first <see cref="InteractionColumns"/> numeric columns contribute their pairwise
/// products. Rows are shuffled with a fixed seed into <see cref="Folds"/> folds; each fold is scored by a model
/// fitted on the others (λ = 1), and the AUC is taken over all held-out scores.
/// </remarks>
internal static class DomainClassifierDrift
{
    /// <summary>The most rows taken from each snapshot.</summary>
    public const int RowsPerSide = 2500;

    /// <summary>The number of cross-validation folds.</summary>
    public const int Folds = 5;

    /// <summary>The categories of a text column that get their own indicator.</summary>
    public const int TopCategories = 8;

    /// <summary>The numeric columns whose pairwise products are features.</summary>
    public const int InteractionColumns = 6;

    private const double Penalty = 1.0;
    private const int Seed = 20261121;
    private const int ShownFeatures = 5;

    /// <summary>Measures the monitor's columns together.</summary>
    /// <exception cref="CheckException">A snapshot has too few rows to cross-validate.</exception>
    public static Measurement Measure(CheckContext context, IReadOnlyList<string> names)
    {
        var referenceFacts = context.RequireReference();
        var currentFacts = context.Current;
        var referenceSpaced = Spaced(referenceFacts.RowCount);
        var currentSpaced = Spaced(currentFacts.RowCount);
        if (referenceSpaced.Length < Folds || currentSpaced.Length < Folds)
        {
            throw new CheckException($"the domain classifier needs at least {Folds} rows in each snapshot to cross-validate");
        }

        // Only the sampled rows are read, in one more pass over each snapshot.
        var reference = referenceFacts.LoadRows(names, referenceSpaced);
        var current = currentFacts.LoadRows(names, currentSpaced);
        var referenceRows = Enumerable.Range(0, referenceSpaced.Length).ToArray();
        var currentRows = Enumerable.Range(0, currentSpaced.Length).ToArray();

        var features = new List<Feature>();
        var numeric = new List<Feature>();
        foreach (var name in names)
        {
            var encoded = Encode(name, reference[name], referenceRows, current[name], currentRows);
            features.AddRange(encoded);
            if (encoded.Count > 0 && encoded[0].IsNumeric && numeric.Count < InteractionColumns)
            {
                numeric.Add(encoded[0]);
            }
        }

        for (var a = 0; a < numeric.Count; a++)
        {
            for (var b = a + 1; b < numeric.Count; b++)
            {
                var product = new double[numeric[a].Values.Length];
                for (var i = 0; i < product.Length; i++)
                {
                    product[i] = numeric[a].Values[i] * numeric[b].Values[i];
                }

                features.Add(new Feature($"{numeric[a].Column} × {numeric[b].Column}", numeric[a].Column, numeric[b].Column, product, false));
            }
        }

        var total = referenceRows.Length + currentRows.Length;
        var rows = new double[total][];
        var isCurrent = new bool[total];
        for (var i = 0; i < total; i++)
        {
            rows[i] = new double[features.Count];
            for (var j = 0; j < features.Count; j++)
            {
                rows[i][j] = features[j].Values[i];
            }

            isCurrent[i] = i >= referenceRows.Length;
        }

        var auc = CrossValidatedAuc(rows, isCurrent);
        var model = LogisticRegression.Fit(rows, isCurrent, Penalty);
        return new Measurement(auc, Evidence(auc, referenceRows.Length, currentRows.Length, features, model));
    }

    private static double CrossValidatedAuc(double[][] rows, bool[] isCurrent)
    {
        var order = new int[rows.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        new Random(Seed).Shuffle(order);
        var scores = new double[rows.Length];
        for (var fold = 0; fold < Folds; fold++)
        {
            var training = new List<double[]>();
            var labels = new List<bool>();
            for (var k = 0; k < order.Length; k++)
            {
                if (k % Folds != fold)
                {
                    training.Add(rows[order[k]]);
                    labels.Add(isCurrent[order[k]]);
                }
            }

            var model = LogisticRegression.Fit(training, labels, Penalty);
            for (var k = fold; k < order.Length; k += Folds)
            {
                scores[order[k]] = model.Probability(rows[order[k]]);
            }
        }

        return RocAuc.Of(scores, isCurrent);
    }

    private static Evidence Evidence(double auc, int referenceRows, int currentRows, List<Feature> features, LogisticRegression model)
    {
        // A column's weight: the root sum of squares of its own features' weights and half of each pair it is in.
        var byColumn = new Dictionary<string, double>(StringComparer.Ordinal);
        var byFeature = new List<(string Name, double Weight)>();
        for (var j = 0; j < features.Count; j++)
        {
            var weight = model.Weights[j];
            byFeature.Add((features[j].Name, weight));
            var share = features[j].Partner is null ? weight * weight : weight * weight / 2;
            byColumn[features[j].Column] = byColumn.GetValueOrDefault(features[j].Column) + share;
            if (features[j].Partner is { } partner)
            {
                byColumn[partner] = byColumn.GetValueOrDefault(partner) + share;
            }
        }

        var columns = byColumn.Select(p => (Column: p.Key, Weight: Math.Sqrt(p.Value))).OrderByDescending(c => c.Weight).ThenBy(c => c.Column, StringComparer.Ordinal).ToList();
        byFeature.Sort((a, b) =>
        {
            var order = Math.Abs(b.Weight).CompareTo(Math.Abs(a.Weight));
            return order != 0 ? order : string.CompareOrdinal(a.Name, b.Name);
        });

        var top = string.Join(", ", columns.Take(3).Select(c => c.Column));
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"a classifier tells current from reference rows with cross-validated ROC AUC {ValueFormat.Short(auc)} (0.5: no difference) on {ValueFormat.Count(referenceRows)} + {ValueFormat.Count(currentRows)} rows; it leans most on {top}");
        return new Evidence(summary,
        [
            new EvidenceTable("separating columns", ["column", "weight"], [.. columns.Select(c => (IReadOnlyList<EvidenceCell>)[c.Column, c.Weight])]),
            new EvidenceTable("separating features", ["feature", "weight"], [.. byFeature.Take(ShownFeatures * 2).Select(f => (IReadOnlyList<EvidenceCell>)[f.Name, f.Weight])]),
        ]);
    }

    /// <summary>Up to <see cref="RowsPerSide"/> evenly spaced row indices of a snapshot.</summary>
    private static long[] Spaced(long rowCount)
    {
        var count = (int)Math.Min(rowCount, RowsPerSide);
        var rows = new long[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = (long)((Int128)i * rowCount / count);
        }

        return rows;
    }

    /// <summary>The features of one column over the sampled reference rows, then the sampled current rows.</summary>
    private static List<Feature> Encode(string name, Column reference, int[] referenceRows, Column current, int[] currentRows)
    {
        var total = referenceRows.Length + currentRows.Length;
        Column ColumnOf(int i) => i < referenceRows.Length ? reference : current;
        int RowOf(int i) => i < referenceRows.Length ? referenceRows[i] : currentRows[i - referenceRows.Length];

        var features = new List<Feature>();
        var nulls = new double[total];
        var anyNull = false;
        if (reference.Kind is ColumnKind.String or ColumnKind.Bool)
        {
            var texts = new string?[total];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < total; i++)
            {
                texts[i] = ColumnOf(i).FormatValue(RowOf(i));
                if (texts[i] is { } text)
                {
                    counts[text] = counts.GetValueOrDefault(text) + 1;
                }
                else
                {
                    nulls[i] = 1;
                    anyNull = true;
                }
            }

            foreach (var category in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(TopCategories).Select(p => p.Key))
            {
                var indicator = new double[total];
                for (var i = 0; i < total; i++)
                {
                    indicator[i] = texts[i] == category ? 1 : 0;
                }

                features.Add(new Feature($"{name} = '{category}'", name, null, indicator, false));
            }
        }
        else
        {
            var values = new double[total];
            double sum = 0, squares = 0;
            var present = 0;
            for (var i = 0; i < total; i++)
            {
                var value = NumberAt(ColumnOf(i), RowOf(i));
                if (double.IsFinite(value))
                {
                    values[i] = value;
                    sum += value;
                    present++;
                }
                else
                {
                    values[i] = double.NaN;
                    nulls[i] = 1;
                    anyNull = true;
                }
            }

            var mean = present == 0 ? 0 : sum / present;
            for (var i = 0; i < total; i++)
            {
                if (!double.IsNaN(values[i]))
                {
                    squares += (values[i] - mean) * (values[i] - mean);
                }
            }

            var deviation = present == 0 ? 1 : Math.Sqrt(squares / present);
            for (var i = 0; i < total; i++)
            {
                values[i] = double.IsNaN(values[i]) || deviation == 0 ? 0 : (values[i] - mean) / deviation;
            }

            features.Add(new Feature(name, name, null, values, true));
        }

        if (anyNull)
        {
            features.Add(new Feature($"{name} is null", name, null, nulls, false));
        }

        return features;
    }

    private static double NumberAt(Column column, int row)
    {
        if (!column.Valid[row])
        {
            return double.NaN;
        }

        return column switch
        {
            DoubleColumn d => d.Values[row],
            Int64Column l => l.Values[row],
            TimestampColumn t => t.Microseconds[row],
            DateColumn d => d.Days[row],
            _ => double.NaN,
        };
    }

    /// <summary>One input of the classifier: a column's standardised value, an indicator, or a product of two columns.</summary>
    private sealed record Feature(string Name, string Column, string? Partner, double[] Values, bool IsNumeric);
}
