using System.Collections.Generic;
using System.Globalization;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// Parses the SLI expression language, a small boolean language over a dataset's columns:
/// <code>
/// expression := or
/// or         := and ('or' and)*
/// and        := not ('and' not)*
/// not        := 'not' not | comparison
/// comparison := sum [ ('==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') sum
///                   | ['not'] 'in' '(' literal (',' literal)* ')'
///                   | 'is' ['not'] 'null' ]
/// sum        := product (('+' | '-') product)*
/// product    := unary (('*' | '/') unary)*
/// unary      := '-' unary | primary
/// primary    := number | 'text' | "text" | true | false | column | `column` | '(' expression ')'
/// </code>
/// The result is a tree of records; nothing in it can run code. Texts longer than
/// <see cref="MaximumLength"/> characters or nested deeper than <see cref="MaximumDepth"/> are rejected.
/// </summary>
public sealed class SliParser
{
    /// <summary>The longest expression accepted, in characters.</summary>
    public const int MaximumLength = 2000;

    /// <summary>The deepest nesting of parentheses and operators accepted.</summary>
    public const int MaximumDepth = 50;

    private readonly List<SliToken> tokens;
    private int position;
    private int depth;

    private SliParser(List<SliToken> tokens)
    {
        this.tokens = tokens;
    }

    private SliToken Current => tokens[position];

    /// <summary>Parses <paramref name="text"/>; the result holds the tree or the first problem, with its offset.</summary>
    public static SliParseResult Parse(string text)
    {
        if (text.Length > MaximumLength)
        {
            return Failed(new SliExpressionError($"the expression is {text.Length.ToString(CultureInfo.InvariantCulture)} characters long; at most {MaximumLength.ToString(CultureInfo.InvariantCulture)} are allowed", MaximumLength));
        }

        var tokens = new List<SliToken>();
        if (!SliLexer.TryTokenize(text, tokens, out var lexError))
        {
            return Failed(lexError);
        }

        if (tokens.Count == 1)
        {
            return Failed(new SliExpressionError("the expression is empty: write a condition such as latency_ms <= 120", 0));
        }

        var parser = new SliParser(tokens);
        try
        {
            var expression = parser.ParseOr();
            if (parser.Current.Kind != SliTokenKind.End)
            {
                var token = parser.Current;
                var hint = token.Kind is SliTokenKind.Equal or SliTokenKind.NotEqual or SliTokenKind.Less or SliTokenKind.LessOrEqual or SliTokenKind.Greater or SliTokenKind.GreaterOrEqual
                    ? ": comparisons cannot be chained; join them with and"
                    : ": join conditions with and / or";
                throw new SyntaxError($"unexpected {Describe(token)} after a complete expression{hint}", token.Start);
            }

            return new SliParseResult(expression, null);
        }
        catch (SyntaxError error)
        {
            return Failed(new SliExpressionError(error.Message, error.Offset));
        }
    }

    private static SliParseResult Failed(SliExpressionError error) => new(null, error);

    private static string Describe(SliToken token) => token.Kind switch
    {
        SliTokenKind.End => "end of the expression",
        SliTokenKind.Identifier => $"column '{token.Value}'",
        SliTokenKind.Text => $"text '{token.Value}'",
        _ => $"'{token.Value}'",
    };

    private SliExpression ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == SliTokenKind.Or)
        {
            Advance();
            var right = ParseAnd();
            left = new SliLogical(SliLogicalOperator.Or, left, right, left.Start, End(right) - left.Start);
        }

        return left;
    }

    private SliExpression ParseAnd()
    {
        var left = ParseNot();
        while (Current.Kind == SliTokenKind.And)
        {
            Advance();
            var right = ParseNot();
            left = new SliLogical(SliLogicalOperator.And, left, right, left.Start, End(right) - left.Start);
        }

        return left;
    }

    private SliExpression ParseNot()
    {
        if (Current.Kind != SliTokenKind.Not)
        {
            return ParseComparison();
        }

        var start = Current.Start;
        Advance();
        Enter(start);
        var operand = ParseNot();
        depth--;
        return new SliNot(operand, start, End(operand) - start);
    }

    private SliExpression ParseComparison()
    {
        var left = ParseSum();
        var token = Current;
        var comparison = token.Kind switch
        {
            SliTokenKind.Equal => SliComparisonOperator.Equal,
            SliTokenKind.NotEqual => SliComparisonOperator.NotEqual,
            SliTokenKind.Less => SliComparisonOperator.Less,
            SliTokenKind.LessOrEqual => SliComparisonOperator.LessOrEqual,
            SliTokenKind.Greater => SliComparisonOperator.Greater,
            SliTokenKind.GreaterOrEqual => SliComparisonOperator.GreaterOrEqual,
            _ => (SliComparisonOperator?)null,
        };
        if (comparison is { } op)
        {
            Advance();
            var right = ParseSum();
            return new SliComparison(op, left, right, left.Start, End(right) - left.Start);
        }

        if (token.Kind == SliTokenKind.Is)
        {
            Advance();
            var negated = false;
            if (Current.Kind == SliTokenKind.Not)
            {
                negated = true;
                Advance();
            }

            var nullToken = Expect(SliTokenKind.Null, "null after 'is'" + (negated ? " not" : string.Empty));
            return new SliNullTest(left, negated, left.Start, nullToken.Start + nullToken.Length - left.Start);
        }

        if (token.Kind == SliTokenKind.In || (token.Kind == SliTokenKind.Not && Peek(1).Kind == SliTokenKind.In))
        {
            var negated = token.Kind == SliTokenKind.Not;
            Advance();
            if (negated)
            {
                Advance();
            }

            return ParseList(left, negated);
        }

        return left;
    }

    private SliExpression ParseList(SliExpression value, bool negated)
    {
        var open = Current;
        if (open.Kind is not (SliTokenKind.OpenParen or SliTokenKind.OpenBracket))
        {
            throw new SyntaxError($"expected a list such as ('a', 'b') after 'in', not {Describe(open)}", open.Start);
        }

        var close = open.Kind == SliTokenKind.OpenParen ? SliTokenKind.CloseParen : SliTokenKind.CloseBracket;
        Advance();
        var candidates = new List<SliExpression>();
        while (true)
        {
            candidates.Add(ParseListLiteral());
            if (Current.Kind == SliTokenKind.Comma)
            {
                Advance();
                continue;
            }

            var end = Expect(close, close == SliTokenKind.CloseParen ? "')' or ',' in the list" : "']' or ',' in the list");
            return new SliMembership(value, candidates, negated, value.Start, end.Start + end.Length - value.Start);
        }
    }

    private SliExpression ParseListLiteral()
    {
        var token = Current;
        var sign = 1.0;
        var start = token.Start;
        if (token.Kind == SliTokenKind.Minus && Peek(1).Kind == SliTokenKind.Number)
        {
            sign = -1;
            Advance();
            token = Current;
        }

        switch (token.Kind)
        {
            case SliTokenKind.Number:
                Advance();
                return new SliNumber(sign * token.Number, start, token.Start + token.Length - start);
            case SliTokenKind.Text:
                Advance();
                return new SliText(token.Value, token.Start, token.Length);
            case SliTokenKind.True or SliTokenKind.False:
                Advance();
                return new SliBoolean(token.Kind == SliTokenKind.True, token.Start, token.Length);
            default:
                throw new SyntaxError($"a list after 'in' holds numbers, text or true/false, not {Describe(token)}", token.Start);
        }
    }

    private SliExpression ParseSum()
    {
        var left = ParseProduct();
        while (Current.Kind is SliTokenKind.Plus or SliTokenKind.Minus)
        {
            var op = Current.Kind == SliTokenKind.Plus ? SliArithmeticOperator.Add : SliArithmeticOperator.Subtract;
            Advance();
            var right = ParseProduct();
            left = new SliArithmetic(op, left, right, left.Start, End(right) - left.Start);
        }

        return left;
    }

    private SliExpression ParseProduct()
    {
        var left = ParseUnary();
        while (Current.Kind is SliTokenKind.Star or SliTokenKind.Slash)
        {
            var op = Current.Kind == SliTokenKind.Star ? SliArithmeticOperator.Multiply : SliArithmeticOperator.Divide;
            Advance();
            var right = ParseUnary();
            left = new SliArithmetic(op, left, right, left.Start, End(right) - left.Start);
        }

        return left;
    }

    private SliExpression ParseUnary()
    {
        if (Current.Kind != SliTokenKind.Minus)
        {
            return ParsePrimary();
        }

        var start = Current.Start;
        Advance();
        Enter(start);
        var operand = ParseUnary();
        depth--;
        return operand is SliNumber number
            ? new SliNumber(-number.Value, start, End(number) - start)
            : new SliNegation(operand, start, End(operand) - start);
    }

    private SliExpression ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case SliTokenKind.Number:
                Advance();
                return new SliNumber(token.Number, token.Start, token.Length);
            case SliTokenKind.Text:
                Advance();
                return new SliText(token.Value, token.Start, token.Length);
            case SliTokenKind.True or SliTokenKind.False:
                Advance();
                return new SliBoolean(token.Kind == SliTokenKind.True, token.Start, token.Length);
            case SliTokenKind.Identifier:
                Advance();
                return new SliColumn(token.Value, token.Start, token.Length);
            case SliTokenKind.OpenParen:
                {
                    Advance();
                    Enter(token.Start);
                    var inner = ParseOr();
                    depth--;
                    Expect(SliTokenKind.CloseParen, "')' to close the '(' at offset " + token.Start.ToString(CultureInfo.InvariantCulture));
                    return inner;
                }

            case SliTokenKind.Null:
                throw new SyntaxError("null can only be tested with 'is null' or 'is not null'", token.Start);
            case SliTokenKind.End:
                throw new SyntaxError(position == 0 ? "expected a value" : $"the expression ends after '{tokens[position - 1].Value}': expected a value", token.Start);
            default:
                throw new SyntaxError($"expected a column, a number, text or '(', not {Describe(token)}", token.Start);
        }
    }

    private SliToken Expect(SliTokenKind kind, string what)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw new SyntaxError($"expected {what}, not {Describe(token)}", token.Start);
        }

        Advance();
        return token;
    }

    private SliToken Peek(int ahead) => tokens[System.Math.Min(position + ahead, tokens.Count - 1)];

    private void Advance()
    {
        if (position < tokens.Count - 1)
        {
            position++;
        }
    }

    private void Enter(int offset)
    {
        if (++depth > MaximumDepth)
        {
            throw new SyntaxError($"the expression nests more than {MaximumDepth.ToString(CultureInfo.InvariantCulture)} levels deep", offset);
        }
    }

    private static int End(SliExpression expression) => expression.Start + expression.Length;

    private sealed class SyntaxError(string message, int offset) : System.Exception(message)
    {
        public int Offset { get; } = offset;
    }
}
