using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Planning;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// Declared columns are present in the current snapshot with the declared type; columns the
/// dataset does not declare are listed and treated per <see cref="UnexpectedColumns"/>. The value is
/// the number of missing or mistyped columns, each named in the evidence with its declared and stored type. Formats
/// without types (CSV, JSON Lines) prove the type while casting, so only names are compared for them.
/// Nested columns (Parquet structs, lists, maps) count as present with their shape as stored type
/// (<c>struct&lt;a: int64&gt;</c>): a declared one is of the wrong type, since declared types are flat, and an
/// undeclared one is unexpected; they follow the flat columns in the lists.
/// </summary>
internal sealed class SchemaCheck : MonitorCheck
{
    // Columns named in the summary per finding; the evidence tables list them all.
    private const int Shown = 5;

    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Schema;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var schema = context.Current.Schema;
        var missing = new List<string>();
        var mistyped = new List<Mistyped>();
        foreach (var column in context.Dataset.Columns)
        {
            var field = schema.Find(column.Name);
            if (field is null && schema.FindNested(column.Name) is { } nested)
            {
                mistyped.Add(new Mistyped(column.Name, YamlWords.Of(column.Type), nested.Type));
            }
            else if (field is null)
            {
                missing.Add(column.Name);
            }
            else if (field.Kind is { } kind && kind != ColumnKinds.Of(column.Type))
            {
                mistyped.Add(new Mistyped(column.Name, YamlWords.Of(column.Type), ColumnKinds.Word(kind)));
            }
        }

        var unexpected = new List<string>();
        foreach (var field in schema.Fields)
        {
            if (context.Dataset.FindColumn(field.Name) is null)
            {
                unexpected.Add(field.Name);
            }
        }

        foreach (var field in schema.NestedFields)
        {
            if (context.Dataset.FindColumn(field.Name) is null)
            {
                unexpected.Add(field.Name);
            }
        }

        var problems = missing.Count + mistyped.Count;
        var details = new List<EvidenceTable>();
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"missing {Quote(missing)}");
            details.Add(new EvidenceTable("missing columns", ["column"], Rows(missing)));
        }

        if (mistyped.Count > 0)
        {
            parts.Add(Describe(mistyped));
            details.Add(new EvidenceTable("columns of the wrong type", ["column", "declared", "found"], [.. mistyped.Select(m => (IReadOnlyList<EvidenceCell>)[m.Column, m.Declared, m.Stored])]));
        }

        if (unexpected.Count > 0)
        {
            parts.Add($"unexpected {Quote(unexpected)}");
            details.Add(new EvidenceTable("unexpected columns", ["column"], Rows(unexpected)));
        }

        var summary = parts.Count == 0
            ? $"all {context.Dataset.Columns.Count} declared columns present"
            : string.Join("; ", parts);

        var status = problems > 0 ? CheckStatus.Fail : CheckStatus.Pass;
        if (problems == 0 && unexpected.Count > 0)
        {
            status = context.Monitor.UnexpectedColumns switch
            {
                UnexpectedColumns.Fail => CheckStatus.Fail,
                UnexpectedColumns.Warn => CheckStatus.Warn,
                _ => CheckStatus.Pass,
            };
        }

        return new Measurement(problems, new Evidence(summary, details)) { Status = status };
    }

    private static string Describe(List<Mistyped> columns)
    {
        var described = new List<string>();
        for (var i = 0; i < columns.Count && i < Shown; i++)
        {
            var entry = $"'{columns[i].Column}' declared {columns[i].Declared}, stored {columns[i].Stored}";
            described.Add(i == 0 ? "wrong type " + entry : entry);
        }

        var text = string.Join("; ", described);
        return columns.Count > Shown ? $"{text}; and {columns.Count - Shown} more of the wrong type" : text;
    }

    private static string Quote(List<string> names)
    {
        var quoted = new List<string>();
        for (var i = 0; i < names.Count && i < Shown; i++)
        {
            quoted.Add("'" + names[i] + "'");
        }

        var text = string.Join(", ", quoted);
        return names.Count > Shown ? $"{text} and {names.Count - Shown} more" : text;
    }

    private static List<IReadOnlyList<EvidenceCell>> Rows(List<string> names)
    {
        var rows = new List<IReadOnlyList<EvidenceCell>>(names.Count);
        foreach (var name in names)
        {
            rows.Add([name]);
        }

        return rows;
    }

    private sealed record Mistyped(string Column, string Declared, string Stored);
}
