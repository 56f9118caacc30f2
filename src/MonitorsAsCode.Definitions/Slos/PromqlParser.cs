using System;
using System.Collections.Generic;
using System.Globalization;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// A recursive-descent parser and type checker for PromQL as Prometheus 2.42 reads it, written from the
/// Prometheus documentation ("Querying basics", "Operators", "Functions") and checked against
/// <c>promtool check rules</c>. Precedence, lowest first: <c>or</c>; <c>and</c> <c>unless</c>; comparisons;
/// <c>+</c> <c>-</c>; <c>*</c> <c>/</c> <c>%</c> <c>atan2</c>; <c>^</c> (right-associative). It reports the first
/// problem Prometheus would refuse: a syntax error, an unknown function or the wrong number or types of arguments,
/// a range on anything but a vector selector, a selector that could match every series, a regular expression RE2
/// does not compile, a misplaced <c>bool</c>, <c>on</c>/<c>ignoring</c> or <c>group_left</c>/<c>group_right</c>.
/// It builds no tree: each rule only needs the type and kind of the operands.
/// </summary>
internal sealed class PromqlParser
{
    private static readonly HashSet<string> Aggregators = new(StringComparer.Ordinal)
    {
        "sum", "avg", "count", "min", "max", "group", "stddev", "stdvar", "topk", "bottomk", "count_values", "quantile",
    };

    private static readonly HashSet<string> NotOperands = new(StringComparer.Ordinal)
    {
        "bool", "on", "ignoring", "group_left", "group_right", "atan2",
    };

    /// <summary>How deep expressions may nest; deeper ones are refused rather than risk the stack.</summary>
    internal const int MaximumDepth = 256;

    private readonly List<PromqlToken> tokens;
    private int index;
    private int depth;

    private PromqlParser(List<PromqlToken> tokens)
    {
        this.tokens = tokens;
    }

    private enum NodeKind
    {
        Other,
        VectorSelector,
        MatrixSelector,
        Subquery,
    }

    private PromqlToken Current => tokens[index];

    /// <summary>The first problem Prometheus would find in <paramref name="query"/>, or null; the query must give an instant vector or a scalar.</summary>
    public static PromqlProblem? Check(string query)
    {
        var problem = PromqlLexer.Tokenize(query, out var tokens);
        if (problem is not null)
        {
            return problem;
        }

        if (tokens.Count == 1)
        {
            return new PromqlProblem("no expression found in input", 0);
        }

        var parser = new PromqlParser(tokens);
        try
        {
            var node = parser.Expression(0);
            if (parser.Current.Kind == PromqlTokenKind.RightParen)
            {
                return new PromqlProblem("unexpected right parenthesis ')'", parser.Current.Offset);
            }

            if (parser.Current.Kind != PromqlTokenKind.End)
            {
                throw parser.Unexpected(null, null);
            }

            if (node.Type is not (PromqlValueType.Scalar or PromqlValueType.InstantVector))
            {
                return new PromqlProblem($"the query gives a {Name(node.Type)}, but the generated rules divide one query by another, so it must give an instant vector or a scalar{(node.Type == PromqlValueType.RangeVector ? " (a range needs a function such as rate(…) around it)" : string.Empty)}", node.Offset);
            }

            return null;
        }
        catch (Failure failure)
        {
            return failure.Problem;
        }
    }

    private Node Expression(int minimum)
    {
        if (++depth > MaximumDepth)
        {
            throw new Failure($"the query nests more than {MaximumDepth} levels deep", Current.Offset);
        }

        try
        {
            return Climb(minimum);
        }
        finally
        {
            depth--;
        }
    }

    private Node Climb(int minimum)
    {
        var left = Unary();
        while (true)
        {
            var token = Current;
            var op = Operator(token);
            if (op is not { } binary || binary.Precedence < minimum)
            {
                return left;
            }

            index++;
            var returnBool = false;
            if (Current.Kind == PromqlTokenKind.Identifier && Current.Word == "bool")
            {
                returnBool = true;
                index++;
            }

            List<string>? matching = null;
            var on = false;
            List<string>? include = null;
            if (Current.Kind == PromqlTokenKind.Identifier && Current.Word is "on" or "ignoring")
            {
                on = Current.Word == "on";
                index++;
                matching = Labels("grouping opts");
                if (Current.Kind == PromqlTokenKind.Identifier && Current.Word is "group_left" or "group_right")
                {
                    index++;
                    include = Current.Kind == PromqlTokenKind.LeftParen ? Labels("grouping opts") : [];
                }
            }

            var right = Expression(binary.Name == "^" ? binary.Precedence : binary.Precedence + 1);
            left = Binary(token, binary, left, right, returnBool, matching, on, include);
        }
    }

    private static Node Binary(PromqlToken token, BinaryOperator op, Node left, Node right, bool returnBool, List<string>? matching, bool on, List<string>? include)
    {
        if (returnBool && !op.IsComparison)
        {
            throw new Failure("bool modifier can only be used on comparison operators", token.Offset);
        }

        if (op.IsComparison && !returnBool && left.Type == PromqlValueType.Scalar && right.Type == PromqlValueType.Scalar)
        {
            throw new Failure("comparisons between scalars must use BOOL modifier", token.Offset);
        }

        if (on && matching is not null && include is not null)
        {
            foreach (var label in matching)
            {
                if (include.Contains(label))
                {
                    throw new Failure($"label \"{label}\" must not occur in ON and GROUP clause at once", token.Offset);
                }
            }
        }

        foreach (var side in new[] { left, right })
        {
            if (side.Type is not (PromqlValueType.Scalar or PromqlValueType.InstantVector))
            {
                throw new Failure($"binary expression must contain only scalar and instant vector types, but {(side == left ? "the left" : "the right")} side of \"{token.Text}\" is a {Name(side.Type)}", side.Offset);
            }
        }

        var vectors = left.Type == PromqlValueType.InstantVector && right.Type == PromqlValueType.InstantVector;
        if (!vectors && matching is { Count: > 0 })
        {
            throw new Failure("vector matching only allowed between instant vectors", token.Offset);
        }

        if (vectors && op.IsSet && include is not null)
        {
            throw new Failure($"no grouping allowed for \"{op.Name}\" operation", token.Offset);
        }

        if (op.IsSet && !vectors)
        {
            throw new Failure($"set operator \"{op.Name}\" not allowed in binary scalar expression", token.Offset);
        }

        return new Node(NodeKind.Other, vectors || left.Type == PromqlValueType.InstantVector || right.Type == PromqlValueType.InstantVector ? PromqlValueType.InstantVector : PromqlValueType.Scalar, left.Offset);
    }

    private Node Unary()
    {
        var token = Current;
        if (token.Kind is PromqlTokenKind.Add or PromqlTokenKind.Sub)
        {
            index++;

            // Prometheus gives unary minus the precedence of multiplication: only ^ binds tighter.
            var operand = Expression(BinaryOperator.PowerPrecedence);
            if (operand.Type is not (PromqlValueType.Scalar or PromqlValueType.InstantVector))
            {
                throw new Failure($"unary expression only allowed on expressions of type scalar or instant vector, got \"{Name(operand.Type)}\"", token.Offset);
            }

            return new Node(NodeKind.Other, operand.Type, token.Offset);
        }

        return Postfix(Primary());
    }

    private Node Postfix(Node node)
    {
        while (true)
        {
            var token = Current;
            if (token.Kind == PromqlTokenKind.LeftBracket)
            {
                node = Range(node);
            }
            else if (token.Kind == PromqlTokenKind.Identifier && token.Word == "offset")
            {
                RequireSelectorOrSubquery(node, "offset", token);
                if (node.HasOffset)
                {
                    throw new Failure("offset may not be set multiple times", token.Offset);
                }

                index++;
                if (Current.Kind == PromqlTokenKind.Sub)
                {
                    index++;
                }

                Duration("offset");
                node = node with { HasOffset = true };
            }
            else if (token.Kind == PromqlTokenKind.At)
            {
                RequireSelectorOrSubquery(node, "@", token);
                if (node.HasAt)
                {
                    throw new Failure("@ <timestamp> may not be set multiple times", token.Offset);
                }

                index++;
                Timestamp();
                node = node with { HasAt = true };
            }
            else
            {
                return node;
            }
        }
    }

    private static void RequireSelectorOrSubquery(Node node, string modifier, PromqlToken token)
    {
        if (node.Kind == NodeKind.Other)
        {
            throw new Failure($"{modifier} modifier must be preceded by an instant vector selector or range vector selector or a subquery", token.Offset);
        }
    }

    private void Timestamp()
    {
        var token = Current;
        if (token.Kind == PromqlTokenKind.Identifier && token.Word is "start" or "end")
        {
            index++;
            Expect(PromqlTokenKind.LeftParen, "@", "\"(\"");
            Expect(PromqlTokenKind.RightParen, "@", "\")\"");
            return;
        }

        var negative = false;
        if (token.Kind is PromqlTokenKind.Add or PromqlTokenKind.Sub)
        {
            negative = token.Kind == PromqlTokenKind.Sub;
            index++;
        }

        if (NumberValue(Current) is not { } value)
        {
            throw Unexpected("@", "timestamp");
        }

        index++;
        value = negative ? -value : value;
        if (double.IsNaN(value) || double.IsInfinity(value) || value >= 9.2233720368547758e18 || value <= -9.2233720368547758e18)
        {
            throw new Failure($"timestamp out of bounds for @ modifier: {value.ToString("R", CultureInfo.InvariantCulture)}", token.Offset);
        }
    }

    private Node Range(Node node)
    {
        var open = Current;
        index++;
        Duration("subquery or range");
        if (Current.Kind == PromqlTokenKind.Colon)
        {
            index++;
            if (Current.Kind != PromqlTokenKind.RightBracket)
            {
                Duration("subquery");
            }

            Expect(PromqlTokenKind.RightBracket, "subquery", "\"]\"");
            if (node.Type != PromqlValueType.InstantVector)
            {
                throw new Failure($"subquery is only allowed on instant vector, got {Name(node.Type)} instead", node.Offset);
            }

            return new Node(NodeKind.Subquery, PromqlValueType.RangeVector, node.Offset);
        }

        Expect(PromqlTokenKind.RightBracket, "subquery or range", "\":\" or \"]\"");
        if (node.Kind != NodeKind.VectorSelector)
        {
            throw new Failure("ranges only allowed for vector selectors", open.Offset);
        }

        if (node.HasOffset)
        {
            throw new Failure("no offset modifiers allowed before range", open.Offset);
        }

        if (node.HasAt)
        {
            throw new Failure("no @ modifiers allowed before range", open.Offset);
        }

        return new Node(NodeKind.MatrixSelector, PromqlValueType.RangeVector, node.Offset);
    }

    private void Duration(string context)
    {
        var token = Current;
        if (token.Kind == PromqlTokenKind.Number && context != "offset")
        {
            throw new Failure("missing unit character in duration", token.Offset);
        }

        if (token.Kind != PromqlTokenKind.Duration)
        {
            throw Unexpected(context, "duration");
        }

        index++;
        if (token.Text == PrometheusQueries.WindowPlaceholder)
        {
            return;
        }

        if (PromqlDuration.Problem(token.Text) is { } problem)
        {
            throw new Failure(problem, token.Offset);
        }
    }

    private Node Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case PromqlTokenKind.LeftParen:
            {
                index++;
                var inner = Expression(0);
                if (Current.Kind == PromqlTokenKind.End)
                {
                    throw new Failure("unclosed left parenthesis", Current.Offset);
                }

                Expect(PromqlTokenKind.RightParen, "paren expression", "\")\"");
                return new Node(NodeKind.Other, inner.Type, token.Offset);
            }

            case PromqlTokenKind.Number:
                NumberLiteral(token);
                index++;
                return new Node(NodeKind.Other, PromqlValueType.Scalar, token.Offset);
            case PromqlTokenKind.String:
                index++;
                return new Node(NodeKind.Other, PromqlValueType.String, token.Offset);
            case PromqlTokenKind.LeftBrace:
                return Selector(null);
            case PromqlTokenKind.Identifier or PromqlTokenKind.MetricIdentifier:
                return Word(token);
            case PromqlTokenKind.RightParen:
                throw new Failure("unexpected right parenthesis ')'", token.Offset);
            default:
                throw Unexpected(null, null);
        }
    }

    private Node Word(PromqlToken token)
    {
        var word = token.Word;
        var next = tokens[index + 1];
        if (token.Kind == PromqlTokenKind.Identifier && Aggregators.Contains(word)
            && (next.Kind == PromqlTokenKind.LeftParen || (next.Kind == PromqlTokenKind.Identifier && next.Word is "by" or "without")))
        {
            return Aggregation(token);
        }

        if (token.Kind == PromqlTokenKind.Identifier && next.Kind == PromqlTokenKind.LeftParen)
        {
            return Call(token);
        }

        if (NumberValue(token) is not null)
        {
            index++;
            return new Node(NodeKind.Other, PromqlValueType.Scalar, token.Offset);
        }

        if (token.Kind == PromqlTokenKind.Identifier && NotOperands.Contains(word))
        {
            throw Unexpected(null, null);
        }

        index++;
        return Selector(token);
    }

    private Node Aggregation(PromqlToken token)
    {
        index++;
        var grouped = false;
        if (Current.Kind == PromqlTokenKind.Identifier && Current.Word is "by" or "without")
        {
            index++;
            Labels("grouping opts");
            grouped = true;
        }

        if (Current.Kind != PromqlTokenKind.LeftParen)
        {
            throw Unexpected("aggregation", "\"(\"");
        }

        index++;
        var arguments = Arguments();
        if (Current.Kind == PromqlTokenKind.Identifier && Current.Word is "by" or "without")
        {
            if (grouped)
            {
                throw Unexpected(null, null);
            }

            index++;
            Labels("grouping opts");
        }

        var word = token.Word;
        if (arguments.Count == 0)
        {
            throw new Failure("no arguments for aggregate expression provided", token.Offset);
        }

        PromqlValueType? parameter = word switch
        {
            "topk" or "bottomk" or "quantile" => PromqlValueType.Scalar,
            "count_values" => PromqlValueType.String,
            _ => null,
        };
        var expected = parameter is null ? 1 : 2;
        if (arguments.Count != expected)
        {
            throw new Failure($"wrong number of arguments for aggregate expression provided, expected {expected}, got {arguments.Count}", token.Offset);
        }

        if (parameter is { } type && arguments[0].Type != type)
        {
            throw new Failure($"expected type {Name(type)} in aggregation parameter, got {Name(arguments[0].Type)}", arguments[0].Offset);
        }

        var vector = arguments[arguments.Count - 1];
        if (vector.Type != PromqlValueType.InstantVector)
        {
            throw new Failure($"expected type instant vector in aggregation expression, got {Name(vector.Type)}", vector.Offset);
        }

        return new Node(NodeKind.Other, PromqlValueType.InstantVector, token.Offset);
    }

    private Node Call(PromqlToken token)
    {
        if (PromqlFunctions.Find(token.Text) is not { } function)
        {
            throw new Failure($"unknown function with name \"{token.Text}\"", token.Offset);
        }

        index += 2;
        var arguments = Arguments();
        var declared = function.Arguments.Count;
        var count = arguments.Count;
        var name = $"\"{function.Name}\"";
        if (function.Optional == 0 && count != declared)
        {
            throw new Failure($"expected {declared} argument(s) in call to {name}, got {count}", token.Offset);
        }

        if (function.Optional > 0 && count < declared - function.Optional)
        {
            throw new Failure($"expected at least {declared - function.Optional} argument(s) in call to {name}, got {count}", token.Offset);
        }

        if (function.Optional > 0 && count > declared)
        {
            throw new Failure($"expected at most {declared} argument(s) in call to {name}, got {count}", token.Offset);
        }

        if (function.Optional < 0 && count < declared - 1)
        {
            throw new Failure($"expected at least {declared - 1} argument(s) in call to {name}, got {count}", token.Offset);
        }

        for (var i = 0; i < count; i++)
        {
            var expected = function.Arguments[Math.Min(i, declared - 1)];
            if (arguments[i].Type != expected)
            {
                throw new Failure($"expected type {Name(expected)} in call to function {name}, got {Name(arguments[i].Type)}", arguments[i].Offset);
            }
        }

        return new Node(NodeKind.Other, function.Returns, token.Offset);
    }

    /// <summary>The arguments of a call or aggregation, after its "(": no trailing comma, as Prometheus 2.42 wants.</summary>
    private List<Node> Arguments()
    {
        var arguments = new List<Node>();
        if (Current.Kind == PromqlTokenKind.RightParen)
        {
            index++;
            return arguments;
        }

        while (true)
        {
            arguments.Add(Expression(0));
            var token = Current;
            if (token.Kind == PromqlTokenKind.Comma)
            {
                index++;
                if (Current.Kind == PromqlTokenKind.RightParen)
                {
                    throw new Failure("trailing commas not allowed in function call args", token.Offset);
                }

                continue;
            }

            if (token.Kind == PromqlTokenKind.RightParen)
            {
                index++;
                return arguments;
            }

            if (token.Kind == PromqlTokenKind.End)
            {
                throw new Failure("unclosed left parenthesis", token.Offset);
            }

            throw Unexpected("function call args", "\",\" or \")\"");
        }
    }

    /// <summary>A parenthesised list of label names, for by, without, on, ignoring, group_left and group_right.</summary>
    private List<string> Labels(string context)
    {
        Expect(PromqlTokenKind.LeftParen, context, "\"(\"");
        var labels = new List<string>();
        while (true)
        {
            if (Current.Kind == PromqlTokenKind.RightParen)
            {
                index++;
                return labels;
            }

            if (Current.Kind != PromqlTokenKind.Identifier)
            {
                throw Unexpected(context, "label");
            }

            labels.Add(Current.Text);
            index++;
            if (Current.Kind == PromqlTokenKind.Comma)
            {
                index++;
            }
            else if (Current.Kind != PromqlTokenKind.RightParen)
            {
                throw Unexpected(context, "\",\" or \")\"");
            }
        }
    }

    private Node Selector(PromqlToken? name)
    {
        var start = name?.Offset ?? Current.Offset;
        var matchesSomething = name is not null;
        if (Current.Kind == PromqlTokenKind.LeftBrace)
        {
            index++;
            while (Current.Kind != PromqlTokenKind.RightBrace)
            {
                var label = Current;
                if (label.Kind != PromqlTokenKind.Identifier)
                {
                    throw Unexpected("label matching", "identifier or \"}\"");
                }

                index++;
                var op = Current;
                if (op.Kind is not (PromqlTokenKind.Assign or PromqlTokenKind.NotEqual or PromqlTokenKind.RegexMatch or PromqlTokenKind.RegexNoMatch))
                {
                    throw Unexpected("label matching", "label matching operator");
                }

                index++;
                var value = Current;
                if (value.Kind != PromqlTokenKind.String)
                {
                    throw Unexpected("label matching", "string");
                }

                index++;
                if (name is { } metric && label.Text == "__name__")
                {
                    throw new Failure($"metric name must not be set twice: \"{metric.Text}\" or \"{value.Value}\"", label.Offset);
                }

                var matchesEmpty = op.Kind switch
                {
                    PromqlTokenKind.Assign => value.Value.Length == 0,
                    PromqlTokenKind.NotEqual => value.Value.Length != 0,
                    _ => Regex(value) == (op.Kind == PromqlTokenKind.RegexMatch),
                };
                matchesSomething |= !matchesEmpty;
                if (Current.Kind == PromqlTokenKind.Comma)
                {
                    index++;
                }
                else if (Current.Kind != PromqlTokenKind.RightBrace)
                {
                    throw Unexpected("label matching", "\",\" or \"}\"");
                }
            }

            index++;
        }

        if (!matchesSomething)
        {
            throw new Failure("vector selector must contain at least one non-empty matcher", start);
        }

        return new Node(NodeKind.VectorSelector, PromqlValueType.InstantVector, start);
    }

    /// <summary>Whether the regular expression of <paramref name="value"/> matches the empty string; throws when RE2 would not compile it.</summary>
    private static bool Regex(PromqlToken value)
    {
        if (value.InvalidUtf8)
        {
            throw new Failure("error parsing regexp: invalid UTF-8 (an escape such as \\xff makes a byte that is not text)", value.Offset);
        }

        if (PromqlRegex.Compile(value.Value, out var problem) is not { } regex)
        {
            throw new Failure($"error parsing regexp {VisibleText.Escape(value.Text)}: {problem}", value.Offset);
        }

        return regex.IsMatch(string.Empty);
    }

    private static void NumberLiteral(PromqlToken token)
    {
        if (NumberValue(token) is null)
        {
            throw new Failure($"error parsing number: \"{token.Text}\" is not a number Prometheus can read", token.Offset);
        }
    }

    /// <summary>
    /// The value of a number as Go reads it (first as an integer with its prefix, then as a float): hexadecimal
    /// only as an integer, a decimal that overflows is an error, Inf, Infinity and NaN in any case.
    /// </summary>
    private static double? NumberValue(PromqlToken token)
    {
        var text = token.Text;
        if (token.Kind == PromqlTokenKind.Identifier)
        {
            return token.Word switch
            {
                "inf" or "infinity" => double.PositiveInfinity,
                "nan" => double.NaN,
                _ => null,
            };
        }

        if (token.Kind != PromqlTokenKind.Number)
        {
            return null;
        }

        if (text.Length > 1 && text[0] == '0' && text[1] is 'x' or 'X')
        {
            return text.Length > 2 && text.Length <= 18 && long.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) && hex >= 0
                ? hex
                : null;
        }

        var mantissaDigits = 0;
        foreach (var c in text)
        {
            if (c is 'e' or 'E')
            {
                break;
            }

            if (PromqlLexer.IsDigit(c))
            {
                mantissaDigits++;
            }
        }

        var e = text.IndexOfAny(['e', 'E']);
        if (mantissaDigits == 0 || (e >= 0 && (e == text.Length - 1 || !PromqlLexer.IsDigit(text[text.Length - 1]))))
        {
            return null;
        }

        try
        {
            var value = double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
            return double.IsInfinity(value) ? null : value;
        }
        catch (OverflowException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private void Expect(PromqlTokenKind kind, string context, string expected)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(context, expected);
        }

        index++;
    }

    private Failure Unexpected(string? context, string? expected)
    {
        var token = Current;
        var what = token.Kind switch
        {
            PromqlTokenKind.End => "end of input",
            PromqlTokenKind.Identifier when IsKeyword(token.Word) => $"<{token.Word}>",
            PromqlTokenKind.Identifier => $"identifier \"{token.Text}\"",
            PromqlTokenKind.MetricIdentifier => $"metric identifier \"{token.Text}\"",
            PromqlTokenKind.Number => $"number \"{token.Text}\"",
            PromqlTokenKind.Duration => $"duration \"{token.Text}\"",
            PromqlTokenKind.String => $"string {VisibleText.Escape(token.Text)}",
            _ => $"\"{token.Text}\"",
        };
        var where = context is null ? string.Empty : " in " + context;
        var wanted = expected is null ? string.Empty : ", expected " + expected;
        return new Failure($"unexpected {what}{where}{wanted}", token.Offset);
    }

    private static bool IsKeyword(string word) =>
        Aggregators.Contains(word) || NotOperands.Contains(word) || word is "and" or "or" or "unless" or "by" or "without" or "offset" or "start" or "end";

    private static BinaryOperator? Operator(PromqlToken token) => token.Kind switch
    {
        PromqlTokenKind.Identifier => token.Word switch
        {
            "or" => new BinaryOperator("or", 1, IsSet: true, IsComparison: false),
            "and" or "unless" => new BinaryOperator(token.Word, 2, IsSet: true, IsComparison: false),
            "atan2" => new BinaryOperator("atan2", 5, IsSet: false, IsComparison: false),
            _ => null,
        },
        PromqlTokenKind.Equal or PromqlTokenKind.NotEqual or PromqlTokenKind.Less or PromqlTokenKind.LessOrEqual
            or PromqlTokenKind.Greater or PromqlTokenKind.GreaterOrEqual => new BinaryOperator(token.Text, 3, IsSet: false, IsComparison: true),
        PromqlTokenKind.Add or PromqlTokenKind.Sub => new BinaryOperator(token.Text, 4, IsSet: false, IsComparison: false),
        PromqlTokenKind.Mul or PromqlTokenKind.Div or PromqlTokenKind.Mod => new BinaryOperator(token.Text, 5, IsSet: false, IsComparison: false),
        PromqlTokenKind.Pow => new BinaryOperator("^", BinaryOperator.PowerPrecedence, IsSet: false, IsComparison: false),
        _ => null,
    };

    private static string Name(PromqlValueType type) => type switch
    {
        PromqlValueType.Scalar => "scalar",
        PromqlValueType.InstantVector => "instant vector",
        PromqlValueType.RangeVector => "range vector",
        _ => "string",
    };

    private readonly record struct BinaryOperator(string Name, int Precedence, bool IsSet, bool IsComparison)
    {
        public const int PowerPrecedence = 6;
    }

    /// <summary>What the rules need to know of a parsed expression: its type, whether it is a selector or subquery, and its modifiers.</summary>
    private sealed record Node(NodeKind Kind, PromqlValueType Type, int Offset)
    {
        public bool HasOffset { get; init; }

        public bool HasAt { get; init; }
    }

    /// <summary>Stops the parse at the first problem.</summary>
    private sealed class Failure(string message, int offset) : Exception(message)
    {
        public PromqlProblem Problem { get; } = new(message, offset);
    }
}
