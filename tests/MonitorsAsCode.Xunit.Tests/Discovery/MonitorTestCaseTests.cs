using MonitorsAsCode.Xunit.Discovery;
using MonitorsAsCode.Xunit.Running;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit.Tests.Discovery;

public sealed class MonitorTestCaseTests
{
    private static MonitorTestCase Case(string monitorId) => XunitHarness.Discover<OrdersSuite>().Single(c => c.MonitorId == monitorId);

    [Fact]
    public async Task A_failing_monitor_fails_with_its_headline_and_evidence_table_as_the_message()
    {
        var failed = (await XunitHarness.ResultOfAsync(Case("amount-completeness"))).Should().BeAssignableTo<ITestFailed>().Subject;

        failed.Test.DisplayName.Should().Be("amount-completeness");
        failed.ExceptionTypes.Should().Equal("Xunit.Sdk.XunitException");
        var message = failed.Messages.Single();
        message.Should().StartWith("fail: null share 0.2 (warn 0.01, fail 0.1); 20.0% of 40 rows are null (8); most nulls where country = GB: 25.0% null there, 18.8% elsewhere\n");
        message.Should().Contain("monitor amount-completeness on dataset orders: completeness of amount; severity investigate; owner shop-data\n");
        message.Should().Contain("\n\nnull share of 'amount' by country:\n  country | rows | null share | nulls | null share elsewhere\n");
        message.Should().MatchRegex(@"\n  GB      \| 8    \| 0\.25       \| 2     \| 0\.1875\n");
    }

    [Fact]
    public async Task A_passing_monitor_passes_with_its_report_as_output()
    {
        var passed = (await XunitHarness.ResultOfAsync(Case("order-id-uniqueness"))).Should().BeAssignableTo<ITestPassed>().Subject;

        passed.Output.Should().StartWith("pass: duplicate share 0 (warn 0.01, fail 0.05); all 40 keys (order_id) are unique\n");
    }

    [Fact]
    public async Task A_warning_monitor_is_skipped_with_its_evidence_as_the_reason()
    {
        var skipped = (await XunitHarness.ResultOfAsync(Case("country-validity"))).Should().BeAssignableTo<ITestSkipped>().Subject;

        skipped.Reason.Should().StartWith("warn: invalid share 0.075 (warn 0.05, fail 0.5); 7.5% of values (3 of 40) are not in the allowed list: 'BR' (3)\n");
        skipped.Reason.Should().Contain("top invalid values:");
    }

    [Fact]
    public async Task A_disabled_monitor_is_skipped_saying_so()
    {
        var skipped = (await XunitHarness.ResultOfAsync(Case("amount-drift"))).Should().BeAssignableTo<ITestSkipped>().Subject;

        skipped.Reason.Should().StartWith("skipped: psi - (warn 0.1, fail 0.25); disabled in its definition\n");
    }

    [Fact]
    public async Task A_monitor_that_cannot_be_evaluated_fails_with_the_reason()
    {
        var failed = (ITestFailed)await XunitHarness.ResultOfAsync(Case("channel-completeness"));

        failed.Messages.Single().Should().MatchRegex(@"^error: null share - \(warn 0\.01, fail 0\.1\); column 'channel' is missing from .*Discovery/suites/orders/data/current\.csv\n");
    }

    [Fact]
    public async Task A_case_reports_starting_its_result_and_finished_in_that_order()
    {
        var messages = await XunitHarness.RunAsync(Case("amount-completeness"));

        messages.Select(m => m.GetType().Name).Should().Equal("TestCaseStarting", "TestStarting", "TestFailed", "TestFinished", "TestCaseFinished");
        var finished = messages.OfType<ITestCaseFinished>().Single();
        (finished.TestsRun, finished.TestsFailed, finished.TestsSkipped).Should().Be((1, 1, 0));
    }

    [Fact]
    public void A_case_survives_serialization_with_its_name_traits_and_unique_id()
    {
        var original = Case("order-id-uniqueness");

        var copy = SerializationHelper.Deserialize<IXunitTestCase>(SerializationHelper.Serialize(original));

        var restored = copy.Should().BeOfType<MonitorTestCase>().Subject;
        restored.MonitorId.Should().Be("order-id-uniqueness");
        restored.MonitorsDirectory.Should().Be("Discovery/suites/orders");
        restored.DisplayName.Should().Be("order-id-uniqueness");
        restored.UniqueID.Should().Be(original.UniqueID);
        restored.Traits.Should().BeEquivalentTo(original.Traits);
    }

    [Fact]
    public async Task A_deserialized_case_runs_to_the_same_verdict()
    {
        var copy = (MonitorTestCase)SerializationHelper.Deserialize<IXunitTestCase>(SerializationHelper.Serialize(Case("amount-completeness")));

        var failed = (ITestFailed)await XunitHarness.ResultOfAsync(copy);

        failed.Test.DisplayName.Should().Be("amount-completeness");
        failed.Messages.Single().Should().Contain("null share of 'amount' by country:");
    }

    [Fact]
    public async Task Every_case_of_a_suite_shares_one_run_so_a_snapshot_is_read_once()
    {
        var opened = new List<string>();
        var cache = new SuiteCache(path =>
        {
            lock (opened)
            {
                opened.Add(Path.GetFileName(path));
            }

            return MonitorsAsCode.Data.Snapshots.SnapshotReaders.Open(path);
        });
        var cases = XunitHarness.Discover<OrdersSuite>();

        foreach (var testCase in cases)
        {
            testCase.Cache = cache;
            await XunitHarness.RunAsync(testCase);
        }

        // The reference is not read at all: the suite's only drift monitor is disabled.
        opened.Should().Equal("current.csv");
    }
}
