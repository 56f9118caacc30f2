namespace MonitorsAsCode.Rendering.Templates;

/// <summary>
/// Text that is already safe for the page a template writes, so <c>{{ value }}</c> writes it as it is:
/// what the escaping functions (<c>md</c>, <c>md_prose</c>, <c>md_code</c>, <c>html</c>) return, a partial's
/// output, and the few view-model values built by code with every part escaped (a runbook's percent-encoded
/// <c>http(s)</c> link, the report's inline SVG). Templates cannot make one from a string, so a value from the
/// definitions or data always goes through the escaping of the template's kind.
/// </summary>
internal sealed class TemplateMarkup(string text)
{
    public string Text { get; } = text;

    /// <summary>The text, so a Scriban function given markup (<c>string.size</c>) sees the text, then escapes its result again.</summary>
    public override string ToString() => Text;
}
