using System.Text;
using System.Text.RegularExpressions;

namespace MonitorsAsCode.Cli.Tests.Documentation;

/// <summary>
/// A command shown in a <c>sh</c> or <c>console</c> block of the README or a page under docs/ (or as the <c>run:</c> or
/// <c>script:</c> step of a CI pipeline in a <c>yaml</c> block): the words after the prompt, without its comment, and
/// the exit code the comment documents (<c># exits 1: …</c>; 0 when it says none).
/// </summary>
internal sealed partial record DocumentedCommand(string File, int Line, string Text, IReadOnlyList<string> Words, int ExpectedExitCode)
{
    /// <summary>How the docs start the <c>monitors</c> command from a clone, before it is installed.</summary>
    public const string FromClone = "dotnet run --project src/MonitorsAsCode.Cli --";

    /// <summary>Whether it runs <c>monitors</c>, installed or from the clone.</summary>
    public bool IsMonitors => Text.StartsWith("monitors ", StringComparison.Ordinal) || Text.StartsWith(FromClone + " ", StringComparison.Ordinal);

    /// <summary>The arguments of <c>monitors</c> (for a <see cref="IsMonitors"/> command).</summary>
    public string[] MonitorsArguments => Words.Skip(Text.StartsWith("monitors ", StringComparison.Ordinal) ? 1 : FromClone.Split(' ').Length).ToArray();

    public override string ToString() => $"{File}:{Line}: {Text}";

    /// <summary>Every command of the README and of docs/**/*.md, in file and line order.</summary>
    public static IReadOnlyList<DocumentedCommand> All(string repositoryRoot)
    {
        var files = new List<string> { Path.Combine(repositoryRoot, "README.md") };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(repositoryRoot, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        var commands = new List<DocumentedCommand>();
        foreach (var file in files)
        {
            commands.AddRange(In(Path.GetRelativePath(repositoryRoot, file).Replace("\\", "/", StringComparison.Ordinal), System.IO.File.ReadAllText(file)));
        }

        return commands;
    }

    /// <summary>The commands of one Markdown text.</summary>
    public static IEnumerable<DocumentedCommand> In(string file, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? fence = null;
        var shell = false;
        var yaml = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (fence is null)
            {
                var opening = Fence().Match(line);
                if (opening.Success)
                {
                    fence = opening.Groups["fence"].Value;
                    shell = opening.Groups["info"].Value is "sh" or "console" or "bash" or "shell";
                    yaml = opening.Groups["info"].Value is "yaml" or "yml";
                }

                continue;
            }

            if (line.TrimStart().StartsWith(fence, StringComparison.Ordinal))
            {
                fence = null;
                continue;
            }

            var number = i + 1;
            var text = line.Trim();
            if (yaml && PipelineStep().Match(text) is { Success: true } step)
            {
                text = step.Groups["command"].Value;
            }
            else if (!shell)
            {
                continue;
            }

            while (text.EndsWith('\\') && i + 1 < lines.Length)
            {
                text = text[..^1].TrimEnd() + " " + lines[++i].Trim();
            }

            if (text.StartsWith("$ ", StringComparison.Ordinal))
            {
                text = text[2..];
            }

            var (command, comment) = SplitComment(text);
            if (command.Length == 0)
            {
                continue;
            }

            var exits = ExitComment().Match(comment);
            yield return new DocumentedCommand(file, number, command, SplitWords(command), exits.Success ? int.Parse(exits.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
        }
    }

    /// <summary>The command and its comment: a <c>#</c> that starts a word outside quotes.</summary>
    private static (string Command, string Comment) SplitComment(string text)
    {
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } open)
            {
                quote = c == open ? null : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                return (text[..i].TrimEnd(), text[(i + 1)..].Trim());
            }
        }

        return (text, string.Empty);
    }

    /// <summary>Shell words: split at spaces outside quotes, quotes removed.</summary>
    private static List<string> SplitWords(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in command)
        {
            if (quote is { } open)
            {
                if (c == open)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    [GeneratedRegex(@"^\s*(?<fence>```+|~~~+)\s*(?<info>[A-Za-z]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(?:-\s*)?(?:run|script):\s*(?<command>monitors\s.*)$")]
    private static partial Regex PipelineStep();

    [GeneratedRegex(@"\bexits (?<code>[0-9])\b")]
    private static partial Regex ExitComment();
}
