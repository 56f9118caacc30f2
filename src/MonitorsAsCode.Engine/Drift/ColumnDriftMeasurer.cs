using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Checks;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// Measures one column with one drift method, as the monitor's options say (bins, binning, edges, effect):
/// numeric columns are binned or compared value by value, text and bool columns category by category over
/// the union of both samples. Nulls are left out of the comparison and reported as a change of null share.
/// </summary>
internal static class ColumnDriftMeasurer
{
    private const int ShownBins = 5;
    private const double NotableShare = 0.01;
    private const double ScaleFactor = 2;
    private const double ScaleAgreement = 1.25;

    /// <summary>
    /// <see cref="Measure"/>, once per run for each column, method and the options that shape the measurement (bins,
    /// binning, edges, effect): a dataset drift monitor over a column that a single-column monitor already compared
    /// the same way reuses that measurement instead of reading and sorting the column again. With
    /// <paramref name="picture"/>, a numeric column's measurement carries its <see cref="ColumnDrift.Picture"/>.
    /// </summary>
    public static ColumnDrift MeasureOnce(Scanning.SnapshotFacts current, ColumnDefinition column, ColumnSample reference, ColumnSample currentSample, MonitorDefinition monitor, DriftMethod method, bool picture)
    {
        var edges = monitor.Edges is { } fixedEdges ? string.Join(",", fixedEdges.Select(e => e.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) : "-";
        var key = string.Join('\u001f', column.Name, method, monitor.Bins, monitor.Binning, edges, monitor.Effect?.Method);
        var measured = current.Drifts.GetOrAdd(key, _ => new Lazy<ColumnDrift>(() => Measure(column, reference, currentSample, monitor, method, picture))).Value;

        // Single-column monitors are measured before dataset drift ones, which want no picture; should one have come
        // first, the column is measured again rather than pictured without its numbers.
        return picture && reference.IsNumeric && measured.Picture is null ? Measure(column, reference, currentSample, monitor, method, picture) : measured;
    }

    /// <summary>
    /// Measures <paramref name="column"/> by <paramref name="method"/> (or what <c>auto</c> picks); the result is not judged
    /// yet. With <paramref name="picture"/>, a numeric column is also counted into the bins pictured in reports.
    /// </summary>
    /// <exception cref="CheckException">A side has no values, or the method cannot measure these samples.</exception>
    public static ColumnDrift Measure(ColumnDefinition column, ColumnSample reference, ColumnSample current, MonitorDefinition monitor, DriftMethod method, bool picture = false)
    {
        var nulls = NullShareShift.Between(reference.Rows, reference.Nulls, current.Rows, current.Nulls);
        RequireValues(column.Name, reference, "reference");
        RequireValues(column.Name, current, "current");

        var aligned = reference.IsNumeric ? null : Aligned(reference.Counts!, current.Counts!); // categorical samples always have counts
        var choice = method == DriftMethod.Auto
            ? DriftMethods.Choose(column.Type, Math.Min(reference.ValueCount, current.ValueCount), aligned?.Labels.Length ?? 0)
            : new DriftMethodChoice(method, null);
        try
        {
            var drift = aligned is null
                ? Numeric(column, choice, reference, current, monitor, picture)
                : Categorical(column, choice, aligned, monitor);
            return drift with { Nulls = nulls };
        }
        catch (ArgumentException exception)
        {
            // The kernels refuse samples their method cannot measure (too few values, a single value for Anderson–Darling).
            throw new CheckException($"method {Word(choice.Method)} cannot compare column '{column.Name}': {exception.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    /// <summary>The counts of two categorical samples over the ordinal union of their categories.</summary>
    private static AlignedCounts Aligned(Dictionary<string, long> referenceCounts, Dictionary<string, long> currentCounts)
    {
        var categories = new SortedSet<string>(referenceCounts.Keys, StringComparer.Ordinal);
        categories.UnionWith(currentCounts.Keys);
        var labels = new string[categories.Count];
        var referenceAligned = new long[categories.Count];
        var currentAligned = new long[categories.Count];
        var index = 0;
        foreach (var category in categories)
        {
            labels[index] = category;
            referenceAligned[index] = referenceCounts.GetValueOrDefault(category);
            currentAligned[index] = currentCounts.GetValueOrDefault(category);
            index++;
        }

        return new AlignedCounts(labels, referenceAligned, currentAligned);
    }

    private static ColumnDrift Numeric(ColumnDefinition column, DriftMethodChoice choice, ColumnSample reference, ColumnSample current, MonitorDefinition monitor, bool picture)
    {
        var method = choice.Method;

        // One selection over the reference finds its deciles for the bins and its percentiles for the evidence.
        var binned = DriftMethods.IsBinned(method) || (monitor.Effect is { } wanted && DriftMethods.IsBinned(wanted.Method));
        var binCount = monitor.Bins ?? QuantileBins.DefaultBinCount;
        var sturges = binned && monitor.Edges is null && monitor.Binning == DriftBinning.Sturges;
        var quantileBins = binned && monitor.Edges is null && !sturges;
        var levels = new List<double>(ColumnDrift.PercentileLevels);

        // The picture's bins are the reference's quantile bins of the same count: for a method binned at quantiles they
        // are the method's own bins, counted once for both.
        var pictureBins = monitor.Bins ?? QuantileBins.DefaultBinCount;
        var cutLevels = quantileBins ? binCount : picture ? pictureBins : 1;
        for (var k = 1; k < cutLevels; k++)
        {
            levels.Add((double)k / cutLevels);
        }

        // A binned method at the reference's quantiles or fixed edges needs one side's values at a time: the
        // reference is done with (and a copy of it handed back) before the current side is read.
        var together = !DriftMethods.IsBinned(method) || sturges || monitor.Effect is not null;
        var referenceQuantiles = LinearQuantiles.Of(reference.Values, levels.ToArray());
        var referencePercentiles = referenceQuantiles[..ColumnDrift.PercentileLevels.Length];
        var cuts = cutLevels > 1 ? Edges(null, referenceQuantiles[ColumnDrift.PercentileLevels.Length..]) : null;
        var edges = binned && !sturges ? (quantileBins ? cuts : Edges(monitor, null)) : null;
        var referenceCounts = edges is null ? null : BinCounts.UpperClosed(reference.Values, edges);
        var pictureEdges = picture ? cuts : null;
        var referencePicture = pictureEdges is null ? null : quantileBins ? referenceCounts : BinCounts.UpperClosed(reference.Values, pictureEdges);
        var outside = Outside(reference.Values, current.Minimum, current.Maximum);
        if (!together)
        {
            reference.Release();
        }

        var currentPercentiles = LinearQuantiles.Of(current.Values, ColumnDrift.PercentileLevels);
        var median = $"median {ValueFormat.Short(referencePercentiles[1])} → {ValueFormat.Short(currentPercentiles[1])}";
        var currentCounts = edges is null ? null : BinCounts.UpperClosed(current.Values, edges);
        var bins = !binned ? null
            : sturges ? SturgesCounts(reference.Values, current.Values)
            : new BinnedCounts(EdgeLabels(edges!), referenceCounts!, currentCounts!, "bin"); // edges and counts are set for binned methods without Sturges
        var pictured = pictureEdges is null ? null : new BinnedPicture(pictureEdges, referencePicture!, quantileBins ? currentCounts! : BinCounts.UpperClosed(current.Values, pictureEdges)); // counted with the edges
        var percentileTable = new EvidenceTable("percentiles", ["percentile", "reference", "current"],
        [
            ["p5", referencePercentiles[0], currentPercentiles[0]],
            ["p50", referencePercentiles[1], currentPercentiles[1]],
            ["p95", referencePercentiles[2], currentPercentiles[2]],
        ]);

        ColumnDrift drift;
        switch (method)
        {
            case DriftMethod.Wasserstein:
                drift = Wasserstein(column, choice, reference.Values, current.Values);
                break;
            case DriftMethod.Energy:
                var energy = EnergyDistance.Between(reference.Values, current.Values);
                drift = new ColumnDrift(column, choice, Metric(method), energy.Normed)
                {
                    Statistic = energy.Value,
                    Finding = $"energy distance {ValueFormat.Short(energy.Value)} over √(reference std {ValueFormat.Short(energy.ReferenceStandardDeviation)}); {median}",
                    Tables = [percentileTable],
                };
                break;
            case DriftMethod.KolmogorovSmirnov:
                var ks = KolmogorovSmirnovTest.Between(reference.Values, current.Values);
                drift = Test(column, choice, ks.Statistic, ks.PValue, $"D {ValueFormat.Short(ks.Statistic)}, p {ValueFormat.Short(ks.PValue)} ({(ks.IsExact ? "exact" : "asymptotic")}); {median}", percentileTable);
                break;
            case DriftMethod.AndersonDarling:
                var ad = AndersonDarlingTest.Between(reference.Values, current.Values);
                drift = Test(column, choice, ad.Statistic, ad.PValue, $"T {ValueFormat.Short(ad.Statistic)}, significance level {ValueFormat.Short(ad.PValue)} (capped to 0.001–0.25); {median}", percentileTable);
                break;
            case DriftMethod.CramerVonMises:
                var cvm = CramerVonMisesTest.Between(reference.Values, current.Values);
                drift = Test(column, choice, cvm.Statistic, cvm.PValue, $"T {ValueFormat.Short(cvm.Statistic)}, p {ValueFormat.Short(cvm.PValue)} ({(cvm.IsExact ? "exact" : "asymptotic")}); {median}", percentileTable);
                break;
            case DriftMethod.TwoProportionZ:
                throw new CheckException($"method z compares the two categories of a bool or text column, and '{column.Name}' is numeric");
            default:
                var binnedDrift = Binned(column, choice, bins!); // binned methods always have bins
                drift = binnedDrift with { Tables = [.. binnedDrift.Tables, percentileTable] };
                break;
        }

        drift = drift with
        {
            ReferencePercentiles = referencePercentiles,
            CurrentPercentiles = currentPercentiles,
            NonFinite = (reference.NonFinite, current.NonFinite),
            Effect = Effect(monitor, choice, column, bins, reference, current),
            Picture = pictured,
        };
        return drift with { Cause = NumericCause(reference, current, outside, referencePercentiles, currentPercentiles) };
    }

    private static ColumnDrift Categorical(ColumnDefinition column, DriftMethodChoice choice, AlignedCounts counts, MonitorDefinition monitor)
    {
        var method = choice.Method;
        if (DriftMethods.NeedsNumbers(method))
        {
            throw new CheckException($"{Word(method)} needs a numeric column, and '{column.Name}' holds categories");
        }

        ColumnDrift drift;
        if (method == DriftMethod.TwoProportionZ)
        {
            if (counts.Labels.Length > 2)
            {
                throw new CheckException($"method z compares two categories, and '{column.Name}' has {counts.Labels.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}; use chi-square");
            }

            var labels = counts.Labels.Length == 2 ? counts.Labels : [counts.Labels[0], "(none)"];
            long[] referenceCounts = counts.Labels.Length == 2 ? counts.Reference : [counts.Reference[0], 0];
            long[] currentCounts = counts.Labels.Length == 2 ? counts.Current : [counts.Current[0], 0];
            var z = TwoProportionZTest.FromCounts(referenceCounts, currentCounts);
            // Only the table of categories that moved; any distance would do to build it.
            var moves = Binned(column, new DriftMethodChoice(DriftMethod.TotalVariation, null), new BinnedCounts(labels, referenceCounts, currentCounts, "category"));
            drift = Test(column, choice, z.Statistic, z.PValue, $"share of '{labels[1]}' {ValueFormat.Percent(z.ReferenceProportion)} → {ValueFormat.Percent(z.CurrentProportion)}: z {ValueFormat.Short(z.Statistic)}, p {ValueFormat.Short(z.PValue)}", moves.Tables[0]);
        }
        else
        {
            drift = Binned(column, choice, new BinnedCounts(counts.Labels, counts.Reference, counts.Current, "category"));
        }

        var referenceTotal = Sum(counts.Reference);
        var currentTotal = Sum(counts.Current);
        var added = new List<KeyValuePair<string, double>>();
        var lost = new List<KeyValuePair<string, double>>();
        var moved = new List<(string Category, double Reference, double Current)>();
        for (var i = 0; i < counts.Labels.Length; i++)
        {
            var referenceShare = (double)counts.Reference[i] / referenceTotal;
            var currentShare = (double)counts.Current[i] / currentTotal;
            if (counts.Reference[i] == 0)
            {
                added.Add(new(counts.Labels[i], currentShare));
            }
            else if (counts.Current[i] == 0)
            {
                lost.Add(new(counts.Labels[i], referenceShare));
            }

            moved.Add((counts.Labels[i], referenceShare, currentShare));
        }

        added.Sort(ByShareDescending);
        lost.Sort(ByShareDescending);
        moved.Sort((a, b) =>
        {
            var order = Math.Abs(b.Current - b.Reference).CompareTo(Math.Abs(a.Current - a.Reference));
            return order != 0 ? order : string.CompareOrdinal(a.Category, b.Category);
        });

        var effect = Effect(monitor, choice, column, new BinnedCounts(counts.Labels, counts.Reference, counts.Current, "category"), null, null);
        var cause = counts.Labels.Length > 1 && Count(counts.Current) == 1 && Count(counts.Reference) > 1
            ? DriftCause.ConstantColumn
            : Total(added) >= NotableShare || Total(lost) >= NotableShare ? DriftCause.NewCategories : DriftCause.SmoothShift;
        return drift with
        {
            NearUniqueNote = NearUniqueColumn.Note(column.Name, Word(method), counts.Reference, counts.Current),
            NewCategories = added,
            LostCategories = lost,
            CategoryMoves = moved.GetRange(0, Math.Min(4, moved.Count)),
            Effect = effect,
            Cause = cause,
        };
    }

    private static int ByShareDescending(KeyValuePair<string, double> a, KeyValuePair<string, double> b)
    {
        var order = b.Value.CompareTo(a.Value);
        return order != 0 ? order : string.CompareOrdinal(a.Key, b.Key);
    }

    /// <summary>The cause a numeric column's drift points at, should it have drifted; nulls are judged by the caller.</summary>
    private static DriftCause NumericCause(ColumnSample reference, ColumnSample current, (long Above, long Below) outside, double[] referencePercentiles, double[] currentPercentiles)
    {
        if (current.Minimum == current.Maximum && reference.Minimum != reference.Maximum)
        {
            return DriftCause.ConstantColumn;
        }

        // p5, p50 and p95 all multiplied by about one factor of at least 2 (or at most ½): the units, window or
        // aggregation changed upstream, which a population seldom does to every percentile alike.
        double smallest = double.PositiveInfinity, largest = 0, product = 1;
        for (var i = 0; i < referencePercentiles.Length; i++)
        {
            var ratio = currentPercentiles[i] / referencePercentiles[i];
            smallest = Math.Min(smallest, ratio);
            largest = Math.Max(largest, ratio);
            product *= ratio;
        }

        var factor = Math.Pow(product, 1.0 / referencePercentiles.Length);
        if (smallest > 0 && double.IsFinite(largest) && largest <= ScaleAgreement * smallest && (factor <= 1 / ScaleFactor || factor >= ScaleFactor))
        {
            return DriftCause.ScaleChange;
        }

        // Cut at one end while staying within the reference at the other: a shift moves both ends.
        var limit = NotableShare * reference.ValueCount;
        var cutAbove = outside.Above >= limit && current.Minimum >= reference.Minimum;
        var cutBelow = outside.Below >= limit && current.Maximum <= reference.Maximum;
        return cutAbove || cutBelow ? DriftCause.RangeTruncation : DriftCause.SmoothShift;
    }

    /// <summary>How many reference values lie above the current maximum and below the current minimum.</summary>
    private static (long Above, long Below) Outside(ReadOnlySpan<double> reference, double currentMinimum, double currentMaximum)
    {
        long above = 0, below = 0;
        foreach (var value in reference)
        {
            above += value > currentMaximum ? 1 : 0;
            below += value < currentMinimum ? 1 : 0;
        }

        return (above, below);
    }

    /// <summary>Both samples counted into Sturges bins over their joint range.</summary>
    private static BinnedCounts SturgesCounts(ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        var sturges = SturgesBins.FromSamples(reference, current);
        var labels = new string[sturges.BinCount];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = "[" + ValueFormat.Number(sturges.Edges[i]) + ", " + ValueFormat.Number(sturges.Edges[i + 1]) + (i == labels.Length - 1 ? "]" : ")");
        }

        return new BinnedCounts(labels, sturges.Count(reference), sturges.Count(current), "bin");
    }

    /// <summary>The inner edges of the bins: fixed in the monitor, or the reference's quantiles (sorted, duplicates removed, as <see cref="QuantileBins"/> cuts).</summary>
    private static double[] Edges(MonitorDefinition? monitor, double[]? referenceQuantiles)
    {
        if (monitor?.Edges is { } fixedEdges)
        {
            return [.. fixedEdges];
        }

        var edges = referenceQuantiles!.ToArray(); // the caller passes quantiles whenever the edges are not fixed
        Array.Sort(edges);
        var distinct = 1;
        for (var i = 1; i < edges.Length; i++)
        {
            if (edges[i] != edges[distinct - 1])
            {
                edges[distinct++] = edges[i];
            }
        }

        return edges[..distinct];
    }

    private static string[] EdgeLabels(double[] edges)
    {
        var names = new string[edges.Length + 1];
        for (var i = 0; i < names.Length; i++)
        {
            var lower = i == 0 ? "(-inf" : "(" + ValueFormat.Number(edges[i - 1]);
            var upper = i == names.Length - 1 ? "+inf)" : ValueFormat.Number(edges[i]) + "]";
            names[i] = lower + ", " + upper;
        }

        return names;
    }

    private static ColumnDrift Test(ColumnDefinition column, DriftMethodChoice choice, double statistic, double pValue, string finding, EvidenceTable table) =>
        new(column, choice, Metric(choice.Method), pValue)
        {
            Statistic = statistic,
            PValue = pValue,
            Finding = finding,
            Tables = [table],
        };

    /// <summary>A binned method on aligned counts, with the bins or categories that moved most as evidence.</summary>
    private static ColumnDrift Binned(ColumnDefinition column, DriftMethodChoice choice, BinnedCounts counts)
    {
        var method = choice.Method;
        var (labels, referenceCounts, currentCounts, unit) = counts;
        double value;
        double? statistic = null, pValue = null;
        double[]? contributions = null;
        var prefix = string.Empty;
        switch (method)
        {
            case DriftMethod.Psi:
                var psi = PopulationStabilityIndex.FromCounts(referenceCounts, currentCounts);
                value = psi.Value;
                contributions = [.. psi.BinContributions];
                break;
            case DriftMethod.ChiSquare:
                var chi = ChiSquareTest.FromCounts(referenceCounts, currentCounts);
                (value, statistic, pValue) = (chi.PValue, chi.Statistic, chi.PValue);
                prefix = $"chi-square {ValueFormat.Short(chi.Statistic)} on {chi.DegreesOfFreedom.ToString(System.Globalization.CultureInfo.InvariantCulture)} df, p {ValueFormat.Short(chi.PValue)}; ";
                break;
            default:
                value = Distance(method, referenceCounts, currentCounts);
                break;
        }

        var referenceTotal = Sum(referenceCounts);
        var currentTotal = Sum(currentCounts);
        var order = new int[labels.Length];
        var shift = new double[labels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            shift[i] = Math.Abs(((double)currentCounts[i] / currentTotal) - ((double)referenceCounts[i] / referenceTotal));
        }

        Array.Sort(order, (a, b) =>
        {
            var byShift = shift[b].CompareTo(shift[a]);
            return byShift != 0 ? byShift : a.CompareTo(b);
        });

        var columns = contributions is null
            ? new[] { unit, "reference share", "current share" }
            : new[] { unit, "reference share", "current share", "psi contribution" };
        var rows = new List<IReadOnlyList<EvidenceCell>>();
        var moves = new List<string>();
        for (var k = 0; k < order.Length && k < ShownBins; k++)
        {
            var i = order[k];
            var referenceShare = (double)referenceCounts[i] / referenceTotal;
            var currentShare = (double)currentCounts[i] / currentTotal;
            rows.Add(contributions is null
                ? [labels[i], referenceShare, currentShare]
                : [labels[i], referenceShare, currentShare, contributions[i]]);
            if (k < 2 && shift[i] > 0)
            {
                var note = referenceCounts[i] == 0 ? " (new)" : currentCounts[i] == 0 ? " (gone)" : string.Empty;
                moves.Add($"{(unit == "category" ? "'" + labels[i] + "'" : labels[i])}{note} {ValueFormat.Percent(referenceShare)} → {ValueFormat.Percent(currentShare)}");
            }
        }

        var plural = unit == "category" ? "categories" : unit + "s";
        var finding = moves.Count == 0
            ? $"{prefix}{ValueFormat.Count(labels.Length)} {plural}, shares unchanged"
            : $"{prefix}largest moves: {string.Join("; ", moves)} (over {ValueFormat.Count(labels.Length)} {plural})";
        var title = unit == "category" ? "categories that moved most" : "bins that moved most";
        return new ColumnDrift(column, choice, Metric(method), value)
        {
            Statistic = statistic,
            PValue = pValue,
            Finding = finding,
            Tables = [new EvidenceTable(title, columns, rows)],
        };
    }

    private static ColumnDrift Wasserstein(ColumnDefinition column, DriftMethodChoice choice, ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        var distance = WassersteinDistance.Between(reference, current);

        // Selected rather than sorted: the distance has already sorted its own copies, and two more here
        // would double what a column of a million rows holds at once.
        double[] levels = [0.1, 0.25, 0.5, 0.75, 0.9];
        var referenceQuantiles = LinearQuantiles.Of(reference, levels);
        var currentQuantiles = LinearQuantiles.Of(current, levels);
        var rows = new List<IReadOnlyList<EvidenceCell>>();
        for (var i = 0; i < levels.Length; i++)
        {
            rows.Add([$"p{levels[i] * 100:0}", referenceQuantiles[i], currentQuantiles[i]]);
        }

        var finding = $"distance {ValueFormat.Short(distance.Value)} over reference std {ValueFormat.Short(distance.ReferenceStandardDeviation)}; median {ValueFormat.Short(referenceQuantiles[2])} → {ValueFormat.Short(currentQuantiles[2])}";
        return new ColumnDrift(column, choice, Metric(DriftMethod.Wasserstein), distance.Normed)
        {
            Statistic = distance.Value,
            Finding = finding,
            Tables = [new EvidenceTable("quantiles", ["quantile", "reference", "current"], rows)],
        };
    }

    /// <summary>The effect size a p-value test asks for, on the same bins or values; null when none is asked for or it does not apply.</summary>
    private static double? Effect(MonitorDefinition monitor, DriftMethodChoice choice, ColumnDefinition column, BinnedCounts? bins, ColumnSample? reference, ColumnSample? current)
    {
        if (monitor.Effect is not { } effect || !DriftMethods.IsPValueTest(choice.Method) || !DriftMethods.AppliesTo(effect.Method, column.Type))
        {
            return null;
        }

        return effect.Method switch
        {
            DriftMethod.Wasserstein => WassersteinDistance.Between(reference!.Values, current!.Values).Normed, // numeric columns pass their samples
            DriftMethod.Energy => EnergyDistance.Between(reference!.Values, current!.Values).Normed, // numeric columns pass their samples
            DriftMethod.Psi => PopulationStabilityIndex.FromCounts(bins!.Reference, bins.Current).Value, // binned effects always have bins
            _ => Distance(effect.Method, bins!.Reference, bins.Current), // binned effects always have bins
        };
    }

    private static double Distance(DriftMethod method, long[] reference, long[] current) => method switch
    {
        DriftMethod.JensenShannon => JensenShannonDistance.FromCounts(reference, current),
        DriftMethod.KullbackLeibler => KullbackLeiblerDivergence.FromCounts(reference, current),
        DriftMethod.Hellinger => HellingerDistance.FromCounts(reference, current),
        DriftMethod.TotalVariation => TotalVariationDistance.FromCounts(reference, current),
        DriftMethod.LInfinity => LInfinityDistance.FromCounts(reference, current),
        DriftMethod.Psi => PopulationStabilityIndex.FromCounts(reference, current).Value,
        _ => throw new CheckException($"method {Word(method)} does not compare counts"),
    };

    private static MetricDescription Metric(DriftMethod method) => MetricCatalog.Describe(CheckKind.Drift, method);

    private static string Word(DriftMethod method) => Definitions.Yaml.YamlWords.Of(method);

    /// <remarks>
    /// A side without a single finite value is an error, not the most extreme drift: every method here compares
    /// two distributions of finite values (bins, quantiles, an empirical CDF), and an empty one has no share in
    /// any bin and no quantile, so no statistic exists to judge against the thresholds; a value made up for it
    /// (PSI of ∞, D of 1) would look measured when it was not. The error names what the column holds instead,
    /// so a column of NaN is not mistaken for a column of nulls; catching such a column is the job of a
    /// validity or completeness monitor.
    /// </remarks>
    private static void RequireValues(string column, ColumnSample sample, string snapshot)
    {
        if (sample.ValueCount > 0)
        {
            return;
        }

        if (sample.NonFinite == 0)
        {
            throw new CheckException($"column '{column}' has no non-null values in the {snapshot} snapshot to compare");
        }

        var held = new List<string>();
        void Add(long count, string what)
        {
            if (count > 0)
            {
                held.Add($"{ValueFormat.Count(count)} {what}");
            }
        }

        Add(sample.NotANumber, "NaN");
        Add(sample.PositiveInfinities, "+inf");
        Add(sample.NegativeInfinities, "-inf");
        Add(sample.Nulls, sample.Nulls == 1 ? "null" : "nulls");
        throw new CheckException($"column '{column}' has no finite values in the {snapshot} snapshot to compare: its {ValueFormat.Count(sample.Rows)} rows hold {string.Join(", ", held)}");
    }

    private static long Sum(long[] counts)
    {
        long total = 0;
        foreach (var count in counts)
        {
            total += count;
        }

        return total;
    }

    private static int Count(long[] counts)
    {
        var present = 0;
        foreach (var count in counts)
        {
            present += count > 0 ? 1 : 0;
        }

        return present;
    }

    private static double Total(List<KeyValuePair<string, double>> shares)
    {
        var total = 0.0;
        foreach (var share in shares)
        {
            total += share.Value;
        }

        return total;
    }

    /// <summary>Two categorical samples counted over the union of their categories.</summary>
    private sealed record AlignedCounts(string[] Labels, long[] Reference, long[] Current);

    /// <summary>Aligned counts with their labels; <see cref="Unit"/> is <c>bin</c> or <c>category</c>.</summary>
    private sealed record BinnedCounts(string[] Labels, long[] Reference, long[] Current, string Unit);
}
