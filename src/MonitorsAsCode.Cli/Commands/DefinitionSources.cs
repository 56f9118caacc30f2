using System.CommandLine;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// Where a command's definitions come from besides the directory's YAML: <c>--assembly PATH.dll</c> (repeatable)
/// for compiled <c>MonitorSet</c>s, and <c>--no-build</c> to skip building the directory's C# project; and where the
/// files they name may be: inside the directory, or inside a <c>--data-root DIR</c> (repeatable), rule MAC0023.
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

    private readonly Option<string[]> dataRoots = new("--data-root")
    {
        Description = "A folder outside DIR that snapshots and runbook files named in the definitions may be read from (repeatable). Without it, a path in a definition that leaves DIR (absolute, '..', or a symbolic link) is refused (MAC0023).",
        HelpName = "DIR",
        AllowMultipleArgumentsPerToken = false,
    };

    private DefinitionSources()
    {
    }

    /// <summary>The options, added to <paramref name="command"/>.</summary>
    public static DefinitionSources AddTo(Command command)
    {
        var sources = new DefinitionSources();
        command.Options.Add(sources.assemblies);
        command.Options.Add(sources.noBuild);
        command.Options.Add(sources.dataRoots);
        return sources;
    }

    /// <summary>The assemblies given, in order.</summary>
    public IReadOnlyList<string> Assemblies(ParseResult parse) => parse.GetValue(assemblies) ?? [];

    /// <summary>Whether <c>--no-build</c> was given.</summary>
    public bool NoBuild(ParseResult parse) => parse.GetValue(noBuild);

    /// <summary>The data roots given, in order.</summary>
    public IReadOnlyList<string> DataRoots(ParseResult parse) => parse.GetValue(dataRoots) ?? [];

    /// <summary>
    /// Loads <paramref name="directory"/> with the sources <paramref name="parse"/> names, and reports every file the
    /// definitions name outside it and the data roots as a MAC0023 error.
    /// </summary>
    public Definitions.LoadedDefinitions Load(ParseResult parse, string directory, CliEnvironment environment) =>
        DefinitionsLoader.Load(directory, Assemblies(parse), NoBuild(parse), environment.Error, DataRoots(parse));
}
