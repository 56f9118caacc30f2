using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Tests.Scanning;

/// <summary>Parts of a pass that write from their first row into one array, and merges that compact it.</summary>
public sealed class RowPlacementTests
{
    [Fact]
    public void Parts_write_from_their_first_row_and_merging_in_row_order_moves_them_down_over_the_gaps()
    {
        var array = new double[8];
        var first = new RowPlacement(0);
        var second = new RowPlacement(4);
        var third = new RowPlacement(6);

        // Rows 0-3 hold two values (two nulls), rows 4-5 one, rows 6-7 two.
        Write(ref first, array, 10, 11);
        Write(ref second, array, 20);
        Write(ref third, array, 30, 31);
        first.Merge(second, array);
        first.Merge(third, array);

        first.Overran.Should().BeFalse();
        first.Written.Should().Be(5);
        array[..5].Should().Equal(10, 11, 20, 30, 31);
    }

    [Fact]
    public void A_part_that_writes_past_the_limit_overruns_and_stays_overrun()
    {
        var part = new RowPlacement(6);

        part.TryRoom(2, 8, out var at).Should().BeTrue();
        at.Should().Be(6);
        part.Advance(2);
        part.TryRoom(1, 8, out _).Should().BeFalse();
        part.Overran.Should().BeTrue();
        part.TryRoom(0, 100, out _).Should().BeFalse("an overrun part's values are not to be used");
    }

    [Fact]
    public void A_part_that_starts_before_the_earlier_one_ended_overruns_the_merge()
    {
        var array = new double[8];
        var first = new RowPlacement(0);
        var second = new RowPlacement(2);
        Write(ref first, array, 1, 2, 3);
        Write(ref second, array, 4);

        first.Merge(second, array);

        first.Overran.Should().BeTrue("the first part held more values than rows before the second");
        first.Written.Should().Be(3);
    }

    [Fact]
    public void An_overrun_part_makes_the_merge_overrun()
    {
        var first = new RowPlacement(0);
        var second = new RowPlacement(4);
        second.TryRoom(5, 8, out _).Should().BeFalse();

        first.Merge(second, null);

        first.Overran.Should().BeTrue();
    }

    private static void Write(ref RowPlacement part, double[] array, params double[] values)
    {
        part.TryRoom(values.Length, array.Length, out var at).Should().BeTrue();
        values.CopyTo(array, at);
        part.Advance(values.Length);
    }
}
