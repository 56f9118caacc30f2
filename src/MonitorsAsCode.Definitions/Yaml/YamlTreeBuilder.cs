using System;
using System.Collections.Generic;
using MonitorsAsCode.Definitions.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>Parses YAML text into <see cref="YamlNode"/> documents, reporting syntax problems as MAC0001.</summary>
internal static class YamlTreeBuilder
{
    public static IReadOnlyList<YamlNode> Parse(string file, string text, ICollection<DefinitionDiagnostic> diagnostics)
    {
        var documents = new List<YamlNode>();
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        try
        {
            var parser = BoundedYamlParser.Of(text);
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                anchors.Clear();
                if (parser.Accept<DocumentEnd>(out _))
                {
                    parser.Consume<DocumentEnd>();
                    continue;
                }

                documents.Add(ReadNode(parser, file, anchors, diagnostics));
                parser.Consume<DocumentEnd>();
            }

            parser.Consume<StreamEnd>();
        }
        catch (YamlException exception)
        {
            // For a character that cannot start a token (a tab in indentation), YamlDotNet's Start is
            // the token before it; End is the character itself.
            var mark = exception.End.Line > exception.Start.Line && exception.Message.IndexOf("tab", StringComparison.Ordinal) >= 0
                ? exception.End
                : exception.Start;
            diagnostics.Add(new DefinitionDiagnostic(
                DefinitionRules.YamlSyntax,
                "invalid YAML: " + CleanMessage(exception.Message),
                new SourceLocation(file, (int)mark.Line, (int)mark.Column)));
        }

        return documents;
    }

    private static YamlNode ReadNode(IParser parser, string file, Dictionary<string, YamlNode> anchors, ICollection<DefinitionDiagnostic> diagnostics)
    {
        var current = parser.Current ?? throw new InvalidOperationException("The YAML parser has no current event.");
        var location = new SourceLocation(file, (int)current.Start.Line, (int)current.Start.Column);
        YamlNode node;
        string? anchor = null;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return target;
                }

                diagnostics.Add(new DefinitionDiagnostic(DefinitionRules.YamlSyntax, $"invalid YAML: alias '*{EchoedValue.Shorten(alias.Value.Value)}' names no anchor", location));
                return new YamlScalar(location, string.Empty, isPlain: true, isBroken: true);
            case Scalar scalar:
                parser.MoveNext();
                anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                node = new YamlScalar(location, scalar.Value, scalar.Style == ScalarStyle.Plain);
                break;
            case SequenceStart sequenceStart:
                {
                    parser.MoveNext();
                    anchor = sequenceStart.Anchor.IsEmpty ? null : sequenceStart.Anchor.Value;
                    var items = new List<YamlNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, file, anchors, diagnostics));
                    }

                    node = new YamlSequence(location, items);
                    break;
                }

            case MappingStart mappingStart:
                {
                    parser.MoveNext();
                    anchor = mappingStart.Anchor.IsEmpty ? null : mappingStart.Anchor.Value;
                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser, file, anchors, diagnostics);
                        var value = ReadNode(parser, file, anchors, diagnostics);
                        if (keyNode is not YamlScalar key)
                        {
                            diagnostics.Add(new DefinitionDiagnostic(DefinitionRules.YamlSyntax, "invalid YAML: a mapping key must be a plain value, not " + keyNode.Describe(), keyNode.Location));
                            continue;
                        }

                        if (!seen.Add(key.Value))
                        {
                            diagnostics.Add(new DefinitionDiagnostic(DefinitionRules.YamlSyntax, $"invalid YAML: duplicate key '{EchoedValue.Shorten(key.Value)}' in the same mapping", key.Location));
                            continue;
                        }

                        entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
                    }

                    node = new YamlMapping(location, entries);
                    break;
                }

            default:
                throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
        }

        if (anchor is not null)
        {
            anchors[anchor] = node;
        }

        return node;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 ? message.Substring(index + 3) : message;
        return text.Trim().TrimEnd('.');
    }
}
