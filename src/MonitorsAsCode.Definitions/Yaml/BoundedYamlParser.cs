using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>
/// Passes on the events of a YAML parser, stopping with a <see cref="YamlException"/> at the position
/// of the first node that goes past a limit: nesting deeper than <see cref="MaxDepth"/>, a scalar longer
/// than <see cref="MaxScalarChars"/>, or aliases standing for more than <see cref="MaxAliasedNodes"/>
/// nodes in one document (a "billion laughs" file). Whatever walks the nodes afterwards, recursively
/// or by expanding aliases, then stays small. docs/limits.md lists the limits.
/// YamlDotNet stops on some malformed input with other exceptions than <see cref="YamlException"/>
/// (an <see cref="InvalidOperationException"/> for a document marker inside a flow mapping); those are
/// turned into a <see cref="YamlException"/> here too, so every caller reports one kind of syntax error.
/// </summary>
public sealed class BoundedYamlParser : IParser
{
    /// <summary>The deepest nesting of lists and mappings accepted; definitions use fewer than ten levels.</summary>
    public const int MaxDepth = 128;

    /// <summary>The longest scalar accepted, in characters (1 MiB): ten thousand lines of runbook text.</summary>
    public const int MaxScalarChars = 1024 * 1024;

    /// <summary>The most nodes that the aliases of one document may stand for in all, counted as if each were written out.</summary>
    public const long MaxAliasedNodes = 1_000_000;

    private readonly IParser inner;
    private readonly Scanner? scanner;
    private readonly int maxDepth;
    private readonly int maxScalarChars;
    private readonly long maxAliasedNodes;
    private readonly Stack<OpenCollection> open = new();
    private readonly Dictionary<string, long> anchorSizes = new(StringComparer.Ordinal);
    private long nodes;
    private long aliased;

    /// <summary>Bounds the events of <paramref name="inner"/> by the documented limits.</summary>
    public BoundedYamlParser(IParser inner)
        : this(inner, MaxDepth, MaxScalarChars, MaxAliasedNodes)
    {
    }

    /// <summary>Bounds the events of <paramref name="inner"/> by other limits (tests lower them).</summary>
    internal BoundedYamlParser(IParser inner, int maxDepth, int maxScalarChars, long maxAliasedNodes)
        : this(inner, null, maxDepth, maxScalarChars, maxAliasedNodes)
    {
    }

    private BoundedYamlParser(IParser inner, Scanner? scanner, int maxDepth, int maxScalarChars, long maxAliasedNodes)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        this.scanner = scanner;
        this.maxDepth = maxDepth;
        this.maxScalarChars = maxScalarChars;
        this.maxAliasedNodes = maxAliasedNodes;
    }

    /// <summary>
    /// Parses <paramref name="text"/> within the documented limits. Prefer this to wrapping a parser of
    /// your own: it knows where the scanner stopped, so a failure YamlDotNet reports without a position
    /// is still reported at the character it stopped on.
    /// </summary>
    public static BoundedYamlParser Of(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }
        var scanner = new Scanner(new StringReader(text));
        return new BoundedYamlParser(new Parser(scanner), scanner, MaxDepth, MaxScalarChars, MaxAliasedNodes);
    }

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc />
    // Long on purpose: one switch over the parser's events, each limit checked where its event arrives.
    public bool MoveNext()
    {
        if (!MoveInner())
        {
            return false;
        }

        switch (inner.Current)
        {
            case DocumentStart:
                anchorSizes.Clear();
                nodes = 0;
                aliased = 0;
                break;
            case Scalar scalar:
                if (scalar.Value.Length > maxScalarChars)
                {
                    throw new YamlException(scalar.Start, scalar.End, string.Format(
                        CultureInfo.InvariantCulture,
                        "a value is {0} characters long, and at most {1} (1 MiB) are accepted",
                        scalar.Value.Length,
                        maxScalarChars));
                }

                nodes++;
                if (!scalar.Anchor.IsEmpty)
                {
                    anchorSizes[scalar.Anchor.Value] = 1;
                }

                break;
            case NodeEvent { } start when start is SequenceStart or MappingStart:
                if (open.Count >= maxDepth)
                {
                    throw new YamlException(start.Start, start.End, string.Format(
                        CultureInfo.InvariantCulture,
                        "lists and mappings are nested more than {0} levels deep",
                        maxDepth));
                }

                var anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                if (anchor is not null)
                {
                    // Until the node ends, an alias to this name would be the node inside itself.
                    anchorSizes.Remove(anchor);
                }

                open.Push(new OpenCollection(anchor, nodes));
                nodes++;
                break;
            case SequenceEnd or MappingEnd:
                var ended = open.Pop();
                if (ended.Anchor is not null)
                {
                    anchorSizes[ended.Anchor] = nodes - ended.NodesBefore;
                }

                break;
            case AnchorAlias alias:
                if (!anchorSizes.TryGetValue(alias.Value.Value, out var size))
                {
                    foreach (var collection in open)
                    {
                        if (collection.Anchor == alias.Value.Value)
                        {
                            throw new YamlException(alias.Start, alias.End, "alias '*" + EchoedValue.Shorten(alias.Value.Value) + "' refers to the node that holds it");
                        }
                    }

                    // An alias to no anchor is the reader's to report.
                    size = 1;
                }

                nodes += size;
                aliased += size;
                if (aliased > maxAliasedNodes)
                {
                    throw new YamlException(alias.Start, alias.End, string.Format(
                        CultureInfo.InvariantCulture,
                        "aliases stand for more than {0} nodes in this document; write the values out or use fewer aliases",
                        maxAliasedNodes));
                }

                break;
        }

        return true;
    }

    private bool MoveInner()
    {
        try
        {
            return inner.MoveNext();
        }
        catch (Exception exception) when (exception is not (YamlException or OutOfMemoryException))
        {
            // Seen from YamlDotNet 16: InvalidOperationException ("Sequence contains no elements") for
            // `{ b: c---` and for a %YAML directive inside a flow mapping. Whatever the type, the input
            // is what is wrong, so it is reported like any other syntax error, where reading stopped.
            var mark = scanner?.CurrentPosition ?? inner.Current?.End ?? Mark.Empty;
            throw new YamlException(mark, mark, "the parser cannot read on from here; look for an unclosed { or [, or a document marker (---, ...) or directive (%) where a value belongs", exception);
        }
    }

    private readonly struct OpenCollection(string? anchor, long nodesBefore)
    {
        public string? Anchor { get; } = anchor;

        public long NodesBefore { get; } = nodesBefore;
    }
}
