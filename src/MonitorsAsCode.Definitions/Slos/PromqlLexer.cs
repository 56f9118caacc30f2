using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// Splits a PromQL query into tokens the way Prometheus 2.42 does: identifiers (with <c>:</c> in metric names),
/// numbers (decimal, hexadecimal, exponents, Inf and NaN as words), durations (<c>5m</c>, <c>1h30m</c>; validated
/// by the parser), strings in double, single or back quotes with Go's escapes, operators and <c>#</c> comments.
/// Inside <c>{…}</c> only label names, strings, commas and matching operators are tokens. The placeholder
/// <c>{{.window}}</c> is a duration token of its own, so the query is checked as it is written, whatever window
/// the rules generator puts in its place.
/// </summary>
internal sealed class PromqlLexer
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly string text;
    private readonly List<PromqlToken> tokens = [];
    private int position;
    private bool bracketOpen;
    private bool gotColon;

    private PromqlLexer(string text)
    {
        this.text = text;
    }

    /// <summary>The tokens of <paramref name="text"/>, ending with <see cref="PromqlTokenKind.End"/>, or the first problem.</summary>
    public static PromqlProblem? Tokenize(string text, out List<PromqlToken> tokens)
    {
        var lexer = new PromqlLexer(text);
        tokens = lexer.tokens;
        return lexer.Run();
    }

    private PromqlProblem? Run()
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                return new PromqlProblem("a lone UTF-16 surrogate is not a character Prometheus can read", i);
            }

            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }

        while (position < text.Length)
        {
            var problem = Next();
            if (problem is not null)
            {
                return problem;
            }
        }

        if (bracketOpen)
        {
            return new PromqlProblem("unclosed left bracket", text.Length);
        }

        tokens.Add(new PromqlToken(PromqlTokenKind.End, string.Empty, string.Empty, text.Length));
        return null;
    }

    // Long on purpose: one switch on the first character of a token, a branch per kind of token, as a hand-written lexer reads best.
    private PromqlProblem? Next()
    {
        var c = text[position];
        var start = position;
        if (c is ' ' or '\t' or '\r' or '\n')
        {
            position++;
            return null;
        }

        if (c == '#')
        {
            while (position < text.Length && text[position] != '\n')
            {
                position++;
            }

            return null;
        }

        if (c == '{' && At(position + 1) == '{')
        {
            return Placeholder();
        }

        switch (c)
        {
            case ',': return Emit(PromqlTokenKind.Comma, 1);
            case '(': return Emit(PromqlTokenKind.LeftParen, 1);
            case ')': return Emit(PromqlTokenKind.RightParen, 1);
            case '{':
                Emit(PromqlTokenKind.LeftBrace, 1);
                return InsideBraces();
            case '}': return new PromqlProblem("unexpected character: '}'", start);
            case '[':
                if (bracketOpen)
                {
                    return new PromqlProblem("unexpected left bracket '['", start);
                }

                bracketOpen = true;
                gotColon = false;
                return Emit(PromqlTokenKind.LeftBracket, 1);
            case ']':
                if (!bracketOpen)
                {
                    return new PromqlProblem("unexpected right bracket ']'", start);
                }

                bracketOpen = false;
                return Emit(PromqlTokenKind.RightBracket, 1);
            case '@': return Emit(PromqlTokenKind.At, 1);
            case '+': return Emit(PromqlTokenKind.Add, 1);
            case '-': return Emit(PromqlTokenKind.Sub, 1);
            case '*': return Emit(PromqlTokenKind.Mul, 1);
            case '/': return Emit(PromqlTokenKind.Div, 1);
            case '%': return Emit(PromqlTokenKind.Mod, 1);
            case '^': return Emit(PromqlTokenKind.Pow, 1);
            case '=':
                if (At(position + 1) == '=')
                {
                    return Emit(PromqlTokenKind.Equal, 2);
                }

                if (At(position + 1) == '~')
                {
                    return new PromqlProblem("unexpected character after '=': '~' (=~ matches labels inside {…} only)", start);
                }

                return Emit(PromqlTokenKind.Assign, 1);
            case '!':
                if (At(position + 1) == '=')
                {
                    return Emit(PromqlTokenKind.NotEqual, 2);
                }

                return new PromqlProblem($"unexpected character after '!': {Quote(At(position + 1))}", start);
            case '<': return At(position + 1) == '=' ? Emit(PromqlTokenKind.LessOrEqual, 2) : Emit(PromqlTokenKind.Less, 1);
            case '>': return At(position + 1) == '=' ? Emit(PromqlTokenKind.GreaterOrEqual, 2) : Emit(PromqlTokenKind.Greater, 1);
            case '"' or '\'' or '`': return String();
            case ':':
                if (bracketOpen)
                {
                    if (gotColon)
                    {
                        return new PromqlProblem("unexpected colon ':'", start);
                    }

                    gotColon = true;
                    return Emit(PromqlTokenKind.Colon, 1);
                }

                return Identifier();
        }

        if (IsDigit(c) || (c == '.' && IsDigit(At(position + 1))))
        {
            return NumberOrDuration();
        }

        if (IsLetter(c))
        {
            return Identifier();
        }

        return new PromqlProblem($"unexpected character: {Quote(c)}", start);
    }

    private PromqlProblem? Placeholder()
    {
        var start = position;
        if (string.CompareOrdinal(text, position, PrometheusQueries.WindowPlaceholder, 0, PrometheusQueries.WindowPlaceholder.Length) == 0)
        {
            position += PrometheusQueries.WindowPlaceholder.Length;
            if ((start > 0 && IsAlphanumeric(text[start - 1])) || IsAlphanumeric(At(position)))
            {
                // Pasted into a word or number, the result would depend on the window: x{{.window}}y is a metric name, [1{{.window}}] a range of 15m.
                return new PromqlProblem($"{PrometheusQueries.WindowPlaceholder} is replaced by a duration such as 5m or 1h30m, so it must stand alone, as in rate(x[{PrometheusQueries.WindowPlaceholder}])", start);
            }

            tokens.Add(new PromqlToken(PromqlTokenKind.Duration, PrometheusQueries.WindowPlaceholder, PrometheusQueries.WindowPlaceholder, start));
            return null;
        }

        var end = text.IndexOf("}}", position, System.StringComparison.Ordinal);
        var written = end < 0 ? "{{" : text.Substring(position, end + 2 - position);
        return new PromqlProblem($"unknown placeholder {Quoted(written)}: the rules generator replaces only {PrometheusQueries.WindowPlaceholder}, written exactly so", start);
    }

    private PromqlProblem? InsideBraces()
    {
        while (true)
        {
            if (position >= text.Length)
            {
                return new PromqlProblem("unexpected end of input inside braces", position);
            }

            var c = text[position];
            var start = position;
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                position++;
                continue;
            }

            PromqlProblem? problem;
            switch (c)
            {
                case '}':
                    Emit(PromqlTokenKind.RightBrace, 1);
                    return null;
                case ',':
                    problem = Emit(PromqlTokenKind.Comma, 1);
                    break;
                case '"' or '\'' or '`':
                    problem = String();
                    break;
                case '=':
                    problem = At(position + 1) == '~' ? Emit(PromqlTokenKind.RegexMatch, 2) : Emit(PromqlTokenKind.Assign, 1);
                    break;
                case '!':
                    problem = At(position + 1) switch
                    {
                        '~' => Emit(PromqlTokenKind.RegexNoMatch, 2),
                        '=' => Emit(PromqlTokenKind.NotEqual, 2),
                        var other => new PromqlProblem($"unexpected character after '!' inside braces: {Quote(other)}", start),
                    };
                    break;
                case '{':
                    problem = At(position + 1) == '{'
                        ? new PromqlProblem($"a placeholder cannot stand inside {{…}}: {PrometheusQueries.WindowPlaceholder} is replaced by a duration, which belongs in a range such as [{PrometheusQueries.WindowPlaceholder}]", start)
                        : new PromqlProblem("unexpected left brace '{'", start);
                    break;
                default:
                    if (IsLetter(c))
                    {
                        while (position < text.Length && (IsLetter(text[position]) || IsDigit(text[position])))
                        {
                            position++;
                        }

                        var name = text.Substring(start, position - start);
                        tokens.Add(new PromqlToken(PromqlTokenKind.Identifier, name, name, start));
                        problem = null;
                    }
                    else
                    {
                        problem = new PromqlProblem($"unexpected character inside braces: {Quote(c)}", start);
                    }

                    break;
            }

            if (problem is not null)
            {
                return problem;
            }
        }
    }

    private PromqlProblem? Identifier()
    {
        var start = position;
        while (position < text.Length && (IsLetter(text[position]) || IsDigit(text[position]) || text[position] == ':'))
        {
            position++;
        }

        var word = text.Substring(start, position - start);
        tokens.Add(new PromqlToken(word.IndexOf(':') >= 0 ? PromqlTokenKind.MetricIdentifier : PromqlTokenKind.Identifier, word, word, start));
        return null;
    }

    private PromqlProblem? NumberOrDuration()
    {
        var start = position;
        var hex = At(position) == '0' && At(position + 1) is 'x' or 'X';
        if (hex)
        {
            position += 2;
        }

        SkipDigits(hex);
        if (At(position) == '.')
        {
            position++;
            SkipDigits(hex);
        }

        if (At(position) is 'e' or 'E')
        {
            position++;
            if (At(position) is '+' or '-')
            {
                position++;
            }

            SkipDigits(hex: false);
        }

        if (!IsAlphanumeric(At(position)))
        {
            var number = text.Substring(start, position - start);
            tokens.Add(new PromqlToken(PromqlTokenKind.Number, number, number, start));
            return null;
        }

        // A duration: units, each optionally followed by more digits and units, and nothing alphanumeric after.
        while (true)
        {
            if (At(position) is not ('s' or 'm' or 'h' or 'd' or 'w' or 'y'))
            {
                return new PromqlProblem($"bad number or duration syntax: {Quoted(text.Substring(start, System.Math.Min(position + 1, text.Length) - start))}", start);
            }

            position++;
            if (At(position) == 's')
            {
                position++;
            }

            if (!IsDigit(At(position)))
            {
                break;
            }

            SkipDigits(hex: false);
        }

        if (IsAlphanumeric(At(position)))
        {
            return new PromqlProblem($"bad number or duration syntax: {Quoted(text.Substring(start, System.Math.Min(position + 1, text.Length) - start))}", start);
        }

        var duration = text.Substring(start, position - start);
        tokens.Add(new PromqlToken(PromqlTokenKind.Duration, duration, duration, start));
        return null;
    }

    private void SkipDigits(bool hex)
    {
        while (position < text.Length && (IsDigit(text[position]) || (hex && IsHexDigit(text[position]))))
        {
            position++;
        }
    }

    /// <summary>A quoted string: its value with Go's escapes applied; the value is kept as UTF-8 bytes, as Prometheus does.</summary>
    private PromqlProblem? String()
    {
        var start = position;
        var quote = text[position];
        position++;
        var bytes = new List<byte>();
        while (true)
        {
            if (position >= text.Length)
            {
                return new PromqlProblem(quote == '`' ? "unterminated raw string" : "unterminated quoted string", start);
            }

            var c = text[position];
            if (c == quote)
            {
                position++;
                break;
            }

            if (c == '\uFFFD')
            {
                // Prometheus reads U+FFFD as the mark of a byte that is not UTF-8 and refuses it in any string.
                return new PromqlProblem("invalid UTF-8 rune: U+FFFD, the replacement character (often what a byte that is not UTF-8 was read as), is refused in a string", start);
            }

            if (c == '\n' && quote != '`')
            {
                return new PromqlProblem("unterminated quoted string", start);
            }

            if (c == '{' && string.CompareOrdinal(text, position, PrometheusQueries.WindowPlaceholder, 0, PrometheusQueries.WindowPlaceholder.Length) == 0)
            {
                // The rules generator replaces the placeholder inside strings too, which would change a label value or a regular expression per window.
                return new PromqlProblem($"{PrometheusQueries.WindowPlaceholder} inside a quoted string would be replaced by each window, changing the string; it belongs in a range such as [{PrometheusQueries.WindowPlaceholder}]", position);
            }

            if (c == '\\' && quote != '`')
            {
                var problem = Escape(quote, bytes);
                if (problem is not null)
                {
                    return problem;
                }

                continue;
            }

            var length = char.IsHighSurrogate(c) ? 2 : 1;
            bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(position, length)));
            position += length;
        }

        var raw = text.Substring(start, position - start);
        string value;
        var valid = true;
        try
        {
            value = StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            value = Encoding.UTF8.GetString(bytes.ToArray());
            valid = false;
        }

        tokens.Add(new PromqlToken(PromqlTokenKind.String, raw, value, start) { InvalidUtf8 = !valid });
        return null;
    }

    // Long on purpose: one switch over PromQL's (Go's) string escapes, a few lines a case, checkable against Go's specification.
    private PromqlProblem? Escape(char quote, List<byte> bytes)
    {
        var start = position;
        position++;
        if (position >= text.Length)
        {
            return new PromqlProblem("escape sequence not terminated", start);
        }

        var c = text[position];
        position++;
        switch (c)
        {
            case 'a': bytes.Add(7); return null;
            case 'b': bytes.Add(8); return null;
            case 'f': bytes.Add(12); return null;
            case 'n': bytes.Add(10); return null;
            case 'r': bytes.Add(13); return null;
            case 't': bytes.Add(9); return null;
            case 'v': bytes.Add(11); return null;
            case '\\': bytes.Add((byte)'\\'); return null;
        }

        if (c == quote)
        {
            bytes.Add((byte)c);
            return null;
        }

        int digits, radix;
        long max;
        switch (c)
        {
            case >= '0' and <= '7':
                digits = 3;
                radix = 8;
                max = 255;
                position--;
                break;
            case 'x':
                digits = 2;
                radix = 16;
                max = 255;
                break;
            case 'u':
                digits = 4;
                radix = 16;
                max = 0x10FFFF;
                break;
            case 'U':
                digits = 8;
                radix = 16;
                max = 0x10FFFF;
                break;
            default:
                return new PromqlProblem($"unknown escape sequence {CodePoint(c)}", start);
        }

        long value = 0;
        for (var i = 0; i < digits; i++)
        {
            if (position >= text.Length)
            {
                return new PromqlProblem("escape sequence not terminated", start);
            }

            var d = DigitValue(text[position]);
            if (d < 0 || d >= radix)
            {
                return new PromqlProblem($"illegal character {CodePoint(text[position])} in escape sequence", start);
            }

            value = (value * radix) + d;
            position++;
        }

        if (value > max || (value >= 0xD800 && value < 0xE000))
        {
            return new PromqlProblem("escape sequence is an invalid Unicode code point", start);
        }

        if (c is 'u' or 'U')
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32((int)value)));
        }
        else
        {
            bytes.Add((byte)value);
        }

        return null;
    }

    private PromqlProblem? Emit(PromqlTokenKind kind, int length)
    {
        var written = text.Substring(position, length);
        tokens.Add(new PromqlToken(kind, written, written, position));
        position += length;
        return null;
    }

    private char At(int index) => index < text.Length ? text[index] : '\0';

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " " + Quote(c);

    private static string Quoted(string written) => "\"" + VisibleText.Escape(written) + "\"";

    private static string Quote(char c) => c == '\0' ? "end of input" : "'" + VisibleText.Escape(c.ToString()) + "'";

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    /// <summary>ASCII letters and the underscore: what a PromQL name starts with.</summary>
    internal static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsAlphanumeric(char c) => IsLetter(c) || IsDigit(c);
}
