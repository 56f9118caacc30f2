using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Engine.Results;
using Spectre.Console;

namespace MonitorsAsCode.Rendering.Results;

/// <summary>
/// Results as a table per dataset (worst first), then the gates and a one-line summary. Colour and
/// box-drawing only on a terminal; redirected output is plain ASCII of a fixed width, so it is
/// deterministic and diffs cleanly.
/// </summary>
public static class TextReport
{
    /// <summary>Width of redirected output.</summary>
    public const int PlainWidth = 160;

    /// <summary>Renders <paramref name="run"/> to <paramref name="console"/>.</summary>
    public static void Render(RunResult run, IAnsiConsole console)
    {
        foreach (var group in run.Results.GroupBy(r => r.DatasetId))
        {
            console.Write(new Markup($"[bold]{Markup.Escape(VisibleText.Escape(group.Key))}[/]\n"));
            var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii);
            table.AddColumn("status");
            table.AddColumn("severity");
            table.AddColumn(new TableColumn("monitor").NoWrap()); // an id stays whole (to copy it); the evidence wraps instead
            table.AddColumn(new TableColumn("value").RightAligned());
            table.AddColumn(new TableColumn("warn").RightAligned());
            table.AddColumn(new TableColumn("fail").RightAligned());
            table.AddColumn("evidence");
            foreach (var result in group.OrderBy(r => MarkdownReport.Rank(r.Status)))
            {
                table.AddRow(
                    new Markup(Status(result.Status) + EventNote(result)),
                    new Text(YamlWords.Of(result.Severity)),
                    new Text(VisibleText.Escape(result.MonitorId)),
                    new Text(ResultText.Value(result)),
                    new Text(ResultText.Warn(result)),
                    new Text(ResultText.Fail(result)),
                    new Text(VisibleText.Escape(result.Evidence.Summary)));
            }

            console.Write(table);
            console.WriteLine();
            DriftReportText.Write(console, group);
        }

        if (run.Slos.Count > 0)
        {
            RenderSlos(run, console);
        }

        foreach (var gate in run.Gates)
        {
            var notes = StatusWords.GateNotes(gate);
            console.Write(new Markup($"gate [bold]{Markup.Escape(VisibleText.Escape(gate.Id))}[/]: {Status(gate.Status)}{(notes.Length == 0 ? string.Empty : " (" + Markup.Escape(VisibleText.Escape(notes)) + ")")}\n"));
            foreach (var monitor in gate.Blocking)
            {
                console.WriteLine("  blocked by " + VisibleText.Escape(monitor));
            }

            foreach (var line in StatusWords.GateSloLines(gate))
            {
                console.WriteLine("  " + VisibleText.Escape(line));
            }
        }

        console.WriteLine(StatusWords.Summary(run));
    }

    /// <summary>The SLOs, worst first, in a table of their own after the monitors, and a line counting them.</summary>
    private static void RenderSlos(RunResult run, IAnsiConsole console)
    {
        console.Write(new Markup("[bold]SLOs[/]\n"));
        var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("status");
        table.AddColumn(new TableColumn("slo").NoWrap());
        table.AddColumn(new TableColumn("sli").RightAligned());
        table.AddColumn(new TableColumn("objective").RightAligned());
        table.AddColumn(new TableColumn("budget left").RightAligned());
        table.AddColumn("alerts");
        table.AddColumn("evidence");
        foreach (var slo in run.Slos.OrderBy(s => MarkdownReport.Rank(s.Status)))
        {
            table.AddRow(
                new Markup(Status(slo.Status)),
                new Text(VisibleText.Escape(slo.SloId)),
                new Text(SloText.Sli(slo)),
                new Text(SloText.Objective(slo)),
                new Text(SloText.BudgetRemaining(slo)),
                new Text(VisibleText.Escape(SloText.Firing(slo))),
                new Text(VisibleText.Escape(slo.Evidence.Summary)));
        }

        console.Write(table);
        console.WriteLine(StatusWords.SloSummary(run));
        console.WriteLine();
    }

    /// <summary>A console for <paramref name="writer"/>: colour on a terminal, plain fixed-width ASCII otherwise.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = PlainWidth;
            console.Profile.Capabilities.Unicode = false;
            console.Profile.Capabilities.Links = false;
        }

        return console;
    }

    private static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "[green]pass[/]",
        CheckStatus.Warn => "[yellow]WARN[/]",
        CheckStatus.Fail => "[red bold]FAIL[/]",
        CheckStatus.Error => "[magenta bold]ERROR[/]",
        _ => "[grey]skipped[/]",
    };

    private static string EventNote(CheckResult result)
    {
        var note = StatusWords.EventNote(result);
        return note.Length == 0 ? string.Empty : " (" + Markup.Escape(VisibleText.Escape(note)) + ")";
    }
}
