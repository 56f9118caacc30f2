using MonitorsAsCode.Xunit.Discovery;
using Xunit.Abstractions;

namespace MonitorsAsCode.Xunit.Tests.Discovery;

public sealed class MonitorTestCaseDiscovererTests
{
    [Fact]
    public void Each_monitor_of_the_directory_becomes_a_case_named_by_its_id_in_declaration_order()
    {
        var cases = XunitHarness.Discover<OrdersSuite>();

        cases.Select(c => c.DisplayName).Should().Equal("order-id-uniqueness", "amount-completeness", "country-validity", "amount-drift", "channel-completeness");
        cases.Select(c => c.MonitorId).Should().Equal(cases.Select(c => c.DisplayName));
        cases.Should().OnlyContain(c => c.MonitorsDirectory == "Discovery/suites/orders");
    }

    [Fact]
    public void Cases_carry_monitor_dataset_check_severity_owner_and_gate_traits()
    {
        var cases = XunitHarness.Discover<OrdersSuite>();

        var uniqueness = cases.Single(c => c.MonitorId == "order-id-uniqueness");
        uniqueness.Traits.Should().BeEquivalentTo(new Dictionary<string, List<string>>
        {
            ["monitor"] = ["order-id-uniqueness"],
            ["dataset"] = ["orders"],
            ["check"] = ["uniqueness"],
            ["severity"] = ["act"],
            ["owner"] = ["shop-oncall"],
            ["gate"] = ["release"],
        });
        var validity = cases.Single(c => c.MonitorId == "country-validity");
        validity.Traits.Keys.Should().BeEquivalentTo("monitor", "dataset", "check", "severity");
        validity.Traits["severity"].Should().Equal("info");
    }

    [Fact]
    public void Cases_of_one_suite_have_distinct_unique_ids_that_are_stable_across_discoveries()
    {
        var first = XunitHarness.Discover<OrdersSuite>().Select(c => c.UniqueID).ToList();
        var second = XunitHarness.Discover<OrdersSuite>().Select(c => c.UniqueID).ToList();

        first.Should().OnlyHaveUniqueItems().And.HaveCount(5);
        second.Should().Equal(first);
    }

    [Fact]
    public async Task Discovery_reads_no_data_so_a_missing_snapshot_fails_each_case_when_it_runs()
    {
        var cases = XunitHarness.Discover<NoDataSuite>();

        cases.Select(c => c.DisplayName).Should().Equal("amount-completeness", "order-id-uniqueness");
        foreach (var testCase in cases)
        {
            var failed = (await XunitHarness.ResultOfAsync(testCase)).Should().BeAssignableTo<ITestFailed>().Subject;
            failed.Messages.Single().Should().StartWith($"a snapshot could not be read, so no monitor under '{Path.Combine(AppContext.BaseDirectory, "Discovery", "suites", "no-data")}' was run: ")
                .And.Contain("current.csv");
        }
    }

    [Fact]
    public async Task A_missing_directory_is_one_failing_case_naming_the_path_it_resolved_to()
    {
        var cases = XunitHarness.Discover<MissingSuite>();

        cases.Should().ContainSingle().Which.DisplayName.Should().Be("MissingSuite: definitions");
        var failed = (await XunitHarness.ResultOfAsync(cases[0])).Should().BeAssignableTo<ITestFailed>().Subject;
        var resolved = Path.Combine(AppContext.BaseDirectory, "Discovery", "suites", "missing");
        failed.Messages.Single().Should().Be(
            $"monitors directory '{resolved}' does not exist\n"
            + $"([MonitorsDirectory(\"Discovery/suites/missing\")] on MissingSuite, resolved against the test assembly's folder '{Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)}')");
    }

    [Fact]
    public async Task Invalid_definitions_are_one_failing_case_listing_every_diagnostic()
    {
        var cases = XunitHarness.Discover<InvalidSuite>();

        cases.Should().ContainSingle().Which.DisplayName.Should().Be("InvalidSuite: definitions");
        var message = ((ITestFailed)await XunitHarness.ResultOfAsync(cases[0])).Messages.Single();
        message.Should().StartWith("invalid definitions under '").And.Contain("': 3 error(s); nothing was run\n");
        message.Should().Contain("monitors.yaml(4,14): error MAC0006: monitor 'amount-drift' names dataset 'payments', which is not declared\n");
        message.Should().Contain("monitors.yaml(10,14): error MAC0006: monitor 'amount-completeness' names dataset 'payments', which is not declared\n");
        message.Should().Contain("monitors.yaml(14,5): error MAC0002: unknown key 'fial' in a monitor (did you mean 'fail'?)\n");
    }

    [Fact]
    public async Task A_directory_without_definitions_is_one_failing_case()
    {
        var cases = XunitHarness.Discover<EmptySuite>();

        cases.Should().ContainSingle();
        var message = ((ITestFailed)await XunitHarness.ResultOfAsync(cases[0])).Messages.Single();
        message.Should().StartWith($"no *.yaml or *.yml definitions under '{Path.Combine(AppContext.BaseDirectory, "Discovery", "suites", "empty")}'\n");
    }

    [Fact]
    public async Task A_suite_without_its_attribute_is_one_failing_case_saying_what_is_missing()
    {
        var cases = XunitHarness.Discover<UnplacedSuite>();

        cases.Should().ContainSingle().Which.MonitorsDirectory.Should().BeNull();
        var message = ((ITestFailed)await XunitHarness.ResultOfAsync(cases[0])).Messages.Single();
        message.Should().Be("UnplacedSuite derives from MonitorSuite but has no [MonitorsDirectory(\"…\")] attribute saying where its monitors are");
    }
}
