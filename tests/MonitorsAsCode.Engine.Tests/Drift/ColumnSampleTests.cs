using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Drift;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Tests.Drift;

/// <summary>What a drift comparison reads of one snapshot's column, and that it reads the values only when it must.</summary>
public sealed class ColumnSampleTests
{
    [Fact]
    public void A_numeric_sample_takes_its_counts_from_the_pass_and_reads_its_values_only_when_asked()
    {
        var column = new DoubleColumn("x", [1.0, 0.0, double.NaN, 4.0, double.PositiveInfinity, -2.0], [true, false, true, true, true, true]);
        var loads = 0;
        var unloaded = new List<double[]>();

        using var sample = ColumnSample.FromPass("x", Profile(column), null, () => { loads++; return [1.0, 4.0, -2.0, 99.0]; }, unloaded.Add);

        loads.Should().Be(0, "nothing asked for the values yet");
        (sample.Rows, sample.Nulls, sample.NotANumber, sample.PositiveInfinities, sample.ValueCount).Should().Be((6L, 1L, 1L, 1L, 3L));
        (sample.Minimum, sample.Maximum).Should().Be((-2.0, 4.0));
        sample.IsNumeric.Should().BeTrue();
        sample.Values.ToArray().Should().Equal([1.0, 4.0, -2.0], "only the finite values the pass counted are compared, not the rest of the array");
        loads.Should().Be(1);
    }

    [Fact]
    public void Released_values_are_handed_back_and_read_again_if_asked()
    {
        var column = new Int64Column("n", [5, 0, -7], [true, false, true]);
        var unloaded = new List<double[]>();
        var loads = 0;
        using var sample = ColumnSample.FromPass("n", Profile(column), null, () => { loads++; return [5.0, -7.0]; }, unloaded.Add);

        var first = sample.Values.ToArray();
        sample.Release();
        var again = sample.Values.ToArray();
        sample.Release();
        sample.Release();

        first.Should().Equal(5.0, -7.0);
        again.Should().Equal(first);
        (loads, unloaded.Count).Should().Be((2, 2), "each read is handed back once, and a release with nothing read hands back nothing");
    }

    [Fact]
    public void A_text_sample_is_its_category_counts_and_never_reads_values()
    {
        var column = new StringColumn("s", ["a", "b", null, "a"], [true, true, false, true]);
        var counts = new Dictionary<string, long> { ["a"] = 2, ["b"] = 1 };

        using var sample = ColumnSample.FromPass("s", Profile(column), counts, () => throw new InvalidOperationException("a text column has no values to read"), _ => { });

        sample.IsNumeric.Should().BeFalse();
        sample.Values.IsEmpty.Should().BeTrue();
        (sample.Nulls, sample.ValueCount).Should().Be((1L, 3L));
        sample.Counts.Should().BeSameAs(counts);
    }

    /// <summary>The profile a pass over a snapshot of just <paramref name="column"/> makes.</summary>
    private static ColumnProfile Profile(Column column)
    {
        var profile = new ProfileAccumulator([column.Name], _ => column.Kind, new MemoryBudget(null));
        profile.Add(new ColumnBatch(column.Length, [column]), 0);
        return profile.Profile(column.Name);
    }
}
