using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Engine.Profiling;
using MonitorsAsCode.Engine.Results;
using Spectre.Console;

namespace MonitorsAsCode.Cli.Output;

/// <summary>Renders a snapshot profile as a table or as <c>{"rows":N,"columns":[…]}</c> JSON.</summary>
public static class ProfileReport
{
    /// <summary>The JSON rendering.</summary>
    public static string Json(SnapshotProfile profile)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

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
                new Text(VisibleText.Escape(column.Name)),
                new Text(YamlWords.Of(column.Type)),
                new Text(ValueFormat.Count(column.Count)),
                new Text(ValueFormat.Count(column.Nulls)),
                new Text(Format(column.Minimum)),
                new Text(Format(column.Maximum)),
                new Text(Format(column.Mean)),
                new Text(Format(column.StandardDeviation)),
                new Text(ValueFormat.Count(column.Distinct)),
                new Text(ValueFormat.Count(column.NonFinite)));
        }

        console.Write(table);
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
