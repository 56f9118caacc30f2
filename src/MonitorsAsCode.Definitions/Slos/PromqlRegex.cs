using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// Label-matcher regular expressions as Prometheus reads them: Go's RE2 syntax, anchored at both ends. .NET has
/// no RE2, so this is an approximation that errs on the strict side: the syntax RE2 has and .NET lacks or spells
/// differently (<c>(?P&lt;name&gt;</c>, <c>(?U)</c>, <c>\Q…\E</c>, <c>\pL</c>, <c>\x{…}</c>, octal escapes, POSIX classes
/// such as <c>[[:alpha:]]</c>) is translated; what RE2 refuses and .NET would accept (backreferences, lookaround,
/// atomic groups, <c>\Z</c>, <c>\e</c>, <c>\u</c>, repeat counts over 1000, duplicate group names) is refused here;
/// then .NET compiles the translation. A few things RE2 accepts are refused here (Unicode scripts outside a common
/// list, negated POSIX classes written <c>[[:^alpha:]]</c> are kept), and RE2's limit on a program's size is not checked.
/// </summary>
internal static class PromqlRegex
{
    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No",
        "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs",
    };

    private static readonly HashSet<string> Scripts = new(StringComparer.Ordinal)
    {
        "Any", "Arabic", "Armenian", "Bengali", "Common", "Cyrillic", "Devanagari", "Georgian", "Greek", "Han", "Hangul",
        "Hebrew", "Hiragana", "Inherited", "Katakana", "Latin", "Tamil", "Thai",
    };

    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "a-zA-Z0-9", ["alpha"] = "a-zA-Z", ["ascii"] = "\\x00-\\x7F", ["blank"] = "\\t ", ["cntrl"] = "\\x00-\\x1F\\x7F",
        ["digit"] = "0-9", ["graph"] = "!-~", ["lower"] = "a-z", ["print"] = " -~", ["punct"] = "!-/:-@\\[-`{-~",
        ["space"] = "\\t\\n\\v\\f\\r ", ["upper"] = "A-Z", ["word"] = "\\w", ["xdigit"] = "0-9A-Fa-f",
    };

    private static readonly Regex DotNetReason = new(@"at offset \d+\. (?<reason>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>The expression anchored as Prometheus anchors it, or null with the reason RE2 would refuse it.</summary>
    public static Regex? Compile(string pattern, out string? problem)
    {
        var translated = new StringBuilder(pattern.Length + 8);
        problem = Translate(pattern, translated);
        if (problem is not null)
        {
            return null;
        }

        try
        {
            return new Regex("^(?:" + translated + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            var reason = DotNetReason.Match(exception.Message);
            problem = reason.Success ? reason.Groups["reason"].Value.TrimEnd('.').ToLowerInvariant() : "it does not compile";
            return null;
        }
    }

    private static string? Translate(string pattern, StringBuilder output)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (Escape(pattern, ref i, output, inClass: false) is { } escapeProblem)
                    {
                        return escapeProblem;
                    }

                    break;
                case '(' when i + 1 < pattern.Length && pattern[i + 1] == '?':
                    if (Group(pattern, ref i, output, names) is { } groupProblem)
                    {
                        return groupProblem;
                    }

                    break;
                case '[':
                    if (Class(pattern, ref i, output) is { } classProblem)
                    {
                        return classProblem;
                    }

                    break;
                case '{':
                    if (Repeat(pattern, ref i, output) is { } repeatProblem)
                    {
                        return repeatProblem;
                    }

                    break;
                default:
                    output.Append(c);
                    i++;
                    break;
            }
        }

        return null;
    }

    // Long on purpose: one switch over RE2's escapes, a few lines a case, so the whole table can be checked against RE2's syntax page.
    private static string? Escape(string pattern, ref int i, StringBuilder output, bool inClass)
    {
        if (i + 1 >= pattern.Length)
        {
            return "trailing backslash at end of expression";
        }

        var c = pattern[i + 1];
        var invalid = $"invalid escape sequence: `\\{c}`";
        if (c < 128 && !char.IsLetterOrDigit(c))
        {
            output.Append('\\').Append(c);
            i += 2;
            return null;
        }

        switch (c)
        {
            case 'a' or 'f' or 't' or 'n' or 'r' or 'v' or 'd' or 'D' or 's' or 'S' or 'w' or 'W':
                output.Append('\\').Append(c);
                i += 2;
                return null;
            case 'b' or 'B' or 'A' or 'z':
                if (inClass)
                {
                    return invalid;
                }

                output.Append('\\').Append(c);
                i += 2;
                return null;
            case >= '0' and <= '7':
            {
                var end = i + 2;
                while (end < pattern.Length && end < i + 4 && pattern[end] is >= '0' and <= '7')
                {
                    end++;
                }

                if (c != '0' && end == i + 2)
                {
                    return invalid;
                }

                var value = Convert.ToInt32(pattern.Substring(i + 1, end - i - 1), 8);
                output.Append("\\u").Append(value.ToString("X4", CultureInfo.InvariantCulture));
                i = end;
                return null;
            }

            case 'x':
            {
                string digits;
                int end;
                if (i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    var close = pattern.IndexOf('}', i + 3);
                    if (close < 0)
                    {
                        return invalid;
                    }

                    digits = pattern.Substring(i + 3, close - i - 3);
                    end = close + 1;
                }
                else
                {
                    digits = i + 4 <= pattern.Length ? pattern.Substring(i + 2, 2) : string.Empty;
                    end = i + 4;
                }

                if (digits.Length == 0 || digits.Length > 8 || !int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || value > 0x10FFFF || value < 0)
                {
                    return invalid;
                }

                var text = value is >= 0xD800 and < 0xE000 ? "\uFFFD" : char.ConvertFromUtf32(value);
                if (!inClass)
                {
                    output.Append("(?:");
                }

                foreach (var unit in text)
                {
                    output.Append("\\u").Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
                }

                if (!inClass)
                {
                    output.Append(')');
                }

                i = end;
                return null;
            }

            case 'p' or 'P':
            {
                string name;
                int end;
                if (i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    var close = pattern.IndexOf('}', i + 3);
                    if (close < 0)
                    {
                        return $"invalid character class range: `{pattern.Substring(i)}`";
                    }

                    name = pattern.Substring(i + 3, close - i - 3);
                    end = close + 1;
                }
                else if (i + 2 < pattern.Length)
                {
                    name = pattern.Substring(i + 2, 1);
                    end = i + 3;
                }
                else
                {
                    return $"invalid character class range: `{pattern.Substring(i)}`";
                }

                var bare = name.StartsWith("^", StringComparison.Ordinal) ? name.Substring(1) : name;
                if (Categories.Contains(bare))
                {
                    output.Append('\\').Append(c).Append('{').Append(bare).Append('}');
                }
                else if (Scripts.Contains(bare))
                {
                    // Which characters a script holds does not change whether the pattern compiles or matches "".
                    output.Append(inClass ? "\\w" : "\\w");
                }
                else
                {
                    return $"invalid character class range: `\\{c}{{{name}}}`";
                }

                i = end;
                return null;
            }

            case 'Q' when !inClass:
            {
                var close = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                var literal = close < 0 ? pattern.Substring(i + 2) : pattern.Substring(i + 2, close - i - 2);
                output.Append("(?:").Append(Regex.Escape(literal)).Append(')');
                i = close < 0 ? pattern.Length : close + 2;
                return null;
            }

            default:
                return invalid;
        }
    }

    private static string? Group(string pattern, ref int i, StringBuilder output, HashSet<string> names)
    {
        var start = i;
        var j = i + 2;
        if (j < pattern.Length && pattern[j] == 'P' && j + 1 < pattern.Length && pattern[j + 1] == '<')
        {
            var close = pattern.IndexOf('>', j + 2);
            var name = close < 0 ? string.Empty : pattern.Substring(j + 2, close - j - 2);
            if (name.Length == 0 || !IsWord(name))
            {
                return $"invalid named capture: `{pattern.Substring(start, Math.Min(pattern.Length, (close < 0 ? pattern.Length : close + 1)) - start)}`";
            }

            if (!names.Add(name))
            {
                return $"duplicate capture group name: `{name}`";
            }

            output.Append("(?<").Append(name).Append('>');
            i = close + 1;
            return null;
        }

        var flags = new StringBuilder();
        var sawFlag = false;
        var sawMinus = false;
        while (j < pattern.Length)
        {
            var c = pattern[j];
            if (c is 'i' or 'm' or 's' or 'U')
            {
                sawFlag = true;
                if (c != 'U')
                {
                    flags.Append(c);
                }
            }
            else if (c == '-' && !sawMinus)
            {
                if (!sawFlag && j != i + 2)
                {
                    break;
                }

                sawMinus = true;
                sawFlag = false;
                flags.Append(c);
            }
            else if (c is ')' or ':')
            {
                if (!sawFlag && (sawMinus || c == ')'))
                {
                    break;
                }

                // The ungreedy flag U changes which match is found, not whether one exists: .NET has no U, so it is left out.
                var kept = flags.ToString().TrimEnd('-');
                if (kept.StartsWith("-", StringComparison.Ordinal) && kept.Length == 1)
                {
                    kept = string.Empty;
                }

                output.Append(c == ':' ? (kept.Length == 0 ? "(?:" : "(?" + kept + ":") : (kept.Length == 0 ? string.Empty : "(?" + kept + ")"));
                i = j + 1;
                return null;
            }
            else
            {
                break;
            }

            j++;
        }

        return $"invalid or unsupported Perl syntax: `{pattern.Substring(start, Math.Min(j + 1, pattern.Length) - start)}`";
    }

    private static string? Class(string pattern, ref int i, StringBuilder output)
    {
        var start = i;
        output.Append('[');
        i++;
        if (i < pattern.Length && pattern[i] == '^')
        {
            output.Append('^');
            i++;
        }

        var first = true;
        while (true)
        {
            if (i >= pattern.Length)
            {
                return $"missing closing ]: `{pattern.Substring(start)}`";
            }

            var c = pattern[i];
            if (c == ']' && !first)
            {
                output.Append(']');
                i++;
                return null;
            }

            first = false;
            if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                var close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (close > 0)
                {
                    var name = pattern.Substring(i + 2, close - i - 2);
                    var negated = name.StartsWith("^", StringComparison.Ordinal);
                    if (!PosixClasses.TryGetValue(negated ? name.Substring(1) : name, out var members))
                    {
                        return $"invalid character class range: `[:{name}:]`";
                    }

                    output.Append(negated ? "\\W" : members);
                    i = close + 2;
                    continue;
                }
            }

            if (c == '\\')
            {
                if (Escape(pattern, ref i, output, inClass: true) is { } problem)
                {
                    return problem;
                }

                continue;
            }

            output.Append(c is '[' or ']' ? "\\" + c : c.ToString());
            i++;
        }
    }

    private static string? Repeat(string pattern, ref int i, StringBuilder output)
    {
        var close = pattern.IndexOf('}', i);
        var body = close < 0 ? string.Empty : pattern.Substring(i + 1, close - i - 1);
        var parts = body.Split(',');
        var valid = close > 0 && parts.Length <= 2 && parts[0].Length > 0 && IsDigits(parts[0]) && (parts.Length == 1 || parts[1].Length == 0 || IsDigits(parts[1]));
        if (!valid)
        {
            // Not a repeat count: RE2 reads the brace literally.
            output.Append("\\{");
            i++;
            return null;
        }

        foreach (var part in parts)
        {
            if (part.Length > 4 || (part.Length > 0 && int.Parse(part, CultureInfo.InvariantCulture) > 1000))
            {
                return $"invalid repeat count: `{{{body}}}`";
            }
        }

        output.Append(pattern, i, close + 1 - i);
        i = close + 1;
        return null;
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWord(string text)
    {
        foreach (var c in text)
        {
            if (!(PromqlLexer.IsLetter(c) || PromqlLexer.IsDigit(c)))
            {
                return false;
            }
        }

        return true;
    }
}
