using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Checks;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Tests.Scanning;

/// <summary>What the one pass holds is what the budget counts, across batches merged in any number.</summary>
public sealed class AccumulatorBudgetTests
{
    [Fact]
    public void Merged_value_counts_reserve_each_distinct_value_once()
    {
        var budget = new MemoryBudget(null);
        var root = new ValueCountsAccumulator("c", budget);

        Feed(root, ["a", "b", "c"], ["b", "c", "d", "e"], ["a", "e"]);

        root.Counts.Should().BeEquivalentTo(new Dictionary<string, long> { ["a"] = 2, ["b"] = 2, ["c"] = 2, ["d"] = 1, ["e"] = 2 });
        budget.Used.Should().Be(5 * (72 + 2), "five distinct one-letter values, each counted once however many batches held it");
    }

    [Fact]
    public void Value_counts_that_outgrow_the_limit_across_batches_fail_even_when_each_batch_fits()
    {
        var budget = new MemoryBudget(3 * (72 + 2));
        var root = new ValueCountsAccumulator("c", budget);

        Feed(root, ["a", "b"], ["c", "d"]);

        root.Failure.Should().Be("counting the distinct values of column 'c' needs more than the memory limit of 222 bytes");
        FluentActions.Invoking(() => root.Counts).Should().Throw<CheckException>();
        budget.Used.Should().Be(0, "what failed hands its reservation back");
    }

    [Fact]
    public void Integer_keys_whose_last_batches_are_all_null_are_counted_without_losing_a_key()
    {
        var budget = new MemoryBudget(null);
        var root = new KeyCountsAccumulator(["id"], numeric: true, budget, "ids") { Kind = ColumnKind.Int64 };
        long?[][] batches = [[1, null, 2, 2], [null, null], [3, 1, null], [null]];

        foreach (var (batch, index) in batches.Select((b, i) => (b, i)))
        {
            var part = root.CreateEmpty();
            var valid = batch.Select(v => v is not null).ToArray();
            part.Add(new ColumnBatch(batch.Length, [new Int64Column("id", batch.Select(v => v ?? 0).ToArray(), valid)]), index * 10);
            root.Merge(part);
        }

        root.Finish();

        (root.Keyed, root.Distinct, root.RepeatedKeys).Should().Be((5L, 3L, 2L));
        root.Top.Select(p => $"{p.Key}x{p.Value}").Should().Equal("1x2", "2x2");
        budget.Used.Should().Be(0, "the sorted keys are let go once counted");
    }

    private static void Feed(ValueCountsAccumulator root, params string[][] batches)
    {
        foreach (var values in batches)
        {
            var part = root.CreateEmpty();
            part.Add(new ColumnBatch(values.Length, [new StringColumn("c", values, values.Select(_ => true).ToArray())]), 0);
            root.Merge(part);
        }

        root.Finish();
    }
}
