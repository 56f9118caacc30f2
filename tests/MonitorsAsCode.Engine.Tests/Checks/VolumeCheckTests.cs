using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Checks;

[UseCulture("de-DE")]
public sealed class VolumeCheckTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData(20, 16, 0.8, CheckStatus.Pass)]
    [InlineData(20, 15, 0.75, CheckStatus.Warn)]
    [InlineData(20, 10, 0.5, CheckStatus.Warn)]
    [InlineData(20, 9, 0.45, CheckStatus.Fail)]
    [InlineData(20, 20, 1.0, CheckStatus.Pass)]
    [InlineData(20, 25, 1.25, CheckStatus.Pass)]
    [InlineData(20, 26, 1.3, CheckStatus.Warn)]
    [InlineData(20, 30, 1.5, CheckStatus.Warn)]
    [InlineData(20, 31, 1.55, CheckStatus.Fail)]
    public void The_row_count_ratio_breaches_a_band_only_strictly_below_or_above_it(int referenceRows, int currentRows, double ratio, CheckStatus expected)
    {
        var result = Run(referenceRows, currentRows);

        result.Value.Should().BeApproximately(ratio, 1e-15);
        result.Status.Should().Be(expected);
    }

    [Fact]
    public void Evidence_gives_both_row_counts_and_the_change()
    {
        Run(20, 15).Evidence.Summary.Should().Be("15 rows against 20 in the reference (25.0% fewer)");
        Run(20, 31).Evidence.Summary.Should().Be("31 rows against 20 in the reference (55.0% more)");
        Run(20, 20).Evidence.Summary.Should().Be("20 rows against 20 in the reference (0.0% more)");
    }

    [Fact]
    public void Large_row_counts_are_written_with_invariant_thousands_separators()
    {
        var result = Run(1000, 1250);

        result.Evidence.Summary.Should().Be("1,250 rows against 1,000 in the reference (25.0% more)");
    }

    private CheckResult Run(int referenceRows, int currentRows)
    {
        directory.Write("reference.csv", Rows(referenceRows));
        directory.Write("current.csv", Rows(currentRows));
        var yaml = """
            datasets:
              - id: ds
                snapshots: { reference: reference.csv, current: current.csv }
                columns:
                  id: { type: int64, role: id }
            monitors:
              - id: rows
                dataset: ds
                check: volume
                warn: { below: 0.8, above: 1.25 }
                fail: { below: 0.5, above: 1.5 }
            """;

        return new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results.Should().ContainSingle().Subject;
    }

    private static string Rows(int count) =>
        "id\n" + string.Concat(Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
}
