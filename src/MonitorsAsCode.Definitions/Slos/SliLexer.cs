using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// Splits an SLI expression into tokens. Only the characters of the language are accepted; anything
/// that looks like code (<c>.</c>, <c>;</c>, <c>&amp;&amp;</c>, <c>=</c>) is an error that says what to write instead.
/// </summary>
internal static class SliLexer
{
    // Long on purpose: one loop over the characters with a branch per kind of token, as a hand-written lexer reads
    // best; split up, every piece would pass the position, the tokens and the error back and forth.
    public static bool TryTokenize(string text, List<SliToken> tokens, [NotNullWhen(false)] out SliExpressionError? error)
    {
        error = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                i++;
                continue;
            }

            var start = i;
            if (IsNameStart(c))
            {
                while (i < text.Length && IsNamePart(text[i]))
                {
                    i++;
                }

                var word = text.Substring(start, i - start);
                var kind = Keyword(word);
                if (kind == SliTokenKind.Identifier && i < text.Length && text[i] == '(')
                {
                    error = new SliExpressionError($"'{word}(' is a function call; SLI expressions have no functions, only columns, literals, comparisons, arithmetic, and, or, not, in and is null", start);
                    return false;
                }

                tokens.Add(new SliToken(kind, start, i - start, word, 0));
                continue;
            }

            if (IsDigit(c) || (c == '.' && i + 1 < text.Length && IsDigit(text[i + 1])))
            {
                if (!TryNumber(text, ref i, out var number, out error))
                {
                    return false;
                }

                tokens.Add(new SliToken(SliTokenKind.Number, start, i - start, text.Substring(start, i - start), number));
                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    {
                        if (!TryText(text, ref i, out var value, out error))
                        {
                            return false;
                        }

                        tokens.Add(new SliToken(SliTokenKind.Text, start, i - start, value, 0));
                        continue;
                    }

                case '`':
                    {
                        var close = text.IndexOf('`', i + 1);
                        if (close < 0)
                        {
                            error = new SliExpressionError("a column name in backticks is not closed: add the closing `", start);
                            return false;
                        }

                        if (close == i + 1)
                        {
                            error = new SliExpressionError("an empty column name in backticks", start);
                            return false;
                        }

                        tokens.Add(new SliToken(SliTokenKind.Identifier, start, close + 1 - start, text.Substring(i + 1, close - i - 1), 0));
                        i = close + 1;
                        continue;
                    }
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            SliTokenKind symbol;
            var length = 1;
            switch (c)
            {
                case '=' when next == '=':
                    symbol = SliTokenKind.Equal;
                    length = 2;
                    break;
                case '=':
                    error = new SliExpressionError("'=' alone is not a comparison: write == to compare", start);
                    return false;
                case '!' when next == '=':
                    symbol = SliTokenKind.NotEqual;
                    length = 2;
                    break;
                case '!':
                    error = new SliExpressionError("'!' is not an operator here: write not", start);
                    return false;
                case '<' when next == '=':
                    symbol = SliTokenKind.LessOrEqual;
                    length = 2;
                    break;
                case '<' when next == '>':
                    symbol = SliTokenKind.NotEqual;
                    length = 2;
                    break;
                case '<':
                    symbol = SliTokenKind.Less;
                    break;
                case '>' when next == '=':
                    symbol = SliTokenKind.GreaterOrEqual;
                    length = 2;
                    break;
                case '>':
                    symbol = SliTokenKind.Greater;
                    break;
                case '&':
                    error = new SliExpressionError($"'{(next == '&' ? "&&" : "&")}' is not an operator here: write and", start);
                    return false;
                case '|':
                    error = new SliExpressionError($"'{(next == '|' ? "||" : "|")}' is not an operator here: write or", start);
                    return false;
                case '+':
                    symbol = SliTokenKind.Plus;
                    break;
                case '-':
                    symbol = SliTokenKind.Minus;
                    break;
                case '*':
                    symbol = SliTokenKind.Star;
                    break;
                case '/':
                    symbol = SliTokenKind.Slash;
                    break;
                case '(':
                    symbol = SliTokenKind.OpenParen;
                    break;
                case ')':
                    symbol = SliTokenKind.CloseParen;
                    break;
                case '[':
                    symbol = SliTokenKind.OpenBracket;
                    break;
                case ']':
                    symbol = SliTokenKind.CloseBracket;
                    break;
                case ',':
                    symbol = SliTokenKind.Comma;
                    break;
                case '.':
                    error = new SliExpressionError("'.' is not allowed: an SLI expression names columns of its dataset, not members, methods or files", start);
                    return false;
                default:
                    error = new SliExpressionError($"unexpected character '{Describe(c)}'", start);
                    return false;
            }

            tokens.Add(new SliToken(symbol, start, length, text.Substring(start, length), 0));
            i += length;
        }

        tokens.Add(new SliToken(SliTokenKind.End, text.Length, 0, string.Empty, 0));
        return true;
    }

    private static SliTokenKind Keyword(string word) => word switch
    {
        "and" => SliTokenKind.And,
        "or" => SliTokenKind.Or,
        "not" => SliTokenKind.Not,
        "in" => SliTokenKind.In,
        "is" => SliTokenKind.Is,
        "null" => SliTokenKind.Null,
        "true" => SliTokenKind.True,
        "false" => SliTokenKind.False,
        _ => SliTokenKind.Identifier,
    };

    private static bool TryNumber(string text, ref int i, out double number, [NotNullWhen(false)] out SliExpressionError? error)
    {
        var start = i;
        error = null;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var exponent = i + 1;
            if (exponent < text.Length && (text[exponent] == '+' || text[exponent] == '-'))
            {
                exponent++;
            }

            if (exponent < text.Length && IsDigit(text[exponent]))
            {
                i = exponent;
                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }
            }
        }

        if (i < text.Length && (IsNamePart(text[i]) || text[i] == '.'))
        {
            var end = i;
            while (end < text.Length && (IsNamePart(text[end]) || text[end] == '.'))
            {
                end++;
            }

            number = 0;
            error = new SliExpressionError($"'{text.Substring(start, end - start)}' is not a number (numbers have no units: write 120, not 120ms)", start);
            return false;
        }

        if (!double.TryParse(text.Substring(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out number) || double.IsInfinity(number))
        {
            error = new SliExpressionError($"'{text.Substring(start, i - start)}' is not a finite number", start);
            return false;
        }

        return true;
    }

    private static bool TryText(string text, ref int i, out string value, [NotNullWhen(false)] out SliExpressionError? error)
    {
        var quote = text[i];
        var start = i;
        var builder = new StringBuilder();
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == quote)
            {
                i++;
                value = builder.ToString();
                error = null;
                return true;
            }

            if (c == '\\')
            {
                if (i + 1 < text.Length && (text[i + 1] == '\\' || text[i + 1] == '\'' || text[i + 1] == '"'))
                {
                    builder.Append(text[i + 1]);
                    i += 2;
                    continue;
                }

                value = string.Empty;
                error = new SliExpressionError("a backslash in text may only escape a quote or a backslash", i);
                return false;
            }

            builder.Append(c);
            i++;
        }

        value = string.Empty;
        error = new SliExpressionError($"text starting here is not closed: add the closing {quote}", start);
        return false;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsNameStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

    private static bool IsNamePart(char c) => IsNameStart(c) || IsDigit(c);

    private static string Describe(char c) => c < ' ' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();
}
