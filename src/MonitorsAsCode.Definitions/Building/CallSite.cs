using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// Turns the caller information of a builder call into a <see cref="SourceLocation"/>. The compiler
/// gives a line but no column, so C# definitions are located at column 1 of the calling line.
/// </summary>
internal static class CallSite
{
    public static SourceLocation? Of(string file, int line) =>
        string.IsNullOrEmpty(file) || line <= 0 ? null : new SourceLocation(file.Replace('\\', '/'), line, 1);

    /// <summary>
    /// The line that called the builder method calling this, read from the caller's debug symbols, or null without them.
    /// For methods whose <c>params</c> list leaves no room for caller-information parameters; such a method must not be
    /// inlined, or the frame read would be its caller's caller.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static SourceLocation? OfCaller()
    {
        // Frame 0 is this method, 1 the builder method, 2 the definition code that called it.
        var frame = new StackFrame(2, true); // with file information
        return Of(frame.GetFileName() ?? string.Empty, frame.GetFileLineNumber());
    }
}
