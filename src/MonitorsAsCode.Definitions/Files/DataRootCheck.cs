using System;
using System.Collections.Generic;
using System.IO;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Runbooks;
using MonitorsAsCode.Definitions.Validation;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Definitions.Files;

/// <summary>
/// Rule MAC0024: every file a definition names (its snapshots, and runbook files) must lie inside the
/// <see cref="DataRoots"/> and be a regular file, judged on disk before anything is opened.
/// </summary>
public static class DataRootCheck
{
    private const string Hint = "; a definition may only read files inside the definitions folder (give --data-root DIR to read data kept elsewhere)";

    private static string HintFor(string refusal) => refusal.Contains("outside", StringComparison.Ordinal) ? Hint : string.Empty;

    /// <summary><paramref name="loaded"/> with a MAC0024 diagnostic for each path that must not be read, in source order.</summary>
    public static LoadedDefinitions Apply(LoadedDefinitions loaded, DataRoots roots)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var found = Diagnose(loaded.Definitions, roots);
        if (found.Count == 0)
        {
            return loaded;
        }

        var all = new List<DefinitionDiagnostic>(loaded.Diagnostics);
        all.AddRange(found);
        return loaded with { Diagnostics = YamlDefinitionLoader.InSourceOrder(all) };
    }

    /// <summary>A MAC0024 diagnostic for each snapshot or runbook file of <paramref name="set"/> that must not be read.</summary>
    public static IReadOnlyList<DefinitionDiagnostic> Diagnose(DefinitionSet set, DataRoots roots)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(roots);
        var diagnostics = new List<DefinitionDiagnostic>();
        foreach (var dataset in set.Datasets)
        {
            foreach (var (name, path) in new[] { ("reference", dataset.Snapshots.Reference), ("current", dataset.Snapshots.Current) })
            {
                if (path is not null && SnapshotRefusal(path, roots) is { } refusal)
                {
                    diagnostics.Add(new DefinitionDiagnostic(
                        DefinitionRules.PathOutsideDataRoot,
                        $"dataset '{dataset.Id}' reads its {name} snapshot from {refusal}{HintFor(refusal)}",
                        dataset.Source.Of("snapshots." + name)));
                }
            }

            if (dataset.Labels?.Snapshot is { } labels && SnapshotRefusal(labels, roots) is { } labelsRefusal)
            {
                diagnostics.Add(new DefinitionDiagnostic(
                    DefinitionRules.PathOutsideDataRoot,
                    $"dataset '{dataset.Id}' reads its labels snapshot from {labelsRefusal}{HintFor(labelsRefusal)}",
                    dataset.Source.Of("labels.snapshot")));
            }
        }

        foreach (var monitor in set.Monitors)
        {
            RunbookFile(diagnostics, roots, "monitor '" + monitor.Id + "'", monitor.Runbook, monitor.Source, "runbook");
        }

        foreach (var slo in set.Slos)
        {
            RunbookFile(diagnostics, roots, "SLO '" + slo.Id + "'", slo.Alerting?.Page?.Runbook, slo.Source, "alerting.page.runbook");
            RunbookFile(diagnostics, roots, "SLO '" + slo.Id + "'", slo.Alerting?.Ticket?.Runbook, slo.Source, "alerting.ticket.runbook");
        }

        foreach (var store in set.HistoryStores)
        {
            if (store.Kind == History.HistoryStoreKind.Sqlite && store.Target.Trim().Length > 0 && roots.Refusal(store.Target) is { } refusal)
            {
                diagnostics.Add(new DefinitionDiagnostic(
                    DefinitionRules.PathOutsideDataRoot,
                    $"history.store '{store.Target}' {refusal}; the history file must lie inside the definitions folder (give --data-root DIR to keep it elsewhere)",
                    store.Source.Location));
            }
        }

        return diagnostics;
    }

    private static void RunbookFile(List<DefinitionDiagnostic> diagnostics, DataRoots roots, string owner, string? reference, SourceMap source, string field)
    {
        if (reference is null || string.IsNullOrWhiteSpace(reference) || RunbookReferences.Classify(reference) != RunbookReferenceKind.File)
        {
            return;
        }

        var declaredIn = source.Location?.File;
        var path = RunbookReferences.ResolveFile(reference, declaredIn);
        var fromYaml = declaredIn is not null
            && (declaredIn.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || declaredIn.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));

        // A C# runbook path resolves beside its .cs file, often outside the folder, and is shown as missing when it
        // is not there: only one that exists (and so would be read into the pages) is judged.
        if (!fromYaml && FileKinds.Of(path) == FileKind.Missing && new FileInfo(path).LinkTarget is null)
        {
            return;
        }

        if (roots.Refusal(path) is { } refusal)
        {
            diagnostics.Add(new DefinitionDiagnostic(
                DefinitionRules.PathOutsideDataRoot,
                $"{owner} names runbook file '{path}', which {refusal}{HintFor(refusal)}",
                source.Of(field)));
        }
    }

    /// <summary>
    /// Why the snapshot at <paramref name="path"/> (a file, a folder of parts, or a glob of parts) must not be read,
    /// starting with the offending path; null when it may. Every path the reader would open is judged as the reader
    /// takes it: an existing path as written first (even one whose name holds <c>*</c> or <c>?</c>), and only a
    /// path that does not exist as a glob, whose every match is judged as a file on its own.
    /// </summary>
    private static string? SnapshotRefusal(string path, DataRoots roots)
    {
        if (roots.Refusal(path, folderAllowed: true) is { } refusal)
        {
            return "'" + path + "', which " + refusal;
        }

        var name = Path.GetFileName(path);
        var kind = FileKinds.Of(path);
        var glob = kind == FileKind.Missing && new FileInfo(path).LinkTarget is null && name.IndexOfAny(['*', '?']) >= 0;
        if (!glob && kind != FileKind.Directory)
        {
            return null;
        }

        var folder = glob ? Path.GetDirectoryName(path) is { Length: > 0 } parent ? parent : "." : path;
        if (glob && roots.Refusal(folder, folderAllowed: true) is { } folderRefusal)
        {
            return "'" + folder + "', which " + folderRefusal;
        }

        // A folder or glob is read as the .parquet files in it and in its Hive-style partition folders
        // (date=2026-08-01/): each must stay inside too (a part may be a link, to a file or to a folder).
        try
        {
            return PartRefusal(path, folder, glob ? name : "*", roots);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The reader reports a folder it cannot list.
            return null;
        }
    }

    private static string? PartRefusal(string path, string folder, string pattern, DataRoots roots)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, MatchType = MatchType.Simple };
        foreach (var part in Directory.EnumerateFileSystemEntries(folder, pattern, options))
        {
            // A real folder is not a part (partition folders are judged below); a link named like a part is, whatever it leads to.
            if (!part.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) || (Directory.Exists(part) && new FileInfo(part).LinkTarget is null))
            {
                continue;
            }

            if (roots.Refusal(part) is { } partRefusal)
            {
                return "'" + path + "', whose part '" + part + "' " + partRefusal;
            }
        }

        foreach (var subfolder in Directory.EnumerateDirectories(folder, "*", options))
        {
            var name = Path.GetFileName(subfolder);
            var equals = name.IndexOf('=');
            if (equals <= 0 || equals == name.Length - 1)
            {
                continue;
            }

            if (roots.Refusal(subfolder, folderAllowed: true) is { } folderRefusal)
            {
                return "'" + path + "', whose partition folder '" + subfolder + "' " + folderRefusal;
            }

            if (PartRefusal(path, subfolder, pattern, roots) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
