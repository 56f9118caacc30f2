namespace MonitorsAsCode.Fuzz.Generators;

/// <summary>
/// Text an attacker controls in a pull request, meant to break out of wherever it is rendered: template
/// expressions for Prometheus and Go templates, shell and YAML specials, line breaks, terminal escape
/// sequences, chat mentions, HTML, Markdown tables and code, bidirectional overrides and control characters.
/// </summary>
internal static class HostileText
{
    /// <summary>Fragments that must never reach an output unescaped.</summary>
    public static readonly string[] Fragments =
    [
        "{{ $labels.instance }}",
        "{{ printf \"%s\" .Value }}",
        "$value",
        "${HOME}",
        "line one\nline two",
        "cr\rreturn",
        "\u001b[31mred\u001b[0m",
        "\u001b]8;;http://evil.example/\u0007link\u001b]8;;\u0007",
        "@channel",
        "@here",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "![pixel](http://evil.example/p.png)",
        "[click](javascript:alert(1))",
        "| pipe | cell |",
        "`code`",
        "```",
        "<!-- hidden -->",
        "]]>",
        "&amp;&lt;",
        "\"quoted\" 'single'",
        "back\\slash",
        "tab\there",
        "bell\u0007",
        "nul\u0000byte",
        "del\u007f",
        "c1\u0085\u009b",
        "\u202eoverride",
        "zero\u200bwidth",
        "héllo wörld ✓ 数据 🙂",
        "# heading",
        "* list",
        "- item: yaml",
        "key: value",
        "&anchor *alias",
        "!!python/object",
        "%s %n",
        "-- comment",
        "\ufeffbom",
    ];

    /// <summary>One fragment, or two joined, sometimes around a plain word.</summary>
    public static string Next(Random random)
    {
        var text = Fragments[random.Next(Fragments.Length)];
        return random.Next(4) switch
        {
            0 => text,
            1 => text + " " + Fragments[random.Next(Fragments.Length)],
            2 => "value-" + text,
            _ => text + "-end",
        };
    }

    /// <summary>A hostile value or, half the time, an ordinary one, so most definition sets stay valid enough to render.</summary>
    public static string Maybe(Random random, string ordinary) => random.Next(2) == 0 ? ordinary : Next(random);
}
