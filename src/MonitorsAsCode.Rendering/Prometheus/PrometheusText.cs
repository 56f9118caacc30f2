using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Rendering.Prometheus;

/// <summary>
/// Text from definitions written into Prometheus and Alertmanager files so it reads back as written:
/// inside a PromQL or matcher string, and inside an alert's labels and annotations, which Prometheus
/// expands as Go templates.
/// </summary>
internal static class PrometheusText
{
    /// <summary>
    /// <paramref name="value"/> as a double-quoted PromQL (or Alertmanager matcher) string: backslash and quote
    /// escaped, and line breaks and other control characters written as escapes, which a quoted string cannot hold raw.
    /// </summary>
    public static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    text.Append("\\\\");
                    break;
                case '"':
                    text.Append("\\\"");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    if (c < ' ' || c == '\u007f')
                    {
                        text.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// <paramref name="value"/> as the text of an alert label or annotation, shown literally: Prometheus runs
    /// both through Go's text/template, where only <c>{{</c> starts an action (<c>$value</c> and <c>}}</c>
    /// outside one are plain text), so each <c>{{</c> is written as the action <c>{{"{{"}}</c>, which prints it.
    /// </summary>
    public static string Literal(string value) =>
        value.Replace("{{", "{{\"{{\"}}", StringComparison.Ordinal);
}
