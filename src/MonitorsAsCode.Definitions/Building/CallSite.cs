namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// Turns the caller information of a builder call into a <see cref="SourceLocation"/>. The compiler
/// gives a line but no column, so C# definitions are located at column 1 of the calling line.
/// </summary>
internal static class CallSite
{
    public static SourceLocation? Of(string file, int line) =>
        string.IsNullOrEmpty(file) || line <= 0 ? null : new SourceLocation(file.Replace('\\', '/'), line, 1);
}
