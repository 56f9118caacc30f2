using MonitorsAsCode.Definitions;

namespace MonitorsAsCode.Rendering.Interop.OpenSlo;

/// <summary>
/// Something an OpenSLO file holds that was not imported: an unsupported field or value (reported so
/// nothing is dropped silently), or an error that kept an object out.
/// </summary>
public sealed record OpenSloIssue(string Message, SourceLocation? Location, bool IsError)
{
    /// <summary>The MSBuild-style line: <c>file(line,col): warning: message</c>.</summary>
    public override string ToString() => Definitions.VisibleText.Escape((Location is null ? string.Empty : Location + ": ") + (IsError ? "error: " : "warning: ") + Message);
}
