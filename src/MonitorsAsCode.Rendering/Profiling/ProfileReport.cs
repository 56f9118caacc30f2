using System.Globalization;
using System.Text.Json;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Profiling;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Files;
using Spectre.Console;

namespace MonitorsAsCode.Rendering.Profiling;

/// <summary>
/// Renders a snapshot profile as a table or as <c>{"rows":N,"columns":[…]}</c> JSON; a snapshot with nested columns
/// adds a line under the table and <c>"nested_columns":[{"name":…,"type":…}]</c>.
/// </summary>
public static class ProfileReport
{
    /// <summary>The JSON rendering.</summary>
    public static string Json(SnapshotProfile profile)
    {
        return JsonDocumentText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("rows", profile.Rows);
            json.WriteStartArray("columns");
            foreach (var column in profile.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("type", YamlWords.Of(column.Type));
                json.WriteNumber("count", column.Count);
                json.WriteNumber("nulls", column.Nulls);
                WriteValue(json, "min", column.Minimum);
                WriteValue(json, "max", column.Maximum);
                WriteValue(json, "mean", column.Mean);
                WriteValue(json, "stddev", column.StandardDeviation);
                json.WriteNumber("distinct", column.Distinct);
                json.WriteNumber("non_finite", column.NonFinite);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (profile.NestedColumns.Count > 0)
            {
                json.WriteStartArray("nested_columns");
                foreach (var nested in profile.NestedColumns)
                {
                    json.WriteStartObject();
                    json.WriteString("name", nested.Name);
                    json.WriteString("type", nested.Type);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });
    }

    /// <summary>
    /// The most characters of a name, minimum or maximum a table cell shows; longer ones end in
    /// <c>… (N more characters)</c>. The JSON rendering keeps them whole.
    /// </summary>
    public const int CellChars = 40;

    /// <summary>The table rendering.</summary>
    public static void Text(SnapshotProfile profile, IAnsiConsole console)
    {
        console.Write(new Markup($"[bold]{Markup.Escape(VisibleText.Escape(profile.Path))}[/]: {ValueFormat.Count(profile.Rows)} rows, {profile.Columns.Count} columns\n"));
        var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("column");
        table.AddColumn("type");
        foreach (var heading in new[] { "count", "nulls", "min", "max", "mean", "stddev", "distinct", "non-finite" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (var column in profile.Columns)
        {
            table.AddRow(
                new Text(VisibleText.Escape(EchoedValue.Shorten(column.Name, CellChars))),
                new Text(YamlWords.Of(column.Type)),
                new Text(ValueFormat.Count(column.Count)),
                new Text(ValueFormat.Count(column.Nulls)),
                new Text(EchoedValue.Shorten(Format(column.Minimum), CellChars)),
                new Text(EchoedValue.Shorten(Format(column.Maximum), CellChars)),
                new Text(Format(column.Mean)),
                new Text(Format(column.StandardDeviation)),
                new Text(ValueFormat.Count(column.Distinct)),
                new Text(ValueFormat.Count(column.NonFinite)));
        }

        console.Write(table);
        if (profile.NestedColumns.Count > 0)
        {
            console.Write(new Markup($"nested columns, listed but not profiled: {Markup.Escape(VisibleText.Escape(string.Join("; ", profile.NestedColumns.Select(n => EchoedValue.Shorten(n.Name, CellChars) + " " + n.Type))))}\n"));
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "-",
        double d => ValueFormat.Number(d),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => VisibleText.Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "-"),
    };

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case double d when double.IsFinite(d):
                json.WriteNumber(name, d);
                break;
            case long l:
                json.WriteNumber(name, l);
                break;
            case string s:
                json.WriteString(name, s);
                break;
            default:
                json.WriteNull(name);
                break;
        }
    }
}
