namespace MonitorsAsCode.Rendering.Templates;

/// <summary>
/// A template cannot be used: it does not parse, it names a field that does not exist (strict mode),
/// or a templates folder holds a file that is not a known template. The message names the template
/// file and, for a missing field, the field.
/// </summary>
public sealed class TemplateException(string message, Exception? inner = null) : Exception(message, inner);
