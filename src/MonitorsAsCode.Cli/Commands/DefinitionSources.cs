using System.CommandLine;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// Where a command's definitions come from besides the directory's YAML: <c>--assembly PATH.dll</c> (repeatable)
/// for compiled <c>MonitorSet</c>s, and <c>--no-build</c> to skip building the directory's C# project.
/// </summary>
internal sealed class DefinitionSources
{
    private readonly Option<string[]> assemblies = new("--assembly")
    {
        Description = "A compiled assembly whose MonitorSet classes are loaded with the YAML (repeatable); ids are unique across both. Relative paths in the C# definitions resolve against DIR.",
        HelpName = "PATH.dll",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> noBuild = new("--no-build")
    {
        Description = "Do not build the *.csproj in DIR: load only its YAML (and any --assembly).",
    };

    private DefinitionSources()
    {
    }

    /// <summary>
    /// Writes every diagnostic of <paramref name="loaded"/>, errors and warnings, to standard error, one
    /// <c>file(line,col): error|warning MACxxxx: message</c> per line. Every command that loads definitions does this,
    /// as compilers do, so standard output carries only the command's product (a report, JSON) and stays parseable;
    /// CI annotations (GitHub problem matchers) read both streams.
    /// </summary>
    public static void WriteDiagnostics(CliEnvironment environment, Definitions.LoadedDefinitions loaded)
    {
        foreach (var diagnostic in loaded.Diagnostics)
        {
            environment.Error.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>The options, added to <paramref name="command"/>.</summary>
    public static DefinitionSources AddTo(Command command)
    {
        var sources = new DefinitionSources();
        command.Options.Add(sources.assemblies);
        command.Options.Add(sources.noBuild);
        return sources;
    }

    /// <summary>The assemblies given, in order.</summary>
    public IReadOnlyList<string> Assemblies(ParseResult parse) => parse.GetValue(assemblies) ?? [];

    /// <summary>Whether <c>--no-build</c> was given.</summary>
    public bool NoBuild(ParseResult parse) => parse.GetValue(noBuild);

    /// <summary>Loads <paramref name="directory"/> with the sources <paramref name="parse"/> names.</summary>
    public Definitions.LoadedDefinitions Load(ParseResult parse, string directory, CliEnvironment environment) =>
        DefinitionsLoader.Load(directory, Assemblies(parse), NoBuild(parse), environment.Error);
}
