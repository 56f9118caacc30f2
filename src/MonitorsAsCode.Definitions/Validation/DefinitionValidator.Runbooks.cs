using System;
using System.Collections.Generic;
using System.IO;
using MonitorsAsCode.Definitions.Runbooks;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>The rules on runbooks: unique ids, and every monitor's <c>runbook:</c> pointing at something that exists.</summary>
public static partial class DefinitionValidator
{
    private static void ValidateRunbooks(List<DefinitionDiagnostic> diagnostics, DefinitionSet set, HashSet<string> broken, bool referencesMayBeMissing)
    {
        CheckDuplicates(diagnostics, set.Runbooks, r => r.Id, r => r.Source, id => $"duplicate runbook id '{id}'");
        foreach (var monitor in set.Monitors)
        {
            if (monitor.Runbook is not { } reference || string.IsNullOrWhiteSpace(reference))
            {
                continue;
            }

            switch (RunbookReferences.Classify(reference))
            {
                case RunbookReferenceKind.Id when set.FindRunbook(reference) is null && !broken.Contains(reference) && !referencesMayBeMissing:
                    var ids = new List<string>();
                    foreach (var runbook in set.Runbooks)
                    {
                        ids.Add(runbook.Id);
                    }

                    var known = ids.Count == 0 ? "no runbooks are declared" : "declared runbooks: " + string.Join(", ", ids);
                    Add(diagnostics, DefinitionRules.UnknownRunbook, $"monitor '{monitor.Id}' names runbook '{reference}', which is neither a declared runbook id nor a file{NearestName.Suggest(reference, ids)}; {known} (a file path holds a '/' or a '.', such as runbooks/{reference}.md)", monitor.Source.Of("runbook"));
                    break;
                case RunbookReferenceKind.File when MissingRunbookFile(reference, monitor.Source.Location?.File) is { } missing:
                    Add(diagnostics, DefinitionRules.UnknownRunbook, $"monitor '{monitor.Id}' names runbook '{reference}', which is neither a declared runbook id nor an existing file: {missing}", monitor.Source.Of("runbook"));
                    break;
            }
        }
    }

    /// <summary>
    /// Why a runbook file cannot be found, or null when it exists or cannot be judged. Paths are only
    /// checked for monitors read from a YAML file on disk, relative to that file: definitions held in
    /// memory, read from git's objects or written in C# have no folder to look in.
    /// </summary>
    private static string? MissingRunbookFile(string reference, string? declaredIn)
    {
        if (declaredIn is null || !IsYamlFile(declaredIn) || !File.Exists(declaredIn))
        {
            return null;
        }

        var path = RunbookReferences.ResolveFile(reference, declaredIn);
        if (File.Exists(path))
        {
            return null;
        }

        var suggestion = string.Empty;
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && Directory.Exists(folder))
        {
            var names = new List<string>();
            foreach (var candidate in Directory.GetFiles(folder))
            {
                names.Add(Path.GetFileName(candidate));
            }

            names.Sort(StringComparer.Ordinal);
            var nearest = NearestName.Find(Path.GetFileName(path), names);
            if (nearest is not null)
            {
                var written = reference.Replace('\\', '/');
                var slash = written.LastIndexOf('/');
                suggestion = $" (did you mean '{(slash < 0 ? nearest : written.Substring(0, slash + 1) + nearest)}'?)";
            }
        }

        return $"there is no file {path}{suggestion}";
    }

    private static bool IsYamlFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
