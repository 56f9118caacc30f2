using System.IO;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Files;

/// <summary>
/// A <c>*.yaml</c> file under the definitions folder that was not read: a link leading out of the folder, or not a
/// regular file. The message names the file and why (rule MAC0024), never anything read from it.
/// </summary>
public sealed class DefinitionFileRefusedException : IOException
{
    /// <summary>The file at <paramref name="path"/> was refused because it <paramref name="reason"/>.</summary>
    public DefinitionFileRefusedException(string path, string reason)
        : base($"{path}: error {RuleIdentifiers.PathOutsideDataRoot}: definitions file '{path}' was not read: it {reason}")
    {
        FilePath = path;
    }

    /// <summary>The refused file, as found under the definitions folder.</summary>
    public string FilePath { get; }
}
