using System.Text.Json;
using MonitorsAsCode.Engine.Diffing;
using MonitorsAsCode.Rendering.Files;

namespace MonitorsAsCode.Rendering.Diffing;

/// <summary>
/// A diff as JSON: <c>{"changes":[{"kind","subject","field","before","after","risk","summary"}…]}</c>, in the
/// order of <see cref="DefinitionChanges"/> (risky first, then subject id, then kind). Values are the
/// texts the other renderings print (<c>0.25</c>, <c>36h</c>); a missing side is null.
/// </summary>
public static class DiffJsonReport
{
    /// <summary>Renders <paramref name="changes"/>.</summary>
    public static string Render(DefinitionChanges changes) => Render(changes, []);

    /// <summary>
    /// Renders <paramref name="changes"/>, and when C# files changed, <c>"uncomparedCSharp": [paths]</c> after the
    /// changes: files the diff did not compare, whose effect a reviewer must judge.
    /// </summary>
    public static string Render(DefinitionChanges changes, IReadOnlyList<string> uncomparedCSharp)
    {
        return JsonDocumentText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("changes");
            foreach (var change in changes.Changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", ChangeWords.Of(change.Kind));
                json.WriteString("subject", change.Subject);
                WriteOptional(json, "field", change.Field);
                WriteOptional(json, "before", change.Before);
                WriteOptional(json, "after", change.After);
                json.WriteString("risk", ChangeWords.Of(change.Risk));
                json.WriteString("summary", change.Summary);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (uncomparedCSharp.Count > 0)
            {
                json.WriteStartArray("uncomparedCSharp");
                foreach (var path in uncomparedCSharp)
                {
                    json.WriteStringValue(path);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
