using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>
/// Everything written about one definition: the <c>MonitorBuilder</c> call that declares it and every
/// builder call chained on it, including calls on a local that holds it, in source order.
/// </summary>
internal sealed class DefinitionChain
{
    public DefinitionChain(DefinitionCall head, IReadOnlyList<DefinitionCall> calls, bool isOpen, string filePath, int position)
    {
        Head = head;
        Calls = calls;
        IsOpen = isOpen;
        FilePath = filePath;
        Position = position;
    }

    /// <summary>The <c>MonitorBuilder</c> call: <c>Dataset</c>, <c>Drift</c>, …, <c>Gate</c>.</summary>
    public DefinitionCall Head { get; }

    /// <summary>The calls chained on the head, in source order.</summary>
    public IReadOnlyList<DefinitionCall> Calls { get; }

    /// <summary>
    /// Whether the definition escapes to code the analyzer does not follow (stored in a field, passed to a
    /// method), so more may be written about it: rules that need the whole definition stay silent.
    /// </summary>
    public bool IsOpen { get; }

    public string FilePath { get; }

    public int Position { get; }
}
