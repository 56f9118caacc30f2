using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Engine.Drift;

namespace MonitorsAsCode.Engine.Tests.Drift;

/// <summary>What a drift comparison reads from a column, and that it copies a column only when it must.</summary>
public sealed class ColumnSampleTests
{
    [Fact]
    public void A_double_column_without_nulls_or_nan_is_borrowed_not_copied()
    {
        double[] values = [3.0, -1.5, 2.0, 8.25];
        var column = new DoubleColumn("x", values, [true, true, true, true]);

        using var sample = ColumnSample.Of(column);

        Unsafe.AreSame(ref MemoryMarshal.GetReference(sample.Values), ref values[0]).Should().BeTrue("the sample is the column's own array");
        sample.ValueCount.Should().Be(4);
        (sample.Minimum, sample.Maximum).Should().Be((-1.5, 8.25));
    }

    [Fact]
    public void Nulls_and_non_finite_values_are_left_out_of_a_copy_that_can_be_released_and_made_again()
    {
        var column = new DoubleColumn("x", [1.0, 0.0, double.NaN, 4.0, double.PositiveInfinity, -2.0], [true, false, true, true, true, true]);

        using var sample = ColumnSample.Of(column);
        var first = sample.Values.ToArray();
        sample.Release();
        var again = sample.Values.ToArray();

        first.Should().Equal(1.0, 4.0, -2.0);
        again.Should().Equal(first);
        (sample.Nulls, sample.NonFinite, sample.ValueCount).Should().Be((1L, 2L, 3L));
        (sample.Minimum, sample.Maximum).Should().Be((-2.0, 4.0));
    }

    [Fact]
    public void An_int64_column_is_compared_as_doubles_without_its_nulls()
    {
        var column = new Int64Column("n", [5, 0, -7, 1L << 40], [true, false, true, true]);

        using var sample = ColumnSample.Of(column);

        sample.Values.ToArray().Should().Equal(5.0, -7.0, 1099511627776.0);
        (sample.Minimum, sample.Maximum).Should().Be((-7.0, 1099511627776.0));
        sample.IsNumeric.Should().BeTrue();
    }

    [Fact]
    public void A_text_column_is_counted_by_category_and_has_no_values()
    {
        var column = new StringColumn("s", ["a", "b", null, "a"], [true, true, false, true]);

        using var sample = ColumnSample.Of(column);

        sample.IsNumeric.Should().BeFalse();
        sample.Values.IsEmpty.Should().BeTrue();
        sample.Counts.Should().BeEquivalentTo(new Dictionary<string, long> { ["a"] = 2, ["b"] = 1 });
    }
}
