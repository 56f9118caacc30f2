using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Checks;

/// <summary>The binned shares drift results carry for pictures (<see cref="CheckResult.Distribution"/>).</summary>
[UseCulture("de-DE")]
public sealed class DistributionComparerTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Numeric_columns_are_binned_at_the_reference_quantiles_in_ascending_order()
    {
        directory.Write("reference.csv", "x,label\n1,a\n2,a\n3,a\n4,a\n5,a\n6,a\n7,a\n8,a\n");
        directory.Write("current.csv", "x,label\n1,a\n1,a\n1,a\n1,a\n8,a\n8,a\n8,a\n,a\n");

        var run = Run("check: drift\n    column: x\n    bins: 4\n    fail: 1");

        var distribution = run.Results.Single().Distribution!;
        distribution.Kind.Should().Be(DistributionKind.Bins);
        distribution.Bins.Select(b => b.Label).Should().Equal("(-inf, 2.75]", "(2.75, 4.5]", "(4.5, 6.25]", "(6.25, +inf)");
        distribution.Bins.Select(b => b.ReferenceShare).Should().Equal(0.25, 0.25, 0.25, 0.25);
        distribution.Bins.Select(b => b.CurrentShare).Should().Equal(4.0 / 7, 0, 0, 3.0 / 7);
        distribution.ReferenceCount.Should().Be(8);
        distribution.CurrentCount.Should().Be(7, "nulls are left out, as the drift check leaves them out");
    }

    [Fact]
    public void Categories_come_largest_first_and_beyond_twelve_are_merged()
    {
        var reference = string.Concat(Enumerable.Range(0, 20).Select(i => $"{i},c{i:00}\n"));
        var current = string.Concat(Enumerable.Range(0, 20).Select(i => $"{i},{(i < 10 ? "new" : $"c{i:00}")}\n"));
        directory.Write("reference.csv", "x,label\n" + reference);
        directory.Write("current.csv", "x,label\n" + current);

        var run = Run("check: drift\n    column: label\n    fail: 100");

        var distribution = run.Results.Single().Distribution!;
        distribution.Kind.Should().Be(DistributionKind.Categories);
        distribution.Bins.Should().HaveCount(12);
        distribution.Bins[0].Should().Be(new DistributionBin("new", 0, 0.5));
        distribution.Bins[^1].Label.Should().Be("10 other categories");
        distribution.MergedCategories.Should().Be(10);
        distribution.Bins.Sum(b => b.ReferenceShare).Should().BeApproximately(1, 1e-12);
        distribution.Bins.Sum(b => b.CurrentShare).Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void Only_drift_results_carry_a_distribution()
    {
        directory.Write("reference.csv", "x,label\n1,a\n2,b\n");
        directory.Write("current.csv", "x,label\n1,a\n2,b\n");

        var run = Run("check: completeness\n    column: x\n    fail: 0.5");

        run.Results.Single().Distribution.Should().BeNull();
    }

    [Fact]
    public void Timestamp_edges_past_year_9999_are_labelled_with_their_expanded_year()
    {
        // Spark's INT96 file: four instants in 2024 and 290000-12-30T23:00:00Z, which DateTimeOffset cannot hold.
        var fixture = Path.GetFullPath(Path.Combine(RepositoryCheckout.Root, "tests", "fixtures", "parquet-testing", "int96_from_spark.parquet"));
        File.Exists(fixture).Should().BeTrue($"the Parquet fixtures are committed in tests/fixtures ({fixture})");
        File.Copy(fixture, Path.Combine(directory.Root, "spark.parquet"));
        var definitions = ValidDefinitions.Load(directory.Root, """
            datasets:
              - id: spark
                snapshots: { reference: spark.parquet, current: spark.parquet }
                columns:
                  a: { type: timestamp }
            monitors:
              - { id: m, dataset: spark, check: drift, column: a, bins: 10, fail: 1 }
            """);

        var result = new MonitorRunner().Run(definitions).Results.Single();

        // The 90% edge, from numpy 1.24: np.quantile(values_as_float64, 0.9) = 5.55498913e+18 µs,
        // np.datetime_as_string(np.datetime64(5554989126000001024 // 10**6, 's')) = '178000-08-06T15:00:00'.
        result.Status.Should().Be(CheckStatus.Pass);
        result.Distribution!.Bins[^1].Label.Should().Be("(+178000-08-06T15:00:00Z, +inf)");
    }

    private RunResult Run(string monitor)
    {
        var definitions = ValidDefinitions.Load(directory.Root, $$"""
            datasets:
              - id: d
                snapshots: { reference: reference.csv, current: current.csv }
                columns:
                  x: { type: double }
                  label: { type: string }
            monitors:
              - id: m
                dataset: d
                {{monitor}}
            """);
        return new MonitorRunner().Run(definitions);
    }
}
