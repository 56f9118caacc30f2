using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MonitorsAsCode.Rendering.Files;

/// <summary>
/// The one shape every JSON output of the command has: indented, LF line ends, characters outside ASCII written as
/// themselves (not <c>\uXXXX</c>), and a final newline, so the same input gives the same bytes on every platform.
/// </summary>
internal static class JsonDocumentText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>The text <paramref name="write"/> produces on a writer of that shape.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
