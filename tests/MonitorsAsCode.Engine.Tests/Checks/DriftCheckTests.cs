using System.Globalization;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Results;

namespace MonitorsAsCode.Engine.Tests.Checks;

[UseCulture("de-DE")]
public sealed class DriftCheckTests : IDisposable
{
    private const double ZeroShare = 0.0001;

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_category_only_in_the_current_is_named_new_and_one_only_in_the_reference_gone()
    {
        Write(reference: Csv(method: ["card", "card", "card", "card", "cash", "cash", "cash", "cash"]), current: Csv(method: ["card", "card", "card", "card", "crypto", "crypto", "crypto", "crypto"]));

        var result = Run("column: method\n    warn: 0.1\n    fail: 0.25");

        var moved = (0.5 - ZeroShare) * Math.Log(0.5 / ZeroShare);
        result.Value.Should().BeApproximately(2 * moved, 1e-12);
        result.Status.Should().Be(CheckStatus.Fail);
        result.Method.Should().Be(MonitorsAsCode.Definitions.Monitors.DriftMethod.Psi);
        result.Evidence.Summary.Should().Be("largest moves: 'cash' (gone) 50.0% → 0.0%; 'crypto' (new) 0.0% → 50.0% (over 3 categories); suspected cause: new or lost categories");
        var table = EvidenceText.Table(result.Evidence, "categories that moved most");
        table.Columns.Should().Equal("category", "reference share", "current share", "psi contribution");
        table.Rows.Select(r => (r[0].Text, r[1].Number, r[2].Number)).Should().Equal(("cash", 0.5, 0.0), ("crypto", 0.0, 0.5), ("card", 0.5, 0.5));
        table.Rows[0][3].Number.Should().BeApproximately(moved, 1e-12);
        table.Rows[2][3].Number.Should().Be(0);
    }

    [Fact]
    public void Bins_that_moved_most_are_listed_with_their_edges()
    {
        Write(reference: Csv(x: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]), current: Csv(x: ["10", "10", "10", "10", "10", "10", "10", "10", "10", "10"]));

        var result = Run("column: x\n    fail: 0.25");

        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().Be("largest moves: (9.1, +inf) 10.0% → 100.0%; (-inf, 1.9] (gone) 10.0% → 0.0% (over 10 bins); suspected cause: constant column");
        var table = EvidenceText.Table(result.Evidence, "bins that moved most");
        table.Columns.Should().Equal("bin", "reference share", "current share", "psi contribution");
        table.Rows.Select(r => r[0].Text).Should().Equal("(9.1, +inf)", "(-inf, 1.9]", "(1.9, 2.8]", "(2.8, 3.7]", "(3.7, 4.6]");
        var expected = ((0.1 - 1.0) * Math.Log(0.1 / 1.0)) + (9 * (0.1 - ZeroShare) * Math.Log(0.1 / ZeroShare));
        result.Value.Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void Identical_samples_have_no_drift_and_say_so()
    {
        string[] values = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
        Write(reference: Csv(x: values), current: Csv(x: values));

        var psi = Run("column: x\n    fail: 0");
        var js = Run("column: x\n    method: jensen-shannon\n    fail: 0");

        psi.Value.Should().Be(0);
        psi.Status.Should().Be(CheckStatus.Pass);
        psi.Evidence.Summary.Should().Be("10 bins, shares unchanged");
        js.Value.Should().Be(0);
        js.Evidence.Summary.Should().Be("10 bins, shares unchanged");
    }

    [Fact]
    public void The_bins_option_sets_the_number_of_quantile_bins()
    {
        Write(reference: Csv(x: ["1", "2", "3", "4", "5", "6", "7", "8"]), current: Csv(x: ["1", "1", "1", "1", "8", "8", "8", "8"]));

        var result = Run("column: x\n    bins: 4\n    fail: 1");

        result.Evidence.Summary.Should().EndWith("(over 4 bins); suspected cause: smooth shift");
        EvidenceText.Table(result.Evidence, "bins that moved most").Rows.Should().HaveCount(4);
    }

    [Fact]
    public void Jensen_shannon_of_samples_without_a_common_category_is_its_maximum()
    {
        Write(reference: Csv(method: ["a", "a", "b", "b"]), current: Csv(method: ["c", "c", "c", "d"]));

        var result = Run("column: method\n    method: jensen-shannon\n    warn: 0.5");

        result.Value.Should().BeApproximately(Math.Sqrt(Math.Log(2)), 1e-15);
        result.Status.Should().Be(CheckStatus.Warn);
        result.Method.Should().Be(MonitorsAsCode.Definitions.Monitors.DriftMethod.JensenShannon);
        EvidenceText.Table(result.Evidence, "categories that moved most").Columns.Should().Equal("category", "reference share", "current share");
    }

    [Fact]
    public void Bool_columns_are_compared_as_two_categories()
    {
        Write(reference: Csv(flag: ["true", "false", "false", "false"]), current: Csv(flag: ["true", "true", "true", "false"]));

        var result = Run("column: flag\n    fail: 10");

        var expected = (2 * (0.75 - 0.25) * Math.Log(0.75 / 0.25));
        result.Value.Should().BeApproximately(expected, 1e-12);
        result.Evidence.Summary.Should().Be("largest moves: 'false' 75.0% → 25.0%; 'true' 25.0% → 75.0% (over 2 categories)");
    }

    [Theory]
    [InlineData("psi")]
    [InlineData("jensen-shannon")]
    [InlineData("wasserstein")]
    public void Nulls_are_left_out_of_the_comparison(string method)
    {
        Write(
            reference: Csv(x: ["1", "", "2", "3", "", "4", "5"], y: ["1", "2", "2", "3", "4", "4", "5"]),
            current: Csv(x: ["2", "", "3", "3", "4", "6", "6"], y: ["2", "3", "3", "4", "6", "6", "6"]));
        var withNulls = Run($"column: x\n    method: {method}\n    fail: 0.8");

        Write(reference: "x,y,method,flag\n1,1,a,true\n2,1,a,true\n3,1,a,true\n4,1,a,true\n5,1,a,true\n", current: "x,y,method,flag\n2,1,a,true\n3,1,a,true\n3,1,a,true\n4,1,a,true\n6,1,a,true\n6,1,a,true\n");
        var withoutNulls = Run($"column: x\n    method: {method}\n    fail: 0.8");

        withNulls.Value.Should().Be(withoutNulls.Value);
        withNulls.Evidence.Summary.Should().Be(withoutNulls.Evidence.Summary);
    }

    [Fact]
    public void Nulls_in_a_categorical_column_are_not_a_category()
    {
        Write(reference: Csv(method: ["a", "b", "", ""]), current: Csv(method: ["a", "b", "b", ""]));

        var result = Run("column: method\n    fail: 10");

        result.Evidence.Summary.Should().EndWith("(over 2 categories)");
        EvidenceText.Table(result.Evidence, "categories that moved most").Rows.Select(r => r[0].Text).Should().Equal("a", "b");
    }

    [Theory]
    [InlineData("psi")]
    [InlineData("jensen-shannon")]
    [InlineData("wasserstein")]
    public void NaN_and_infinite_values_are_left_out_and_counted_in_the_evidence(string method)
    {
        Write(
            reference: Csv(x: ["1", "2", "NaN", "3", "4", "5"]),
            current: Csv(x: ["2", "inf", "3", "3", "-Infinity", "4", "6", "6"]));
        var withNonFinite = Run($"column: x\n    method: {method}\n    fail: 0.8");

        Write(reference: Csv(x: ["1", "2", "3", "4", "5"]), current: Csv(x: ["2", "3", "3", "4", "6", "6"]));
        var finiteOnly = Run($"column: x\n    method: {method}\n    fail: 0.8");

        withNonFinite.Value.Should().Be(finiteOnly.Value);
        withNonFinite.Evidence.Summary.Should().Be(finiteOnly.Evidence.Summary + "; NaN/infinite values left out: 1 in reference, 2 in current");
    }

    [Fact]
    public void Wasserstein_is_normed_by_the_reference_spread_and_shows_quantiles()
    {
        Write(reference: Csv(x: ["0", "1", "2", "3", "4"]), current: Csv(x: ["1", "2", "3", "4", "5"]));

        var result = Run("column: x\n    method: wasserstein\n    warn: 0.5\n    fail: 1");

        result.Value.Should().BeApproximately(1 / Math.Sqrt(2), 1e-15, "the samples are one apart everywhere and the reference's population std is √2");
        result.Status.Should().Be(CheckStatus.Warn);
        result.Evidence.Summary.Should().Be("distance 1 over reference std 1.414; median 2 → 3; suspected cause: smooth shift");
        var table = EvidenceText.Table(result.Evidence, "quantiles");
        table.Columns.Should().Equal("quantile", "reference", "current");
        EvidenceText.Rows(table).Should().Equal("p10 | 0.4 | 1.4", "p25 | 1 | 2", "p50 | 2 | 3", "p75 | 3 | 4", "p90 | 3.6 | 4.6");
    }

    [Fact]
    public void Dates_are_binned_by_their_day_number()
    {
        var days = Enumerable.Range(0, 10).Select(i => new DateOnly(2026, 11, 1).AddDays(i)).ToArray();
        var referenceDays = days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var currentDays = days.Select(d => d.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var referenceNumbers = days.Select(d => (d.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber).ToString(CultureInfo.InvariantCulture)).ToArray();
        var currentNumbers = days.Select(d => (d.DayNumber + 5 - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber).ToString(CultureInfo.InvariantCulture)).ToArray();
        Write(reference: Csv(x: referenceNumbers, day: referenceDays), current: Csv(x: currentNumbers, day: currentDays));

        var byDate = Run("column: day\n    fail: 10");
        var byNumber = Run("column: x\n    fail: 10");

        byDate.Status.Should().Be(CheckStatus.Pass);
        byDate.Value.Should().BeGreaterThan(1);
        byDate.Value.Should().Be(byNumber.Value);
    }

    [Fact]
    public void A_current_column_with_only_nulls_cannot_be_compared()
    {
        Write(reference: Csv(x: ["1", "2"]), current: Csv(x: ["", ""]));

        var result = Run("column: x\n    fail: 0.25");

        result.Status.Should().Be(CheckStatus.Error);
        result.Value.Should().BeNull();
        result.Evidence.Summary.Should().Be("column 'x' has no non-null values in the current snapshot to compare");
    }

    [Fact]
    public void A_reference_column_with_only_nulls_cannot_be_compared()
    {
        Write(reference: Csv(method: ["", ""]), current: Csv(method: ["a", "b"]));

        var result = Run("column: method\n    fail: 0.25");

        result.Status.Should().Be(CheckStatus.Error);
        result.Evidence.Summary.Should().Be("column 'method' has no non-null values in the reference snapshot to compare");
    }

    [Fact]
    public void A_current_column_of_only_NaN_is_an_error_that_counts_what_it_holds()
    {
        Write(reference: Csv(x: ["1", "2", "3", "4"]), current: Csv(x: [.. Enumerable.Repeat("NaN", 2000)]));

        var result = Run("column: x\n    fail: 0.25");

        result.Status.Should().Be(CheckStatus.Error);
        result.Value.Should().BeNull();
        result.Evidence.Summary.Should().Be("column 'x' has no finite values in the current snapshot to compare: its 2,000 rows hold 2,000 NaN");
    }

    [Fact]
    public void A_reference_column_of_NaN_infinities_and_nulls_is_an_error_that_counts_each()
    {
        Write(reference: Csv(x: ["NaN", "inf", "-inf", "", "NaN", "Infinity", ""]), current: Csv(x: ["1", "2", "3", "4", "5", "6", "7"]));

        var result = Run("column: x\n    method: ks\n    fail: 0.05");

        result.Status.Should().Be(CheckStatus.Error);
        result.Evidence.Summary.Should().Be("column 'x' has no finite values in the reference snapshot to compare: its 7 rows hold 2 NaN, 2 +inf, 1 -inf, 2 nulls");
    }

    [Fact]
    public void Categories_gained_or_lost_list_the_largest_twenty_and_count_the_rest()
    {
        // 200,000 ids on each side, none shared: 400,000 categories gained or lost. One lost id repeats 11
        // times and one new id 6 times, so they lead; the rest tie on share and follow in ordinal order.
        const int distinct = 200_000;
        var reference = new string[distinct + 10];
        var current = new string[distinct + 5];
        for (var i = 0; i < distinct; i++)
        {
            reference[i] = "r" + i.ToString("D6", CultureInfo.InvariantCulture);
            current[i] = "c" + i.ToString("D6", CultureInfo.InvariantCulture);
        }

        Array.Fill(reference, "r199999", distinct, 10);
        Array.Fill(current, "c100000", distinct, 5);
        Write(reference: Csv(method: reference), current: Csv(method: current));

        var result = Run("column: method\n    fail: 0.25");

        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().Contain("(over 400,000 categories)");
        var table = EvidenceText.Table(result.Evidence, "categories gained or lost");
        table.Rows.Should().HaveCount(21);
        table.Rows[0].Select(c => c.Text).Take(2).Should().Equal("r199999", "gone");
        table.Rows[0][2].Number.Should().Be(11.0 / 200_010);
        table.Rows[1].Select(c => c.Text).Take(2).Should().Equal("c100000", "new");
        table.Rows[1][2].Number.Should().Be(6.0 / 200_005);
        table.Rows.Skip(2).Take(18).Select(r => r[0].Text).Should().Equal(Enumerable.Range(0, 18).Select(i => "c" + i.ToString("D6", CultureInfo.InvariantCulture)));
        table.Rows.Skip(2).Take(18).Should().OnlyContain(r => r[1].Text == "new" && r[2].Number == 1.0 / 200_005);
        table.Rows[20].Select(c => c.ToString()).Should().Equal("and 399,980 more categories gained or lost", "199,981 new, 199,999 gone", string.Empty);
    }

    private void Write(string reference, string current)
    {
        directory.Write("reference.csv", reference);
        directory.Write("current.csv", current);
    }

    // One snapshot with the columns x, y (double), method (string), flag (bool), day (date); unset columns hold a constant.
    private static string Csv(string[]? x = null, string[]? y = null, string[]? method = null, string[]? flag = null, string[]? day = null)
    {
        var rows = new[] { x, y, method, flag, day }.Max(c => c?.Length ?? 0);
        var text = new System.Text.StringBuilder("x,y,method,flag,day\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(x?[i] ?? "1").Append(',')
                .Append(y?[i] ?? "1").Append(',')
                .Append(method?[i] ?? "a").Append(',')
                .Append(flag?[i] ?? "true").Append(',')
                .Append(day?[i] ?? "2026-11-14").Append('\n');
        }

        return text.ToString();
    }

    private CheckResult Run(string monitor)
    {
        var yaml = $$"""
            datasets:
              - id: ds
                snapshots: { reference: reference.csv, current: current.csv }
                columns:
                  x: { type: double }
                  y: { type: double }
                  method: { type: string }
                  flag: { type: bool }
                  day: { type: date }
            monitors:
              - id: drift
                dataset: ds
                check: drift
                {{monitor}}

            """;

        return new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results.Should().ContainSingle().Subject;
    }
}
