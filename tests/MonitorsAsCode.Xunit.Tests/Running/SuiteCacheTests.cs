using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Running;

namespace MonitorsAsCode.Xunit.Tests.Running;

public sealed class SuiteCacheTests
{
    private static readonly string Orders = Path.Combine(AppContext.BaseDirectory, "Discovery", "suites", "orders");

    [Fact]
    public async Task Concurrent_cases_get_one_run_and_each_snapshot_is_opened_once()
    {
        var opens = 0;
        var cache = new SuiteCache(path =>
        {
            Interlocked.Increment(ref opens);
            return SnapshotReaders.Open(path);
        });

        var runs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => cache.Run(Orders))));

        runs.Should().OnlyContain(run => ReferenceEquals(run, runs[0]));
        runs[0].Result!.Results.Should().HaveCount(5);
        opens.Should().Be(1, "the current snapshot is read once, and the reference not at all: the only drift monitor is disabled");
    }

    [Fact]
    public void Definitions_and_run_agree_on_the_monitors_in_declaration_order()
    {
        var cache = new SuiteCache();

        var definitions = cache.Definitions(Orders);
        var run = cache.Run(Orders);

        definitions.Problem.Should().BeNull();
        run.Result!.Results.Select(r => r.MonitorId).Should().Equal(definitions.MonitorIds);
        run.Result.Results.Select(r => r.Status).Should().Equal(CheckStatus.Pass, CheckStatus.Fail, CheckStatus.Warn, CheckStatus.Skipped, CheckStatus.Error);
    }

    [Fact]
    public void An_unreadable_snapshot_is_a_problem_of_the_run_not_an_exception()
    {
        var folder = Directory.CreateTempSubdirectory("mac-xunit-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "orders.yaml"), """
                datasets:
                  - id: orders
                    snapshots: { current: data/current.csv }
                    columns:
                      amount: { type: double }
                monitors:
                  - id: amount-completeness
                    dataset: orders
                    check: completeness
                    column: amount
                    warn: 0.01
                    fail: 0.1
                """.ReplaceLineEndings("\n"));

            var run = new SuiteCache().Run(folder.FullName);

            run.Result.Should().BeNull();
            run.Problem.Should().StartWith($"a snapshot could not be read, so no monitor under '{folder.FullName}' was run: ")
                .And.Contain(Path.Combine(folder.FullName, "data", "current.csv"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_snapshot_outside_the_monitors_directory_is_a_MAC0024_problem_and_is_never_opened()
    {
        var folder = Directory.CreateTempSubdirectory("mac-xunit-");
        try
        {
            var outside = Path.Combine(Orders, "data", "current.csv");
            Directory.CreateDirectory(Path.Combine(folder.FullName, "defs"));
            File.WriteAllText(Path.Combine(folder.FullName, "defs", "orders.yaml"), $$"""
                datasets:
                  - id: orders
                    snapshots: { current: {{outside}} }
                    columns:
                      amount: { type: double }
                monitors:
                  - id: amount-completeness
                    dataset: orders
                    check: completeness
                    column: amount
                    fail: 0.1
                """.ReplaceLineEndings("\n"));
            var opens = 0;

            var run = new SuiteCache(path =>
            {
                Interlocked.Increment(ref opens);
                return SnapshotReaders.Open(path);
            }).Run(Path.Combine(folder.FullName, "defs"));

            run.Result.Should().BeNull();
            run.Problem.Should().Contain("orders.yaml(3,").And.Contain("error MAC0024").And.Contain(outside);
            opens.Should().Be(0);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
