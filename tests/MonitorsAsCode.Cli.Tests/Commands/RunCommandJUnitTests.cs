using System.Xml.Linq;
using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary><c>--format junit</c> of the worked example: a suite per dataset with a test case per monitor, and a suite of gates.</summary>
public sealed class RunCommandJUnitTests
{
    [Fact]
    public void Output_is_well_formed_xml_declared_as_utf8()
    {
        var outcome = FraudScoringExample.Run("--format", "junit");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        var document = XDocument.Parse(outcome.Out);
        (document.Declaration?.Encoding).Should().BeEquivalentTo("utf-8");
        document.Root?.Name.LocalName.Should().Be("testsuites");
    }

    [Fact]
    public void Dataset_suite_has_one_testcase_per_monitor_in_definition_order()
    {
        var suite = Suite("fraud-scoring");

        suite.Elements("testcase").Select(c => (string?)c.Attribute("name")).Should().Equal(FraudScoringExample.AllMonitors);
        ((int?)suite.Attribute("tests")).Should().Be(18);
        ((int?)suite.Attribute("failures")).Should().Be(6);
    }

    [Fact]
    public void Failing_monitors_and_only_they_have_a_failure_element()
    {
        var failing = Suite("fraud-scoring").Elements("testcase")
            .Where(c => c.Element("failure") is not null)
            .Select(c => (string?)c.Attribute("name"));

        failing.Should().Equal(FraudScoringExample.CatchingMonitors);
        Suite("fraud-scoring").Descendants("error").Should().BeEmpty();
    }

    [Fact]
    public void Failure_message_gives_the_value_and_thresholds()
    {
        var freshness = Suite("fraud-scoring").Elements("testcase").Single(c => (string?)c.Attribute("name") == "event-freshness");

        var message = (string?)freshness.Element("failure")?.Attribute("message");
        message.Should().StartWith("fail: ").And.Contain("48h2m").And.Contain("warn 24h").And.Contain("fail 36h");
        ((string?)freshness.Attribute("classname")).Should().Be("fraud-scoring.freshness");
    }

    [Fact]
    public void Gates_suite_has_a_failing_testcase_per_gate()
    {
        var gates = Suite("gates");

        gates.Elements("testcase").Select(c => (string?)c.Attribute("name")).Should().Equal("deploy", "retrain");
        gates.Elements("testcase").Should().AllSatisfy(c => c.Element("failure").Should().NotBeNull());
        var root = Root();
        // 21 monitors, 2 gates and 3 SLOs; 6 monitors, both gates and the scoring-latency SLO fail (the 2 baseline monitors are skipped).
        ((int?)root.Attribute("tests")).Should().Be(26);
        ((int?)root.Attribute("failures")).Should().Be(9);
    }

    private static XElement Root() =>
        XDocument.Parse(FraudScoringExample.Run("--format", "junit").Out).Root ?? throw new InvalidOperationException("the JUnit document has no root element");

    private static XElement Suite(string name) =>
        Root().Elements("testsuite").Single(s => (string?)s.Attribute("name") == name);
}
