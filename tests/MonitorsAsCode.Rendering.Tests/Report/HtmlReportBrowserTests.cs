using System.Diagnostics;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.Report;

/// <summary>
/// The worked example's HTML report opened in headless Chromium (Debian's <c>chromium</c>, which
/// <c>dotnet test</c> installs as root through <c>tests/test-tools.sh</c>): it renders without console messages (the report has no scripts, and its
/// content security policy would log any blocked script, font or request), shows the failing monitors,
/// and leaves a screenshot in the test output folder (<c>artifacts/report.png</c>).
/// </summary>
public sealed class HtmlReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public void Report_of_the_worked_example_renders_without_console_messages_and_shows_the_failing_monitors()
    {
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var report = Path.Combine(artifacts, "report.html");
        File.WriteAllText(report, WorkedExample.File(WorkedExample.Render(), "report.html"));
        var screenshot = Path.Combine(artifacts, "report.png");
        File.Delete(screenshot);

        var shot = Browse(report, "--screenshot=" + screenshot, "--window-size=1280,2000", "--enable-logging=stderr", "--v=0");
        var dom = Browse(report, "--dump-dom", "--enable-logging=stderr", "--v=0");

        shot.ExitCode.Should().Be(0, "chromium must render the report; stderr: {0}", shot.Error);
        ConsoleMessages(shot.Error).Should().BeEmpty("a report without scripts logs nothing to the console");
        ConsoleMessages(dom.Error).Should().BeEmpty();
        var png = File.ReadAllBytes(screenshot);
        png.Take(8).Should().Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "the screenshot is a PNG");
        png.Length.Should().BeGreaterThan(20_000, "a 1280x2000 screenshot of the report is not blank");
        foreach (var monitor in WorkedExample.FailingMonitors)
        {
            dom.Output.Should().Contain($"<section class=\"monitor status-fail\" id=\"monitor-{monitor}\">", "the report shows failing monitor {0} as failing", monitor);
        }

        dom.Output.Should().Contain("21 monitors: 13 pass, 0 warn, 6 fail, 0 error, 2 skipped");
        dom.Output.Should().Contain("<svg", "drift monitors are drawn as inline SVG");
        dom.Output.Should().NotContain("<script", "the report runs no script");
    }

    [Fact]
    public void Hostile_description_and_category_stay_text_in_the_browser()
    {
        using var folder = TemporaryDirectory.Create();
        var hostile = HostileExample.Create(folder);
        var files = SiteRenderer.Render(hostile.Definitions, hostile.Folder, hostile.Run, TemplateSet.Defaults, WikiFlavour.GitHub);
        var report = folder.Write("out/report.html", files.Single(f => f.Path == "report.html").Content);

        var dom = Browse(report, "--dump-dom", "--enable-logging=stderr", "--v=0");

        dom.ExitCode.Should().Be(0, dom.Error);
        ConsoleMessages(dom.Error).Should().BeEmpty("an injected script would be blocked and logged, or run and log");
        dom.Output.Should().NotContain("<script").And.NotContain("<img").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public void Trends_draw_in_the_browser_and_their_hostile_event_text_stays_text()
    {
        using var folder = TemporaryDirectory.Create();
        using var store = History.TrendExample.Store();
        var files = History.TrendGoldenFilesTests.Render(store, Definitions.History.HistoryStoreKind.Sqlite);
        var report = folder.Write("out/report.html", files.Single(f => f.Path == "report.html").Content);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "report-trends.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        var dom = Browse(report, "--dump-dom", "--enable-logging=stderr", "--v=0");
        var shot = Browse(report, "--screenshot=" + screenshot, "--window-size=1280,2400", "--enable-logging=stderr", "--v=0");

        dom.ExitCode.Should().Be(0, dom.Error);
        shot.ExitCode.Should().Be(0, shot.Error);
        ConsoleMessages(dom.Error).Should().BeEmpty("the trend is inline SVG, with no script, font or request to block");
        dom.Output.Should().Contain("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\"").And.Contain("<details class=\"trend\">");
        dom.Output.Should().NotContain("<script").And.NotContain("<b>|</b>").And.NotContain("<i>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        File.ReadAllBytes(screenshot).Length.Should().BeGreaterThan(20_000, "a screenshot of the report with its trends is not blank");
    }

    private static List<string> ConsoleMessages(string stderr) =>
        stderr.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();

    private static (int ExitCode, string Output, string Error) Browse(string file, params string[] options)
    {
        if (!File.Exists(Chromium))
        {
            Assert.Fail($"Chromium is not installed at {Chromium}. This test opens the HTML report in Debian's headless Chromium; dotnet test installs it when run as root (tests/test-tools.sh); otherwise install it with apt-get update && apt-get install -y chromium.");
        }

        var profile = Path.Combine(Path.GetTempPath(), "mac-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        start.ArgumentList.Add(new Uri(file).AbsoluteUri);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish within two minutes");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
