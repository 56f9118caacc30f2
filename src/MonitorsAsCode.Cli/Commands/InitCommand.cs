using System.CommandLine;
using System.Text;
using MonitorsAsCode.Cli.Scaffolding;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// <c>monitors init DIR</c>: scaffolds a monitors project for a team. Until the MonitorsAsCode packages are
/// published, it packs them from the clone of this repository it runs from into DIR/packages and points the
/// project's nuget.config there.
/// </summary>
internal static class InitCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "The folder to create the project in: new, or empty." };
        var command = new Command("init", """
            Scaffold a monitors project: a test project that references the MonitorsAsCode package (the C# API and
            the analyzer that turns a broken monitor into a build error) and MonitorsAsCode.Xunit, a dataset with
            small snapshots, two monitors in YAML and two in C#, a deploy gate, a runbook, an xunit test class
            that runs them, and a GitHub Actions workflow. 'dotnet build' and 'dotnet test' work in it at once.
            The packages are not published yet: run from a clone of the MonitorsAsCode repository, init packs
            them into DIR/packages (a minute or two) and DIR/nuget.config lists that folder.
            Exit code 0; 2 when DIR is not empty or the packages cannot be packed, in which case nothing is written.

            Examples:
              monitors init churn-monitors
            """)
        {
            directory,
        };
        command.SetAction(parse => Execute(environment, parse.GetRequiredValue(directory)));
        return command;
    }

    private static int Execute(CliEnvironment environment, string directory)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (File.Exists(target))
        {
            throw new UserError($"'{directory}' is a file; give a new or empty folder to create the project in. Nothing was written.", ExitCodes.InvalidDefinitions);
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new UserError($"'{directory}' is not empty; monitors init writes only into a new or empty folder. Nothing was written.", ExitCodes.InvalidDefinitions);
        }

        var parent = Path.GetDirectoryName(target) ?? throw new UserError($"'{directory}' has no parent folder to create the project in", ExitCodes.InvalidDefinitions);
        var name = ProjectScaffold.ProjectName(Path.GetFileName(target));
        var repository = SourceRepository.Find(AppContext.BaseDirectory, Directory.GetCurrentDirectory());
        var release = ReleaseVersion();

        // Everything is written to a sibling folder first and moved into place at the end, so a failure
        // (or an interrupted pack) leaves no half-made project behind.
        string staging;
        try
        {
            Directory.CreateDirectory(parent);
            staging = Path.Combine(parent, "." + Path.GetFileName(target) + ".init-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(staging);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot create '{directory}': {exception.Message}", ExitCodes.InvalidDefinitions);
        }

        try
        {
            string version;
            if (repository is null)
            {
                version = release;
                environment.Error.WriteLine(
                    $"warning: the MonitorsAsCode packages are not published yet, and this monitors command does not run from a clone of the MonitorsAsCode repository, so none were packed: the project will not restore until nuget.config lists a feed that holds MonitorsAsCode {version}.");
            }
            else
            {
                version = repository.LocalVersion(release);
                environment.Error.WriteLine($"packing MonitorsAsCode {version} from {repository.Root} (a minute or two)...");
                var packages = Path.Combine(staging, ProjectScaffold.PackagesFolder);
                Directory.CreateDirectory(packages);
                if (LocalPackages.Pack(repository, version, packages) is { } failure)
                {
                    throw new UserError($"could not pack the MonitorsAsCode packages, so nothing was written: {failure}", ExitCodes.InvalidDefinitions);
                }
            }

            var files = ProjectScaffold.Files(name, version, localFeed: repository is not null);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a file's path always has a folder under the staging one
                File.WriteAllText(path, file.Content, Utf8);
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target); // empty, as checked above
            }

            Directory.Move(staging, target);
            Report(environment, directory, name, version, files, repository);
            return ExitCodes.Passed;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot write '{directory}': {exception.Message}. Nothing was written.", ExitCodes.InvalidDefinitions);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>The release part (major.minor.patch) of this command's own version: the packages are built from the same sources.</summary>
    private static string ReleaseVersion()
    {
        var version = typeof(InitCommand).Assembly.GetName().Version ?? new Version(0, 1, 0);
        return $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}";
    }

    private static void Report(CliEnvironment environment, string directory, string name, string version, IReadOnlyList<ScaffoldFile> files, SourceRepository? repository)
    {
        var output = environment.Out;
        output.WriteLine($"created {name} in {directory}:");
        foreach (var file in files)
        {
            output.WriteLine("  " + file.Path);
        }

        if (repository is not null)
        {
            output.WriteLine($"  {ProjectScaffold.PackagesFolder}/ ({string.Join(", ", LocalPackages.Ids)} {version})");
            output.WriteLine();
            output.WriteLine($"The MonitorsAsCode packages are not published yet: they were packed from {repository.Root} into");
            output.WriteLine($"{ProjectScaffold.PackagesFolder}/, which nuget.config lists as a package source (with nuget.org for the rest).");
            output.WriteLine("Their version is made from the sources, so NuGet's package cache never serves an older build under it.");
        }
        else
        {
            output.WriteLine();
            output.WriteLine($"The MonitorsAsCode packages are not published yet and none were packed: add a feed that holds MonitorsAsCode {version} to nuget.config.");
        }

        output.WriteLine();
        output.WriteLine("Next:");
        output.WriteLine($"  cd {directory}");
        output.WriteLine("  dotnet build   # the analyzer checks every YAML and C# monitor");
        output.WriteLine("  dotnet test    # runs the monitors against monitors/data");
        output.Flush();
    }
}
