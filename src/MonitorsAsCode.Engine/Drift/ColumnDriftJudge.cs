using System.Text;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// Judges a measured column: its value against thresholds, a significant p-value against the effect size
/// the monitor requires, and the change of null share against <c>null_share_change</c>; then names the
/// suspected cause of a column that drifted.
/// </summary>
internal static class ColumnDriftJudge
{
    /// <summary>How many gained or lost categories the evidence lists by name.</summary>
    public const int ShownCategories = 20;

    public static ColumnDrift Judge(ColumnDrift drift, ThresholdPair thresholds, MonitorDefinition monitor)
    {
        var status = double.IsNaN(drift.JudgedValue) ? CheckStatus.Pass : StatusPolicy.Judge(drift.JudgedValue, thresholds.Warn, thresholds.Fail);
        string? effectNote = null;
        if (status is CheckStatus.Warn or CheckStatus.Fail && drift.Effect is { } effect && monitor.Effect is { } wanted && effect < wanted.Minimum)
        {
            status = CheckStatus.Pass;
            effectNote = $"p {ValueFormat.Short(drift.JudgedValue)} is significant, but {Word(wanted.Method)} {ValueFormat.Short(effect)} is under the effect minimum {ValueFormat.Short(wanted.Minimum)}: statistical, not practical drift";
        }

        var nullStatus = monitor.NullShareChange is { } limits
            ? StatusPolicy.Judge(drift.Nulls.Change, limits.Warn, limits.Fail)
            : CheckStatus.Pass;
        if (nullStatus > status)
        {
            status = nullStatus;
        }

        var drifted = status is CheckStatus.Warn or CheckStatus.Fail;
        var cause = !drifted ? DriftCause.None
            : drift.Cause == DriftCause.ConstantColumn ? DriftCause.ConstantColumn
            : drift.Nulls.IsNotable || nullStatus != CheckStatus.Pass ? DriftCause.Nulls
            : drift.Cause;
        return drift with { Thresholds = thresholds, Status = status, EffectNote = effectNote, Cause = cause };
    }

    /// <summary>The one-column summary: what auto picked, the method's finding, the null share and the cause.</summary>
    public static string Summary(ColumnDrift drift, MonitorDefinition monitor)
    {
        var text = new StringBuilder();
        if (drift.Choice.Reason is not null)
        {
            text.Append("auto picked ").Append(Word(drift.Method)).Append("; ");
        }

        if (drift.NearUniqueNote is { } nearUnique)
        {
            text.Append(nearUnique).Append("; ");
        }

        if (drift.EffectNote is { } note)
        {
            text.Append(note).Append("; ");
        }

        text.Append(drift.Finding);
        if (drift.Nulls.IsNotable || (monitor.NullShareChange is not null && drift.Nulls.Change > 0))
        {
            text.Append("; ").Append(NullText(drift.Nulls));
        }

        if (drift.Cause != DriftCause.None)
        {
            text.Append("; suspected cause: ").Append(CauseWord(drift.Cause));
        }

        if (drift.NonFinite.Reference + drift.NonFinite.Current > 0)
        {
            text.Append("; NaN/infinite values left out: ").Append(ValueFormat.Count(drift.NonFinite.Reference))
                .Append(" in reference, ").Append(ValueFormat.Count(drift.NonFinite.Current)).Append(" in current");
        }

        return text.ToString();
    }

    /// <summary><c>null share 0.0% → 12.0% (p 1E-30)</c>.</summary>
    public static string NullText(NullShareShift nulls) =>
        $"null share {ValueFormat.Percent(nulls.Reference)} → {ValueFormat.Percent(nulls.Current)} (p {ValueFormat.Short(nulls.PValue)})";

    /// <summary>The evidence table of a column's null share in both snapshots.</summary>
    public static EvidenceTable NullTable(ColumnDrift drift) =>
        new("null share", ["column", "reference", "current", "change", "p-value"],
        [
            [drift.Column.Name, drift.Nulls.Reference, drift.Nulls.Current, drift.Nulls.Current - drift.Nulls.Reference, drift.Nulls.PValue],
        ]);

    /// <summary>
    /// The evidence table of categories only one side holds, with the share of its sample they carry; null when
    /// there are none. Only the <see cref="ShownCategories"/> largest by share are listed (ties in ordinal order of
    /// the category, then new before gone), then one row counting the rest: a column of ids can gain and lose
    /// hundreds of thousands of categories, and the table goes into every report, JUnit file and wiki page.
    /// </summary>
    public static EvidenceTable? CategorySetTable(ColumnDrift drift)
    {
        var total = drift.NewCategories.Count + drift.LostCategories.Count;
        if (total == 0)
        {
            return null;
        }

        var changes = new List<(string Category, bool Added, double Share)>(total);
        foreach (var added in drift.NewCategories)
        {
            changes.Add((added.Key, true, added.Value));
        }

        foreach (var lost in drift.LostCategories)
        {
            changes.Add((lost.Key, false, lost.Value));
        }

        changes.Sort((a, b) =>
        {
            var order = b.Share.CompareTo(a.Share);
            order = order != 0 ? order : string.CompareOrdinal(a.Category, b.Category);
            return order != 0 ? order : b.Added.CompareTo(a.Added);
        });

        var rows = new List<IReadOnlyList<EvidenceCell>>();
        var shownAdded = 0;
        for (var i = 0; i < changes.Count && i < ShownCategories; i++)
        {
            rows.Add([changes[i].Category, changes[i].Added ? "new" : "gone", changes[i].Share]);
            shownAdded += changes[i].Added ? 1 : 0;
        }

        if (total > ShownCategories)
        {
            var restAdded = drift.NewCategories.Count - shownAdded;
            var restLost = total - ShownCategories - restAdded;
            rows.Add(
            [
                $"and {ValueFormat.Count(total - ShownCategories)} more categories gained or lost",
                $"{ValueFormat.Count(restAdded)} new, {ValueFormat.Count(restLost)} gone",
                string.Empty,
            ]);
        }

        return new EvidenceTable("categories gained or lost", ["category", "change", "share of its sample"], rows);
    }

    /// <summary>How the distribution moved, in a few words: percentiles, or the categories that gained and lost share.</summary>
    public static string Moved(ColumnDrift drift)
    {
        if (drift.ReferencePercentiles is { } before && drift.CurrentPercentiles is { } after)
        {
            return $"p5 {ValueFormat.Short(before[0])} → {ValueFormat.Short(after[0])}, p50 {ValueFormat.Short(before[1])} → {ValueFormat.Short(after[1])}, p95 {ValueFormat.Short(before[2])} → {ValueFormat.Short(after[2])}";
        }

        var moves = new List<string>();
        foreach (var (category, reference, current) in drift.CategoryMoves)
        {
            if (moves.Count == 2 || reference == current)
            {
                break;
            }

            var note = reference == 0 ? " (new)" : current == 0 ? " (gone)" : string.Empty;
            moves.Add($"'{category}'{note} {ValueFormat.Percent(reference)} → {ValueFormat.Percent(current)}");
        }

        return moves.Count == 0 ? "shares unchanged" : string.Join("; ", moves);
    }

    /// <summary>The words for a cause, as the evidence and the docs write them.</summary>
    public static string CauseWord(DriftCause cause) => cause switch
    {
        DriftCause.ConstantColumn => "constant column",
        DriftCause.Nulls => "nulls",
        DriftCause.NewCategories => "new or lost categories",
        DriftCause.ScaleChange => "scale change",
        DriftCause.RangeTruncation => "range truncation",
        DriftCause.SmoothShift => "smooth shift",
        _ => "none",
    };

    private static string Word(DriftMethod method) => Definitions.Yaml.YamlWords.Of(method);
}
