using System.CommandLine;
using MonitorsAsCode.Definitions.Links;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// Where a command's definitions come from besides the directory's YAML: <c>--assembly PATH.dll</c> (repeatable)
/// for compiled <c>MonitorSet</c>s, and, for the commands that may build, <c>--build</c> to build the directory's
/// C# project first. Building runs the project's MSBuild targets and loading an assembly runs its code, so
/// neither ever happens unless asked for.
/// Where the files they name may be: inside the directory, or inside a <c>--data-root DIR</c> (repeatable), rule MAC0024.
/// </summary>
internal sealed class DefinitionSources
{
    private readonly Option<string[]> assemblies = new("--assembly")
    {
        Description = "A compiled assembly whose MonitorSet classes are loaded with the YAML (repeatable); ids are unique across both. Relative paths in the C# definitions resolve against DIR. Its code runs: give only an assembly your own build produced.",
        HelpName = "PATH.dll",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool>? build;

    // Building used to be the default; --no-build is still accepted so existing scripts keep working, and does nothing.
    private readonly Option<bool> noBuild = new("--no-build")
    {
        Description = "Accepted for older scripts; nothing is built unless --build is given.",
        Hidden = true,
    };

    private readonly Option<string[]> dataRoots = new("--data-root")
    {
        Description = "A folder outside DIR that snapshots and runbook files named in the definitions may be read from (repeatable). Without it, a path in a definition that leaves DIR (absolute, '..', or a symbolic link) is refused (MAC0024).",
        HelpName = "DIR",
        AllowMultipleArgumentsPerToken = false,
    };

    private DefinitionSources(Option<bool>? build)
    {
        this.build = build;
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

    /// <summary>
    /// Like <see cref="WriteDiagnostics"/>, each line ending with its rule's page in brackets,
    /// <c>file(line,col): error MAC0007: message [https://…/rules/MAC0007/]</c>: under the definitions' <c>docs_url</c>,
    /// or the published docs when they name none or name one that is not a base address (itself MAC0026; a base holds no control characters, so the line stays one line). The link stays
    /// on the diagnostic's own line, so a CI annotation made from the line carries it.
    /// </summary>
    public static void WriteDiagnosticsWithRuleLinks(CliEnvironment environment, Definitions.LoadedDefinitions loaded)
    {
        var docsUrl = loaded.Definitions.DocsUrl is { } url && DocumentationLinks.Problem(url) is null ? url : null;
        foreach (var diagnostic in loaded.Diagnostics)
        {
            environment.Error.WriteLine($"{diagnostic} [{DocumentationLinks.RulePage(docsUrl, diagnostic.Rule.Id)}]");
        }
    }

    /// <summary>
    /// The options, added to <paramref name="command"/>; <paramref name="mayBuild"/> adds <c>--build</c>
    /// (never for commands a pull request's CI runs on untrusted code, such as <c>validate</c>).
    /// </summary>
    public static DefinitionSources AddTo(Command command, bool mayBuild)
    {
        var sources = new DefinitionSources(mayBuild
            ? new Option<bool>("--build")
            {
                Description = "Build the single *.csproj in DIR with 'dotnet build' and load its MonitorSets. This runs the project's code (its MSBuild targets and MonitorSets): use it only on a trusted checkout, never on a fork's pull request.",
            }
            : null);
        command.Options.Add(sources.assemblies);
        if (sources.build is not null)
        {
            command.Options.Add(sources.build);
        }

        command.Options.Add(sources.noBuild);
        command.Options.Add(sources.dataRoots);
        return sources;
    }

    /// <summary>The assemblies given, in order.</summary>
    public IReadOnlyList<string> Assemblies(ParseResult parse) => parse.GetValue(assemblies) ?? [];

    /// <summary>Whether <c>--build</c> was given.</summary>
    public bool Build(ParseResult parse)
    {
        var wanted = build is not null && parse.GetValue(build);
        if (wanted && parse.GetValue(noBuild))
        {
            throw new UserError("--build and --no-build contradict each other; give one", ExitCodes.InvalidDefinitions);
        }

        return wanted;
    }

    /// <summary>The data roots given, in order.</summary>
    public IReadOnlyList<string> DataRoots(ParseResult parse) => parse.GetValue(dataRoots) ?? [];

    /// <summary>
    /// Loads <paramref name="directory"/> with the sources <paramref name="parse"/> names, and reports every file the
    /// definitions name outside it and the data roots as a MAC0024 error.
    /// </summary>
    public Definitions.LoadedDefinitions Load(ParseResult parse, string directory, CliEnvironment environment) =>
        DefinitionsLoader.Load(directory, Assemblies(parse), Build(parse), environment.Error, DataRoots(parse));
}
