using System.Collections.Generic;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions;

/// <summary>Definitions as loaded, with every diagnostic found while reading and validating them.</summary>
public sealed record LoadedDefinitions(DefinitionSet Definitions, IReadOnlyList<DefinitionDiagnostic> Diagnostics, IReadOnlyList<string> Files)
{
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
