using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Discovery;
using MonitorsAsCode.Xunit.MixedSuites;
using MonitorsAsCode.Xunit.Running;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit.Tests.Discovery;

/// <summary>
/// Suites that load C# monitor sets with their YAML. The suites of MonitorsAsCode.Xunit.MixedSuites name no
/// sets, so they load that assembly's (as a team's test project would); this assembly holds none, so its
/// own suites stay YAML only.
/// </summary>
public sealed class MonitorSetSuiteTests
{
    private static readonly string Mixed = Path.Combine(AppContext.BaseDirectory, "Discovery", "suites", "mixed");

    [Fact]
    public void A_monitor_set_of_the_test_assembly_is_a_case_of_its_own_beside_the_yaml_ones()
    {
        var cases = XunitHarness.Discover<MixedSuite>();

        cases.Select(c => c.DisplayName).Should().Equal("order-id-uniqueness", "country-validity");
        cases.Should().OnlyContain(c => c.MonitorsDirectory == "Discovery/suites/mixed");
        cases.Select(c => c.UniqueID).Should().OnlyHaveUniqueItems();
        cases[1].Traits.Should().BeEquivalentTo(new Dictionary<string, List<string>>
        {
            ["monitor"] = ["country-validity"],
            ["dataset"] = ["orders"],
            ["check"] = ["validity"],
            ["severity"] = ["investigate"],
            ["owner"] = ["shop-data"],
            ["gate"] = ["release"],
        });
    }

    [Fact]
    public async Task The_csharp_case_runs_against_the_snapshot_the_yaml_declares()
    {
        var csharp = XunitHarness.Discover<MixedSuite>().Single(c => c.MonitorId == "country-validity");

        var passed = (await XunitHarness.ResultOfAsync(csharp)).Should().BeAssignableTo<ITestPassed>().Subject;

        passed.Output.Should().StartWith("pass: invalid share 0 (warn 0.05, fail 0.5)");
        passed.Output.Should().Contain("monitor country-validity on dataset orders: validity of country");
    }

    [Fact]
    public void A_yaml_gate_naming_a_csharp_monitor_judges_both()
    {
        var method = XunitHarness.MethodOf<MixedSuite>();

        var run = new SuiteCache().Run(SuiteLocation.Source(method, Mixed));

        run.Problem.Should().BeNull();
        var gate = run.Result!.Gates.Should().ContainSingle().Subject;
        gate.Id.Should().Be("release");
        gate.Monitors.Should().Equal("order-id-uniqueness", "country-validity");
        gate.Status.Should().Be(CheckStatus.Pass);
        run.Result.Results.Select(r => (r.MonitorId, r.Status)).Should().Equal(("order-id-uniqueness", CheckStatus.Pass), ("country-validity", CheckStatus.Pass));
    }

    [Fact]
    public async Task A_monitor_id_in_yaml_and_in_csharp_is_one_failing_case_with_the_duplicate_id_rule()
    {
        var cases = XunitHarness.Discover<DuplicateSuite>();

        cases.Should().ContainSingle().Which.DisplayName.Should().Be("DuplicateSuite: definitions");
        var message = ((ITestFailed)await XunitHarness.ResultOfAsync(cases[0])).Messages.Single();
        message.Should().StartWith($"invalid definitions under '{Path.Combine(AppContext.BaseDirectory, "Discovery", "suites", "duplicate")}' with the C# monitor sets MonitorsAsCode.Xunit.MixedSuites.OrdersCountryMonitors, MonitorsAsCode.Xunit.MixedSuites.UnreachableStoreMonitors: 1 error(s); nothing was run\n");
        message.Should().MatchRegex(@"\n[^\n]*[/\\]OrdersCountryMonitors\.cs\(12,1\): error MAC0005: duplicate monitor id 'country-validity' \(first declared at [^\n]*[/\\]duplicate[/\\]orders\.yaml\(8,5\)\)\n");
    }

    [Fact]
    public async Task A_monitor_set_that_throws_is_one_failing_case_naming_the_exception()
    {
        var cases = XunitHarness.Discover<ThrowingSuite>();

        cases.Should().ContainSingle().Which.DisplayName.Should().Be("ThrowingSuite: definitions");
        var message = ((ITestFailed)await XunitHarness.ResultOfAsync(cases[0])).Messages.Single();
        message.Should().StartWith("MonitorSet MonitorsAsCode.Xunit.MixedSuites.UnreachableStoreMonitors threw while declaring its monitors: InvalidOperationException: the feature store is unreachable\n");
    }

    [Fact]
    public void A_suite_that_names_no_sets_by_an_empty_list_stays_yaml_only()
    {
        var cases = XunitHarness.Discover<YamlOnlySuite>();

        cases.Select(c => c.DisplayName).Should().Equal("order-id-uniqueness", "amount-completeness", "country-validity", "amount-drift", "channel-completeness");
    }

    [Fact]
    public void A_suite_may_name_the_monitor_sets_of_another_assembly()
    {
        var cases = XunitHarness.Discover<NamedSetSuite>();

        cases.Select(c => c.DisplayName).Should().Equal("order-id-uniqueness", "country-validity");
        cases[1].Traits["gate"].Should().Equal("release");
    }

    [Fact]
    public async Task Naming_a_type_that_is_not_a_monitor_set_is_one_failing_case_saying_so()
    {
        var cases = XunitHarness.Discover<NotASetSuite>();

        cases.Should().ContainSingle();
        var message = ((ITestFailed)await XunitHarness.ResultOfAsync(cases[0])).Messages.Single();
        message.Should().StartWith("[MonitorsDirectory(MonitorSets = …)] names System.String, which is not a concrete MonitorSet class with a public parameterless constructor\n");
    }

    [Fact]
    public async Task A_csharp_case_survives_serialization_and_runs_from_the_copy()
    {
        var original = XunitHarness.Discover<MixedSuite>().Single(c => c.MonitorId == "country-validity");

        var copy = (MonitorTestCase)SerializationHelper.Deserialize<IXunitTestCase>(SerializationHelper.Serialize(original));

        copy.UniqueID.Should().Be(original.UniqueID);
        copy.Traits.Should().BeEquivalentTo(original.Traits);
        (await XunitHarness.ResultOfAsync(copy)).Should().BeAssignableTo<ITestPassed>();
    }
}
