using System.Xml.Linq;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Rendering.Tests.Results;

/// <summary>Results as JUnit XML, rendered directly: hostile ids and values stay inert.</summary>
public sealed class JUnitReportTests
{
    [Fact]
    public void Control_characters_in_ids_and_values_are_shown_escaped_in_well_formed_xml()
    {
        var text = JUnitReport.Render(HostileRun.Create());

        var document = XDocument.Parse(text);
        var cases = document.Descendants("testcase").ToList();
        ((string?)cases[0].Attribute("name")).Should().Be("drift\\x1b[2J\\nsrc/app.cs(1,1): error CS0001: forged");
        ((string?)cases[0].Element("failure")).Should().Contain("cat\\x1b]0;title\\x07").And.Contain("; owner: @security-team\\x1b[0m; runbook: https://wiki.example/\\x85x");
        ((string?)cases[0].Element("failure")!.Attribute("message")).Should().NotContain("\u0000");
        ((string?)cases[2].Element("error")).Should().Contain("\\x00\\x9b31m");
        ((string?)document.Descendants("testsuite").Last().Element("testcase")!.Attribute("name")).Should().Be("deploy\\x08\\x08\\x08ok");
        text.Should().NotContainAny("\u001b", "\u0000", "\u0007", "\u0008", "\u009b", "\u0085");
    }

    [Fact]
    public void A_value_cannot_begin_a_line_of_its_own_in_a_failure_text()
    {
        var details = new EvidenceTable("top values", ["value", "share"], [["a|b\n::error file=x::pwned", 0.5]]);
        var result = new CheckResult("m", "ds", CheckKind.Completeness, ["c"], CheckStatus.Fail, 0.5, Threshold.AtMost(0.25), Threshold.AtMost(0.4), Severity.Act, new Evidence("summary\r\n::warning::also", [details]))
        {
            Metric = MetricCatalog.Describe(CheckKind.Completeness),
            Owner = "@org/team\n::error::forged",
        };

        var text = JUnitReport.Render(new RunResult([result], []));

        text.Split('\n').Should().NotContain(line => line.TrimStart().StartsWith("::", StringComparison.Ordinal));
        var failure = (string?)XDocument.Parse(text).Descendants("failure").Single();
        failure.Should().Contain("owner: @org/team\\n::error::forged").And.Contain("a|b\\n::error file=x::pwned").And.Contain("summary\\r\\n::warning::also");
        failure.Should().Contain("\nseverity: ").And.Contain("\ntop values:\n  value | share\n", "the report's own lines stay lines");
    }

    [Fact]
    public void Unpaired_surrogates_and_noncharacters_are_escaped_and_a_pair_is_kept()
    {
        JUnitReport.Text("a\ud800b\udc00c\ufffe\U0001F600").Should().Be("a\\ud800b\\udc00c\\ufffe\U0001F600");
    }

    [Fact]
    public void A_suppressed_failure_is_a_passing_case_with_its_measured_status_and_an_annotated_one_keeps_its_verdict()
    {
        var document = XDocument.Parse(JUnitReport.Render(EventRun.Create()));
        var cases = document.Descendants("testcase").ToDictionary(c => (string?)c.Attribute("name") ?? string.Empty);

        var suppressed = cases["amount-nulls"];
        suppressed.Element("failure").Should().BeNull("a suppressed failure must not fail the CI job");
        ((string?)suppressed.Element("system-out")).Should().StartWith("fail (suppressed: campaign-2026-10; event: deploy-v2): ");
        suppressed.Descendants("property").Select(p => ((string?)p.Attribute("name"), (string?)p.Attribute("value"))).Should().Equal(
            ("status", "fail (suppressed: campaign-2026-10; event: deploy-v2)"), ("events", "campaign-2026-10,deploy-v2"), ("suppressed_by", "campaign-2026-10"));
        cases["amount-valid"].Descendants("property").Select(p => (string?)p.Attribute("value")).Should().Contain("deploy-v2");
        ((string?)document.Descendants().First(e => e.Attribute("failures") is not null).Attribute("failures")).Should().Be("0", "no case of the run fails");
    }
}
