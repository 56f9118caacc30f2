using System.Collections.Generic;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions;

/// <summary>Definitions as loaded, with every diagnostic found while reading and validating them.</summary>
public sealed record LoadedDefinitions(DefinitionSet Definitions, IReadOnlyList<DefinitionDiagnostic> Diagnostics, IReadOnlyList<string> Files)
{
    /// <summary>
    /// The folders the definitions' file paths were judged against (rule MAC0024), for the run to judge the files
    /// again when it opens them; null when no such check was made.
    /// </summary>
    public Files.DataRoots? Roots { get; init; }

    /// <summary>Whether any diagnostic is an error, so the definitions must not run.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
