using System.Diagnostics;

using MonitorsAsCode.Cli.Commands;

namespace MonitorsAsCode.Cli.Scaffolding;

/// <summary>
/// Packs the MonitorsAsCode packages (MonitorsAsCode, MonitorsAsCode.Xunit and the libraries it needs) from a
/// clone of the repository into a folder that a scaffolded project's nuget.config lists as a package source.
/// </summary>
internal static class LocalPackages
{
    /// <summary>The package ids packed, in dependency order.</summary>
    public static readonly IReadOnlyList<string> Ids = ["MonitorsAsCode", "MonitorsAsCode.Statistics", "MonitorsAsCode.Data", "MonitorsAsCode.Engine", "MonitorsAsCode.Xunit"];

    /// <summary>Longest the pack may take: it compiles six projects from scratch.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    /// <summary>
    /// Runs <c>dotnet pack</c> on the repository's package filter into <paramref name="outputFolder"/> as
    /// <paramref name="version"/>. The build goes to a temporary artifacts folder, so the clone's own bin/ and
    /// obj/ (and their restore state) are left as they were. Returns null on success, else why it failed
    /// with the end of the build's output.
    /// </summary>
    public static string? Pack(SourceRepository repository, string version, string outputFolder)
    {
        var artifacts = Directory.CreateTempSubdirectory("monitors-init-build-").FullName;
        try
        {
            string[] arguments =
            [
                "pack", Path.Combine(repository.Root, SourceRepository.PackagesFilter),
                "--configuration", "Release",
                "--output", outputFolder,
                "--artifacts-path", artifacts,
                "-p:Version=" + version,
                // The packages take their version from git (MinVer) unless told: this one names the local packages.
                "-p:MinVerVersionOverride=" + version,
                // No build server or node may outlive the pack: it would hold this process's output pipes open.
                "--disable-build-servers",
                "-nologo",
            ];
            var start = DotnetChild.Start(repository.Root, arguments);
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

            using var process = Process.Start(start);
            if (process is null)
            {
                return $"could not start '{start.FileName}'";
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return $"dotnet pack did not finish within {Timeout.TotalMinutes} minutes";
            }

            var text = output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                return $"dotnet pack {SourceRepository.PackagesFilter} exited {process.ExitCode}:\n{Tail(text, 40)}";
            }

            foreach (var id in Ids)
            {
                if (!File.Exists(Path.Combine(outputFolder, $"{id}.{version}.nupkg")))
                {
                    return $"dotnet pack {SourceRepository.PackagesFilter} made no {id}.{version}.nupkg:\n{Tail(text, 40)}";
                }
            }

            return null;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException)
        {
            return $"could not run dotnet pack: {exception.Message}";
        }
        finally
        {
            TryDelete(artifacts);
        }
    }

    private static string Tail(string text, int lines)
    {
        var all = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n');
        return string.Join("\n", all.Skip(Math.Max(0, all.Length - lines)));
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover build folder under the temporary directory is harmless; the scaffold is what matters.
        }
    }
}
