namespace MonitorsAsCode.Definitions;

/// <summary>
/// Where a definition, or one of its fields, was written: a file and a 1-based line and column.
/// Definitions written in C# carry the source file of the call when it is known.
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats as <c>file(line,col)</c>, the MSBuild convention that IDEs and CI turn into links.</summary>
    public override string ToString() => $"{File}({Line.ToString(System.Globalization.CultureInfo.InvariantCulture)},{Column.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
