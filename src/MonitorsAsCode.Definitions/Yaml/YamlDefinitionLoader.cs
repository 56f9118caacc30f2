using System;
using System.Collections.Generic;
using System.IO;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Runbooks;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>
/// Loads every <c>*.yaml</c> and <c>*.yml</c> file under a directory into one <see cref="DefinitionSet"/>
/// and validates it, collecting every problem with its file, line and column.
/// </summary>
public static class YamlDefinitionLoader
{
    /// <summary>
    /// Loads a directory. Files are read in ordinal order of their relative paths, so results and
    /// diagnostics come out in the same order on every machine. Paths in diagnostics start with
    /// <paramref name="directory"/> as given.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static LoadedDefinitions LoadDirectory(string directory) => Load(ReadDirectory(directory));

    /// <summary>
    /// The (path, text) of every YAML file under <paramref name="directory"/> (links to folders are not entered), in
    /// ordinal order of path. A file that is
    /// a link leading out of <paramref name="directory"/>, or that is not a regular file (a FIFO, a device), is refused
    /// before it is opened, so a definitions folder can neither read nor hang on anything outside it. The others are
    /// read strictly as UTF-8 of at most <see cref="DefinitionFileText.MaxBytes"/> bytes: a file that is not is listed
    /// with empty text and its MAC0001 in <see cref="DefinitionFileList.Problems"/>, which
    /// <see cref="Load(IEnumerable{KeyValuePair{string, string}})"/> reports.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="IOException">A file cannot be read, or (on .NET, as <c>Files.DefinitionFileRefusedException</c>) a YAML file leaves the directory or is not a regular file.</exception>
    public static DefinitionFileList ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"definitions directory '{directory}' does not exist");
        }

        var files = new List<string>();
        foreach (var path in DefinitionFolderFiles.Under(directory))
        {
            var extension = Path.GetExtension(path);
            if (string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase) || string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase))
            {
                files.Add(path.Replace('\\', '/'));
            }
        }

        files.Sort(StringComparer.Ordinal);
#if NET
        var roots = new Files.DataRoots(directory);
        foreach (var path in files)
        {
            if (roots.Refusal(path) is { } refusal)
            {
                throw new Files.DefinitionFileRefusedException(path, refusal);
            }
        }
#endif
        var sources = new DefinitionFileList();
        foreach (var path in files)
        {
            sources.Read(path, path);
        }

        return sources;
    }

    /// <summary>
    /// Loads definitions from (path, text) pairs; relative snapshot paths resolve against each path's directory.
    /// Given a <see cref="DefinitionFileList"/>, its <see cref="DefinitionFileList.Problems"/> are reported too.
    /// </summary>
    public static LoadedDefinitions Load(IEnumerable<KeyValuePair<string, string>> files) => Load(files, DefinitionSet.Empty);

    /// <summary>
    /// Loads YAML files and validates them as one set with definitions written elsewhere (C#), so ids
    /// are unique across both and references may cross between them. <paramref name="incomplete"/>
    /// and <paramref name="referencesMayBeMissing"/> describe <paramref name="alongside"/> as in
    /// <see cref="DefinitionValidator.Validate"/>; <paramref name="alongsideDiagnostics"/> (problems
    /// found while building it) are reported with the rest, in source order, as are the
    /// <see cref="DefinitionFileList.Problems"/> of <paramref name="files"/> when it is a <see cref="DefinitionFileList"/>.
    /// </summary>
    public static LoadedDefinitions Load(
        IEnumerable<KeyValuePair<string, string>> files,
        DefinitionSet alongside,
        IReadOnlyCollection<string>? incomplete = null,
        bool referencesMayBeMissing = false,
        IEnumerable<DefinitionDiagnostic>? alongsideDiagnostics = null)
    {
        var diagnostics = new List<DefinitionDiagnostic>();
        var parts = new List<DefinitionSet>();
        var unbuilt = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        var partial = false;
        if (files is DefinitionFileList sources)
        {
            diagnostics.AddRange(sources.Problems);
        }

        foreach (var file in files)
        {
            names.Add(file.Key);
            var reader = new YamlDefinitionReader(file.Key, diagnostics);
            reader.Read(file.Value);
            parts.Add(reader.Definitions);
            unbuilt.UnionWith(reader.IncompleteIds);
            partial |= reader.IsPartial;
        }

        if (alongsideDiagnostics is not null)
        {
            diagnostics.AddRange(alongsideDiagnostics);
        }

        parts.Add(alongside);
        if (incomplete is not null)
        {
            unbuilt.UnionWith(incomplete);
        }

        var set = DefinitionSet.Concat(parts);
        diagnostics.AddRange(DefinitionValidator.Validate(set, unbuilt, referencesMayBeMissing: partial || referencesMayBeMissing));
        return new LoadedDefinitions(set, InSourceOrder(diagnostics), names);
    }

    /// <summary>Sorts by file, line and column (stable, so diagnostics at one position keep their order).</summary>
    internal static List<DefinitionDiagnostic> InSourceOrder(List<DefinitionDiagnostic> diagnostics)
    {
        var indexed = new List<KeyValuePair<int, DefinitionDiagnostic>>();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            indexed.Add(new KeyValuePair<int, DefinitionDiagnostic>(i, diagnostics[i]));
        }

        indexed.Sort((a, b) =>
        {
            var x = a.Value.Location;
            var y = b.Value.Location;
            var order = string.CompareOrdinal(x?.File ?? string.Empty, y?.File ?? string.Empty);
            if (order == 0)
            {
                order = (x?.Line ?? 0).CompareTo(y?.Line ?? 0);
            }

            if (order == 0)
            {
                order = (x?.Column ?? 0).CompareTo(y?.Column ?? 0);
            }

            return order != 0 ? order : a.Key.CompareTo(b.Key);
        });

        var sorted = new List<DefinitionDiagnostic>(indexed.Count);
        foreach (var pair in indexed)
        {
            sorted.Add(pair.Value);
        }

        return sorted;
    }
}
