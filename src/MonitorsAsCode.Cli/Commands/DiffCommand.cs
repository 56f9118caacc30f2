using System.CommandLine;
using MonitorsAsCode.Rendering.Diffing;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Diffing;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// <c>monitors diff DIR BASE [HEAD]</c>: what a change to the definitions does to the monitoring
/// (thresholds loosened or tightened, severities, monitors and gate members added or removed), read
/// from git's objects so nothing is checked out.
/// </summary>
internal static class DiffCommand
{
    private const string WorkingTree = "working tree";

    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "Directory holding the *.yaml / *.yml definitions, inside a git working tree." };
        var baseRevision = new Argument<string>("BASE") { Description = "The revision to compare from: a commit, branch or tag (HEAD~1, origin/main)." };
        var headRevision = new Argument<string?>("HEAD") { Description = "The revision to compare to. Default: the working tree, as 'monitors run' would read it.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "Output format: text, json, or markdown (a pull-request comment, risky changes first).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var failOnLoosened = new Option<bool>("--fail-on-loosened") { Description = "Exit 1 when any change is risky: a threshold or validity range loosened, a severity lowered, a monitor removed or disabled, a gate removed, made advisory or a member taken out of it, a runbook removed, an SLO removed, its objective lowered or its alerts removed or muted." };
        var command = new Command("diff", """
            Compare the definitions under DIR between two git revisions, by meaning rather than by line:
            thresholds and validity ranges loosened or tightened, severities raised or lowered, monitors,
            gates, gate members, SLOs, datasets and columns added or removed, gates made advisory, SLO
            objectives, budgets and alerts changed, owners, runbooks, checks and snapshot paths changed.
            Each change is risky, neutral or tightening. Definitions are matched by id, so moving a monitor
            to another file or reformatting the YAML is no change. Files are read from git's objects;
            nothing is checked out, built or run, so it is safe on a pull request from a fork.
            C# definitions (*.cs, *.csproj under DIR) are not compared: a C# file that differs between the
            revisions is named in a warning in every format, and fails --fail-on-loosened.
            Exit code 0; 1 with --fail-on-loosened when a change is risky or C# changed; 2 when either side's
            definitions are invalid, DIR is not in a git working tree, or a revision is unknown.

            Examples:
              monitors diff monitors/fraud-scoring HEAD~1 HEAD
              monitors diff monitors/fraud-scoring origin/main --format markdown --fail-on-loosened
            """)
        {
            directory, baseRevision, headRevision, format, failOnLoosened,
        };
        command.SetAction(parse => Execute(
            environment,
            parse.GetRequiredValue(directory),
            parse.GetRequiredValue(baseRevision),
            parse.GetValue(headRevision),
            parse.GetRequiredValue(format),
            parse.GetValue(failOnLoosened)));
        return command;
    }

    private static int Execute(CliEnvironment environment, string directory, string baseRevision, string? headRevision, string format, bool failOnLoosened)
    {
        GitWorkingTree tree;
        IReadOnlyList<KeyValuePair<string, string>> beforeFiles;
        IReadOnlyList<KeyValuePair<string, string>> afterFiles;
        IReadOnlyList<string> changedCSharp;
        try
        {
            tree = GitWorkingTree.Find(directory);
            var baseCommit = tree.ResolveCommit(baseRevision);
            var headCommit = headRevision is null ? null : tree.ResolveCommit(headRevision);
            beforeFiles = tree.ReadDefinitions(baseCommit, baseRevision);
            afterFiles = headCommit is null || headRevision is null ? tree.ReadWorkingTree() : tree.ReadDefinitions(headCommit, headRevision);
            changedCSharp = ChangedFiles(
                tree,
                tree.ReadFiles(baseCommit, baseRevision, CSharpSources.IsSource),
                baseRevision,
                headCommit is null || headRevision is null ? tree.ReadWorkingTree(CSharpSources.IsSource) : tree.ReadFiles(headCommit, headRevision, CSharpSources.IsSource),
                headRevision);
        }
        catch (Exception exception) when (exception is GitException or Definitions.Files.DefinitionFileRefusedException)
        {
            throw new UserError(exception.Message, ExitCodes.InvalidDefinitions);
        }

        var head = headRevision ?? WorkingTree;
        if (beforeFiles.Count == 0 && afterFiles.Count == 0 && changedCSharp.Count == 0)
        {
            throw new UserError($"no *.yaml or *.yml definitions under '{directory}' at {baseRevision} or {(headRevision is null ? "in the " + WorkingTree : "at " + headRevision)}", ExitCodes.InvalidDefinitions);
        }

        var before = YamlDefinitionLoader.Load(beforeFiles);
        var after = YamlDefinitionLoader.Load(afterFiles);
        if (before.HasErrors || after.HasErrors)
        {
            // Files at a revision are named REV:path, as 'git show' takes them; working-tree files by their path on disk.
            var counts = new List<string>();
            Report(environment, before, baseRevision, counts);
            Report(environment, after, head, counts);
            environment.Error.WriteLine($"invalid definitions: {string.Join("; ", counts)}; nothing was compared");
            return ExitCodes.InvalidDefinitions;
        }

        var changes = DefinitionDiff.Compare(
            FromRepositoryRoot(before.Definitions, path => tree.RepositoryPath(path, baseRevision)),
            FromRepositoryRoot(after.Definitions, path => tree.RepositoryPath(path, headRevision)));
        var comparison = new DiffComparison(tree.Folder.Length == 0 ? "." : tree.Folder, baseRevision, head) { UncomparedCSharp = changedCSharp };
        if (changedCSharp.Count > 0 && format != "text")
        {
            // The text format prints this itself; JSON and Markdown usually go to a file or a comment, so the CI log says it too.
            environment.Error.WriteLine($"warning: {DiffTextReport.UncomparedSentence(changedCSharp.Count)}: {string.Join(", ", changedCSharp)}");
        }

        var rendered = format switch
        {
            "json" => DiffJsonReport.Render(changes, changedCSharp),
            "markdown" => DiffMarkdownReport.Render(changes, comparison),
            _ => DiffTextReport.Render(changes, comparison),
        };
        environment.Out.Write(rendered);
        environment.Out.Flush();
        if (failOnLoosened && changedCSharp.Count > 0)
        {
            environment.Error.WriteLine("--fail-on-loosened: C# definitions changed and could not be judged, so the change is treated as risky");
            return ExitCodes.Failed;
        }

        return failOnLoosened && changes.HasRisky ? ExitCodes.Failed : ExitCodes.Passed;
    }

    /// <summary>
    /// The paths from the repository root of the files that differ between <paramref name="before"/> and
    /// <paramref name="after"/> (added, removed or edited), in ordinal order, with control characters shown as <c>?</c>
    /// so a file name cannot rewrite the terminal or the CI log it is printed to.
    /// </summary>
    private static IReadOnlyList<string> ChangedFiles(
        GitWorkingTree tree,
        IReadOnlyList<KeyValuePair<string, string>> before,
        string baseRevision,
        IReadOnlyList<KeyValuePair<string, string>> after,
        string? headRevision)
    {
        var beforeByPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in before)
        {
            beforeByPath[tree.RepositoryPath(file.Key, baseRevision) ?? file.Key] = file.Value;
        }

        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in after)
        {
            var path = tree.RepositoryPath(file.Key, headRevision) ?? file.Key;
            if (!beforeByPath.Remove(path, out var old) || !string.Equals(old, file.Value, StringComparison.Ordinal))
            {
                changed.Add(path);
            }
        }

        changed.UnionWith(beforeByPath.Keys);
        return changed.Select(path => new string(path.Select(c => char.IsControl(c) ? '?' : c).ToArray())).ToList();
    }

    private static void Report(CliEnvironment environment, LoadedDefinitions loaded, string side, List<string> counts)
    {
        if (!loaded.HasErrors)
        {
            return;
        }

        foreach (var diagnostic in loaded.Diagnostics)
        {
            environment.Error.WriteLine(diagnostic.ToString());
        }

        counts.Add($"{loaded.Diagnostics.Count(d => d.IsError)} error(s) at {side}");
    }

    /// <summary>
    /// The definitions with snapshot paths written from the repository root, so a path resolved against
    /// <c>HEAD~1:monitors/orders/</c> compares equal to the same path resolved against the folder on disk.
    /// </summary>
    private static DefinitionSet FromRepositoryRoot(DefinitionSet definitions, Func<string?, string?> repositoryPath)
    {
        var datasets = new List<Definitions.Datasets.DatasetDefinition>(definitions.Datasets.Count);
        foreach (var dataset in definitions.Datasets)
        {
            var snapshots = dataset.Snapshots with
            {
                Reference = repositoryPath(dataset.Snapshots.Reference),
                Current = repositoryPath(dataset.Snapshots.Current) ?? dataset.Snapshots.Current,
            };
            datasets.Add(dataset with { Snapshots = snapshots });
        }

        return definitions with { Datasets = datasets };
    }
}
