using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Rendering.Tests.Results;

/// <summary>Results as text, rendered directly: hostile ids and values stay inert.</summary>
public sealed class TextReportTests
{
    [Fact]
    public void Control_characters_in_ids_and_values_are_shown_escaped_and_start_no_line()
    {
        using var writer = new StringWriter();
        TextReport.Render(HostileRun.Create(), TextReport.CreateConsole(writer, terminal: false));
        var text = writer.ToString();

        text.Should().NotContainAny("\u001b", "\u0000", "\u0007", "\u0008", "\u009b", "\r");
        text.Split('\n').Should().NotContain(l => l.TrimStart().StartsWith("src/app.cs", StringComparison.Ordinal), "a newline in an id must not start a line");
        text.Should().Contain(@"gate deploy\x08\x08\x08ok: FAIL").And.Contain(@"  blocked by drift\x1b[2J\nsrc/app.cs(1,1): error CS0001: forged");
    }

    [Fact]
    public void Suppressed_and_annotated_monitors_show_their_events_and_a_hostile_event_id_stays_inert()
    {
        using var writer = new StringWriter();
        TextReport.Render(EventRun.Create(), TextReport.CreateConsole(writer, terminal: false));
        var text = writer.ToString();

        text.Should().Contain("FAIL (suppressed: campaign-2026-10; event: deploy-v2)").And.Contain("pass (event: deploy-v2)");
        text.Should().Contain("2 suppressed");
        text.Should().NotContain("\u001b").And.NotContain("\n# forged");
        text.Split('\n').Should().NotContain(l => l.TrimStart().StartsWith("# forged", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Monitor_ids_stay_whole_on_a_narrow_terminal_and_the_evidence_wraps_instead(int width)
    {
        const string Id = "guest-checkout-share-vs-last-week-by-country";
        CheckResult Result(string id) =>
            new(id, "payments", CheckKind.Completeness, ["amount"], CheckStatus.Fail, 0.5, Threshold.AtMost(0.25), Threshold.AtMost(0.4), Severity.Act, Evidence.Of("half the amounts are null, most of them where country = DE, which is where the new checkout went live on Monday"))
            {
                Metric = MetricCatalog.Describe(CheckKind.Completeness),
            };
        using var writer = new StringWriter();
        var console = TextReport.CreateConsole(writer, terminal: false);
        console.Profile.Width = width;

        TextReport.Render(new RunResult([Result(Id), Result("amount-nulls")], []), console);

        var lines = writer.ToString().Split('\n');
        lines.Should().Contain(l => l.Contains(Id, StringComparison.Ordinal), "the id is on one line, not broken mid-word");
        lines.Should().OnlyContain(l => l.Length <= width, "the table still fits the terminal");
        lines.Count(l => l.Contains("DE,", StringComparison.Ordinal) || l.Contains("country", StringComparison.Ordinal)).Should().BeGreaterThan(0);
    }
}
