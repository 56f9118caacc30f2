using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Links;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>
/// Turns the YAML of one file into definition records, reporting every structural problem
/// (unknown keys, wrong types, missing fields) rather than stopping at the first.
/// Cross-definition rules run afterwards in <see cref="DefinitionValidator"/>.
/// </summary>
internal sealed partial class YamlDefinitionReader
{
    private static readonly string[] TopLevelKeys = ["datasets", "monitors", "gates", "runbooks", "slos", "events", DocumentationLinks.DocsUrlKey, DocumentationLinks.RunbookBaseUrlKey, History.HistoryStoreSetting.Key];

    private readonly string file;
    private readonly string directory;
    private readonly ICollection<DefinitionDiagnostic> diagnostics;

    public YamlDefinitionReader(string file, ICollection<DefinitionDiagnostic> diagnostics)
    {
        this.file = file;
        directory = Path.GetDirectoryName(file) ?? string.Empty;
        this.diagnostics = diagnostics;
    }

    public List<DatasetDefinition> Datasets { get; } = [];

    public List<MonitorDefinition> Monitors { get; } = [];

    public List<GateDefinition> Gates { get; } = [];

    /// <summary>The <c>docs_url</c> and <c>runbook_base_url</c> written at the top of the file.</summary>
    public List<LinkBaseSetting> LinkBases { get; } = [];

    /// <summary>The <c>history:</c> store named at the top of the file.</summary>
    public List<History.HistoryStoreSetting> HistoryStores { get; } = [];

    /// <summary>What the file defines, once read.</summary>
    public DefinitionSet Definitions =>
        new(Datasets, Monitors, Gates) { Runbooks = Runbooks, Slos = Slos, Events = Events, LinkBases = LinkBases, HistoryStores = HistoryStores };

    /// <summary>Ids of definitions that were written but could not be built; other rules do not report them as unknown.</summary>
    public HashSet<string> IncompleteIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether part of the file could not be read, so definitions it holds may be missing.</summary>
    public bool IsPartial { get; private set; }

    public void Read(string text)
    {
        var before = diagnostics.Count;
        var documents = YamlTreeBuilder.Parse(file, text, diagnostics);
        foreach (var diagnostic in diagnostics.Skip(before))
        {
            IsPartial |= diagnostic.Rule == DefinitionRules.YamlSyntax;
        }

        foreach (var document in documents)
        {
            if (document is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (document is not YamlMapping root)
            {
                Report(DefinitionRules.WrongValueType, $"a definitions file must be a mapping with {string.Join(", ", TopLevelKeys)}, not {document.Describe()}", document.Location);
                continue;
            }

            var fields = new YamlFields(root, "a definitions file", TopLevelKeys, diagnostics);
            RememberIdsUnderUnknownKeys(root);
            ReadList(fields, "datasets", ReadDataset);
            ReadList(fields, "monitors", ReadMonitor);
            ReadList(fields, "gates", ReadGate);
            ReadList(fields, "runbooks", ReadRunbook);
            ReadList(fields, "slos", ReadSlo);
            ReadList(fields, "events", ReadEvent);
            ReadLinkBase(fields, LinkBase.Docs, DocumentationLinks.DocsUrlKey);
            ReadLinkBase(fields, LinkBase.Runbooks, DocumentationLinks.RunbookBaseUrlKey);
            ReadHistoryStore(fields);
        }
    }

    private void ReadLinkBase(YamlFields fields, LinkBase kind, string key)
    {
        if (fields.Text(key) is { } url && fields.Node(key) is { } node)
        {
            LinkBases.Add(new LinkBaseSetting(kind, url) { Source = new SourceMap(node.Location) });
        }
    }

    /// <summary>
    /// A misspelt top-level key (<c>monitor:</c>) is reported once; the ids written under it are
    /// remembered so gates naming them are not reported again as unknown.
    /// </summary>
    private void RememberIdsUnderUnknownKeys(YamlMapping root)
    {
        foreach (var entry in root.Entries)
        {
            if (Array.IndexOf(TopLevelKeys, entry.Key.Value) >= 0 || entry.Value is not YamlSequence sequence)
            {
                continue;
            }

            foreach (var item in sequence.Items)
            {
                if (item is not YamlMapping mapping)
                {
                    continue;
                }

                foreach (var field in mapping.Entries)
                {
                    if (field.Key.Value == "id" && field.Value is YamlScalar { IsNull: false } id)
                    {
                        IncompleteIds.Add(id.Value);
                    }
                }
            }
        }
    }

    private void ReadList(YamlFields fields, string key, Action<YamlMapping> read)
    {
        var node = fields.Node(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return;
        }

        if (node is not YamlSequence sequence)
        {
            Report(DefinitionRules.WrongValueType, $"'{key}' must be a list (each item starting with '- '), not {node.Describe()}", node.Location);
            return;
        }

        foreach (var item in sequence.Items)
        {
            if (item is YamlMapping mapping)
            {
                read(mapping);
            }
            else
            {
                Report(DefinitionRules.WrongValueType, $"each item of '{key}' must be a mapping, not {item.Describe()}", item.Location);
            }
        }
    }

    [return: NotNullIfNotNull(nameof(path))]
    private string? Resolve(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var combined = Path.IsPathRooted(path) ? path : Path.Combine(directory, path);
        return SnapshotPath.Fold(combined);
    }

    private void Remember(string? id)
    {
        if (id is not null)
        {
            IncompleteIds.Add(id);
        }
    }

    private void Report(DiagnosticRule rule, string message, SourceLocation location) =>
        diagnostics.Add(new DefinitionDiagnostic(rule, message, location));
}
