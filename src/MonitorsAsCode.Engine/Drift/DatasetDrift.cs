using System.Globalization;
using System.Text;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Checks;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// A drift monitor over many columns (<c>columns: [..]</c>, <c>roles: [feature]</c> or <c>columns: all</c>):
/// each column is measured by the monitor's method (or what <c>auto</c> picks for it) and judged by that
/// method's default thresholds, p-values first corrected for testing many columns at once. The value is the
/// share of columns that drifted, each weighted by its <c>importance</c>, which the monitor's thresholds map to
/// info (within warn), investigate (beyond warn) or act (beyond fail); the evidence ranks the columns by
/// severity with how each moved and the suspected cause.
/// </summary>
internal static class DatasetDrift
{
    /// <summary>How many drifting columns the one-line summary names.</summary>
    public const int SummaryColumns = 3;

    /// <summary>Measures a dataset drift monitor whose columns the planner has resolved.</summary>
    /// <exception cref="CheckException">No column could be compared.</exception>
    public static Measurement Measure(CheckContext context)
    {
        var monitor = context.Monitor;
        var names = monitor.Columns.Count > 0 ? monitor.Columns : DriftColumns.Select(monitor, context.Dataset);
        var method = monitor.EffectiveMethod ?? DriftMethod.Auto;
        if (DriftMethods.IsMultivariate(method))
        {
            return DomainClassifierDrift.Measure(context, names);
        }

        var (measured, errors) = MeasureColumns(context, names, method);
        var columns = Judge(measured, monitor);
        if (columns.Count == 0)
        {
            throw new CheckException($"no column could be compared: {string.Join("; ", errors.Where(e => e is not null))}");
        }

        double weight = 0, drifted = 0;
        var driftedCount = 0;
        foreach (var column in columns)
        {
            weight += column.Weight;
            if (column.Drifted)
            {
                drifted += column.Weight;
                driftedCount++;
            }
        }

        // With every importance 0 nothing can count; the plain share is the honest fallback.
        var value = weight > 0 ? drifted / weight : (double)driftedCount / columns.Count;
        var ranked = Ranked(columns);
        var tables = new List<EvidenceTable> { RankingTable(ranked), MethodTable(columns), NullTable(columns) };
        var failed = new List<IReadOnlyList<EvidenceCell>>();
        for (var i = 0; i < names.Count; i++)
        {
            if (errors[i] is { } error)
            {
                failed.Add([names[i], error]);
            }
        }

        if (failed.Count > 0)
        {
            tables.Add(new EvidenceTable("columns not compared", ["column", "reason"], failed));
        }

        var severity = StatusPolicy.Judge(value, monitor.Warn, monitor.Fail) switch
        {
            CheckStatus.Fail => Severity.Act,
            CheckStatus.Warn => Severity.Investigate,
            _ => Severity.Info,
        };
        return new Measurement(value, new Evidence(Summary(ranked, driftedCount, value, failed.Count, weight, severity), tables));
    }

    /// <summary>
    /// Measures each column on its own, in parallel, in declared order: a column that cannot be compared gets its reason
    /// in <c>Errors</c>; a column that did not fit the memory limit, or could not be read, fails the whole monitor.
    /// </summary>
    private static (ColumnDrift?[] Measured, string?[] Errors) MeasureColumns(CheckContext context, IReadOnlyList<string> names, DriftMethod method)
    {
        var monitor = context.Monitor;
        var referenceFacts = context.RequireReference();
        var measured = new ColumnDrift?[names.Count];
        var errors = new string?[names.Count];

        // Columns are independent: measure them in parallel, each into its own slot, so the order stays the declared one.
        // One column per core at a time: more would only hold more samples in memory at once.
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var failures = new Exception?[names.Count];
        Parallel.For(0, names.Count, parallelism, i =>
        {
            var name = names[i];
            try
            {
                var column = context.Dataset.FindColumn(name) ?? throw new CheckException($"dataset '{context.Dataset.Id}' does not declare column '{name}'");
                using var slot = context.Current.HoldColumnSlot(name);
                using var reference = DriftCheck.Sample(referenceFacts, name);
                using var current = DriftCheck.Sample(context.Current, name);
                measured[i] = ColumnDriftMeasurer.MeasureOnce(context.Current, column, reference, current, monitor, method, picture: false);
            }
            catch (CheckException exception) when (exception is not Scanning.MemoryLimitException)
            {
                errors[i] = exception.Message;
            }
            catch (Exception exception)
            {
                failures[i] = exception;
            }
        });

        // A column that did not fit the memory limit, or could not be read, leaves the whole monitor unmeasured rather than
        // judged on the columns that happened to fit; the first column's in declared order, whatever the threads did.
        foreach (var failure in failures)
        {
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }

        return (measured, errors);
    }

    /// <summary>Corrects the p-values of the measured columns together, then judges each by its method's default thresholds.</summary>
    private static List<ColumnDrift> Judge(ColumnDrift?[] measured, MonitorDefinition monitor)
    {
        var tested = new List<int>();
        var pValues = new List<double>();
        for (var i = 0; i < measured.Length; i++)
        {
            if (measured[i]?.PValue is { } p)
            {
                tested.Add(i);
                pValues.Add(p);
            }
        }

        var adjusted = AdjustPValues(pValues, monitor.Correction ?? PValueCorrection.BenjaminiHochberg);
        var correct = (monitor.Correction ?? PValueCorrection.BenjaminiHochberg) != PValueCorrection.None;
        for (var k = 0; k < tested.Count; k++)
        {
            var index = tested[k];
            measured[index] = measured[index]! with { AdjustedPValue = correct ? adjusted[k] : null }; // indices of measured columns only
        }

        var judged = new List<ColumnDrift>();
        foreach (var drift in measured)
        {
            if (drift is not null)
            {
                judged.Add(ColumnDriftJudge.Judge(drift, DriftMethods.DefaultThresholds(drift.Method), monitor));
            }
        }

        return judged;
    }

    /// <summary>Worst first: failing, then warning columns; within a status the more important, then the further beyond its limit.</summary>
    private static List<ColumnDrift> Ranked(List<ColumnDrift> columns)
    {
        var ranked = new List<ColumnDrift>(columns);
        ranked.Sort((a, b) =>
        {
            var order = b.Status.CompareTo(a.Status);
            if (order == 0)
            {
                order = (b.Weight * Excess(b)).CompareTo(a.Weight * Excess(a));
            }

            return order != 0 ? order : string.CompareOrdinal(a.Column.Name, b.Column.Name);
        });
        return ranked;
    }

    /// <summary>How far a column is past its fail limit: 1 at the limit; for p-values on a log scale.</summary>
    private static double Excess(ColumnDrift drift)
    {
        var fail = drift.Thresholds.Fail;
        if (drift.Metric.SmallerIsWorse && fail?.Below is { } below)
        {
            return Math.Log(Math.Max(drift.JudgedValue, 1e-300)) / Math.Log(below);
        }

        return fail?.Above is { } above && above > 0 ? drift.JudgedValue / above : drift.JudgedValue;
    }

    private static string Summary(List<ColumnDrift> ranked, int driftedCount, double value, int notCompared, double weight, Severity severity)
    {
        var text = new StringBuilder();
        var total = ranked.Count;
        text.Append(Count(driftedCount)).Append(" of ").Append(Count(total)).Append(total == 1 ? " column drifted" : " columns drifted");
        var weighted = false;
        foreach (var column in ranked)
        {
            weighted |= column.Column.Importance is not null;
        }

        if (weighted && weight > 0)
        {
            text.Append(" (").Append(ValueFormat.Percent(value)).Append(" of the importance)");
        }

        text.Append(" → ").Append(Definitions.Yaml.YamlWords.Of(severity));

        var named = 0;
        foreach (var column in ranked)
        {
            if (!column.Drifted || named == SummaryColumns)
            {
                break;
            }

            text.Append(named == 0 ? ": " : "; ");
            text.Append(column.Column.Name);
            if (column.Column.Role == ColumnRole.Prediction)
            {
                text.Append(" (prediction)");
            }

            text.Append(' ').Append(Word(column.Method)).Append(column.PValue is null ? " " : " p ").Append(ValueFormat.Short(column.JudgedValue))
                .Append(", ").Append(ColumnDriftJudge.CauseWord(column.Cause));
            named++;
        }

        if (driftedCount > named)
        {
            text.Append("; ").Append(Count(driftedCount - named)).Append(" more");
        }

        var nearUnique = new List<string>();
        foreach (var column in ranked)
        {
            if (column.NearUniqueNote is not null)
            {
                nearUnique.Add("'" + column.Column.Name + "'");
            }
        }

        if (nearUnique.Count > 0)
        {
            nearUnique.Sort(StringComparer.Ordinal);
            text.Append("; warning: near-unique (id-like) ").Append(nearUnique.Count == 1 ? "column " : "columns ").Append(string.Join(", ", nearUnique))
                .Append(" compared by category counts, which says nothing about them");
        }

        if (notCompared > 0)
        {
            text.Append("; ").Append(Count(notCompared)).Append(notCompared == 1 ? " column could not be compared" : " columns could not be compared");
        }

        return text.ToString();
    }

    private static EvidenceTable RankingTable(List<ColumnDrift> ranked)
    {
        var rows = new List<IReadOnlyList<EvidenceCell>>();
        foreach (var column in ranked)
        {
            rows.Add(
            [
                column.Column.Name,
                Definitions.Yaml.YamlWords.Of(column.Column.Role),
                column.Weight,
                Word(column.Method),
                column.Value,
                Limit(column.Thresholds.Fail),
                Optional(column.PValue),
                Optional(column.AdjustedPValue),
                CheckStatusWords.Of(column.Status),
                ColumnDriftJudge.Moved(column),
                column.Drifted ? ColumnDriftJudge.CauseWord(column.Cause) : string.Empty,
            ]);
        }

        return new EvidenceTable("drifting columns", ["column", "role", "importance", "method", "value", "fail", "p-value", "adjusted p-value", "status", "moved", "suspected cause"], rows);
    }

    private static EvidenceTable MethodTable(List<ColumnDrift> columns)
    {
        var rows = new List<IReadOnlyList<EvidenceCell>>();
        foreach (var column in columns)
        {
            rows.Add([column.Column.Name, Word(column.Method), column.Choice.Reason ?? "written in the monitor"]);
        }

        return new EvidenceTable("methods", ["column", "method", "why"], rows);
    }

    private static EvidenceTable NullTable(List<ColumnDrift> columns)
    {
        var rows = new List<IReadOnlyList<EvidenceCell>>();
        foreach (var column in columns)
        {
            rows.Add([column.Column.Name, column.Nulls.Reference, column.Nulls.Current, column.Nulls.Current - column.Nulls.Reference, column.Nulls.PValue]);
        }

        return new EvidenceTable("null share", ["column", "reference", "current", "change", "p-value"], rows);
    }

    private static EvidenceCell Limit(Threshold? threshold) => threshold switch
    {
        { Above: { } above } => above,
        { Below: { } below } => "< " + ValueFormat.Number(below),
        _ => "-",
    };

    private static EvidenceCell Optional(double? value) => value is { } number ? number : "-";

    private static string Word(DriftMethod method) => Definitions.Yaml.YamlWords.Of(method);

    private static string Count(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Adjusts <paramref name="pValues"/> by <paramref name="correction"/>; the result is in the same order.</summary>
    internal static double[] AdjustPValues(IReadOnlyList<double> pValues, PValueCorrection correction) => correction switch
    {
        PValueCorrection.BenjaminiHochberg => PValueAdjustment.BenjaminiHochberg(pValues),
        PValueCorrection.Bonferroni => PValueAdjustment.Bonferroni(pValues),
        _ => [.. pValues],
    };
}
