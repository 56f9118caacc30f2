namespace MonitorsAsCode.Rendering.Diffing;

/// <summary>What a diff compared, as its renderings name it.</summary>
/// <param name="Folder">The definitions folder from the repository root (<c>monitors/fraud-scoring</c>), or <c>.</c> for the root.</param>
/// <param name="Base">The base revision as given (<c>HEAD~1</c>, <c>origin/main</c>).</param>
/// <param name="Head">The head revision as given, or <c>working tree</c>.</param>
public sealed record DiffComparison(string Folder, string Base, string Head)
{
    /// <summary>
    /// The C# files (paths from the repository root) that differ between the sides and were not compared: a diff
    /// reads only YAML and never builds or runs a pull request's code, so it cannot say what their change does.
    /// </summary>
    public IReadOnlyList<string> UncomparedCSharp { get; init; } = [];
}
