using FluentAssertions.Formatting;

namespace MonitorsAsCode.Xunit.Assertions;

/// <summary>
/// Report text passed to FluentAssertions as a message argument, so it is printed as written:
/// braces in evidence are never read as placeholders, and it is not quoted like a string value.
/// </summary>
internal sealed record ReportText(string Text)
{
    static ReportText() => Formatter.AddFormatter(new ReportTextFormatter());

    /// <summary>Wraps <paramref name="text"/>; the first call registers the formatter with FluentAssertions.</summary>
    public static ReportText Of(string text) => new(text);

    private sealed class ReportTextFormatter : IValueFormatter
    {
        public bool CanHandle(object value) => value is ReportText;

        public void Format(object value, FormattedObjectGraph formattedGraph, FormattingContext context, FormatChild formatChild) =>
            formattedGraph.AddFragment(((ReportText)value).Text);
    }
}
