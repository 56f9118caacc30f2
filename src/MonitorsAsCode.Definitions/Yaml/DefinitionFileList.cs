using System.Collections;
using System.Collections.Generic;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>
/// The (path, text) of definitions files read from disk with <see cref="DefinitionFileText"/>, with the
/// MAC0001 problems of those that could not be read as text (not UTF-8, too long). Such a file is listed
/// with empty text; <see cref="YamlDefinitionLoader.Load(IEnumerable{KeyValuePair{string, string}})"/>
/// given this list reports its problems with the rest, so one bad file never hides the others' diagnostics.
/// </summary>
public sealed class DefinitionFileList : IReadOnlyList<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> files = [];
    private readonly List<DefinitionDiagnostic> problems = [];

    /// <summary>Why files were listed with empty text, one MAC0001 each.</summary>
    public IReadOnlyList<DefinitionDiagnostic> Problems => problems;

    /// <inheritdoc />
    public int Count => files.Count;

    /// <inheritdoc />
    public KeyValuePair<string, string> this[int index] => files[index];

    /// <summary>Reads <paramref name="path"/> strictly and lists it as <paramref name="shownPath"/>.</summary>
    /// <exception cref="System.IO.IOException">The file cannot be read.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file cannot be opened.</exception>
    public void Read(string path, string shownPath)
    {
        var text = DefinitionFileText.Read(path, shownPath, out var problem);
        if (problem is not null)
        {
            problems.Add(problem);
        }

        files.Add(new KeyValuePair<string, string>(shownPath, text ?? string.Empty));
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => files.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
