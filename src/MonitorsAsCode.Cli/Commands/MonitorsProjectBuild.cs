using System.ComponentModel;
using System.Diagnostics;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// Builds the C# project of a definitions directory with <c>dotnet build</c> and returns the assembly it
/// produced, so <c>monitors run DIR --build</c> on a project holding <c>MonitorSet</c>s runs what the source says now.
/// Building runs the project's MSBuild targets, so it only happens when <c>--build</c> asks for it.
/// </summary>
internal static class MonitorsProjectBuild
{
    /// <summary>The single <c>*.csproj</c> directly in <paramref name="directory"/>, or null when there is none or more than one.</summary>
    public static string? FindProject(string directory)
    {
        var projects = Directory.GetFiles(directory, "*.csproj", SearchOption.TopDirectoryOnly);
        return projects.Length == 1 ? projects[0] : null;
    }

    /// <summary>Builds <paramref name="project"/> and returns the full path of its output assembly; a failed build is a user error carrying the compiler's errors.</summary>
    public static string Build(string project, TextWriter progress)
    {
        progress.WriteLine($"building {Path.GetFileName(project)} to load its MonitorSets (--build: this runs the project's code)");
        progress.Flush();
        var result = Path.Combine(Path.GetTempPath(), "monitors-build-" + Guid.NewGuid().ToString("N") + ".txt");
        var start = DotnetChild.Start(
            Path.GetDirectoryName(Path.GetFullPath(project)) ?? ".",
            ["build", Path.GetFullPath(project), "-nologo", "-v:q", "-t:Build", "-getProperty:TargetPath", "-getResultOutputFile:" + result]);
        try
        {
            using var process = Process.Start(start) ?? throw new UserError($"cannot start 'dotnet' to build '{project}'", ExitCodes.InvalidDefinitions);
            var errorTask = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            var errors = errorTask.GetAwaiter().GetResult();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var lines = (output + "\n" + errors).Split('\n')
                    .Select(line => line.TrimEnd('\r').Trim())
                    .Where(line => line.Contains(": error ", StringComparison.Ordinal))
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                var detail = lines.Count > 0 ? string.Join("\n", lines) : (output + errors).Trim();
                throw new UserError($"building '{project}' failed (fix it, or leave out --build and pass --assembly PATH.dll):\n{detail}", ExitCodes.InvalidDefinitions);
            }

            var target = File.Exists(result) ? File.ReadAllText(result).Trim() : string.Empty;
            if (target.Length == 0 || !File.Exists(target))
            {
                throw new UserError($"building '{project}' gave no assembly to load; build it yourself and pass --assembly PATH.dll", ExitCodes.InvalidDefinitions);
            }

            return target;
        }
        catch (Win32Exception exception)
        {
            throw new UserError($"cannot run 'dotnet' to build '{project}' ({exception.Message}); install the .NET SDK, or build it yourself and pass --assembly PATH.dll, or leave out --build", ExitCodes.InvalidDefinitions);
        }
        finally
        {
            File.Delete(result);
        }
    }
}
