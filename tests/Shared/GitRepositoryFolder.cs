using System.Diagnostics;
using System.Text;

namespace MonitorsAsCode.Testing;

/// <summary>A throwaway git repository in a fresh temporary directory, with its own user; deleted on dispose.</summary>
internal sealed class GitRepositoryFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private GitRepositoryFolder(string root)
    {
        Root = root;
    }

    /// <summary>The top of the working tree, as an absolute path.</summary>
    public string Root { get; }

    /// <summary>An empty repository with no commits.</summary>
    public static GitRepositoryFolder Create()
    {
        var repository = new GitRepositoryFolder(Directory.CreateTempSubdirectory("mac-git-").FullName);
        repository.Git("init", "--quiet");
        repository.Git("config", "user.name", "MonitorsAsCode Tests");
        repository.Git("config", "user.email", "tests@example.com");
        repository.Git("config", "commit.gpgsign", "false");
        repository.Git("config", "core.autocrlf", "false");
        return repository;
    }

    /// <summary>The absolute path of <paramref name="relativePath"/> ('/' separators) inside the working tree.</summary>
    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark, creating folders as needed.</summary>
    public void Write(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? Root);
        File.WriteAllText(path, content, Utf8);
    }

    /// <summary>Stages everything and commits it.</summary>
    public void Commit(string message)
    {
        Git("add", "--all");
        Git("commit", "--quiet", "--no-verify", "-m", message);
    }

    /// <summary>
    /// Commits into <paramref name="relativeFolder"/> the files of a bare repository holding <paramref name="decoy"/>'s
    /// history (HEAD, config, objects, refs), its config pointing git's work tree at that folder: what a pull request
    /// could plant to make git read another history than the checkout's.
    /// </summary>
    public void PlantRepository(string relativeFolder, GitRepositoryFolder decoy)
    {
        var folder = PathOf(relativeFolder);
        Git("init", "--quiet", "--bare", "--initial-branch=main", folder);
        decoy.Git("push", "--quiet", folder, "HEAD:refs/heads/main");
        Git("config", "--file", Path.Combine(folder, "config"), "core.bare", "false");
        Git("config", "--file", Path.Combine(folder, "config"), "core.worktree", ".");
        Commit("plant a repository in " + relativeFolder);
    }

    /// <summary>Runs git in the working tree; the test fails if git does.</summary>
    public void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            // Shared by every test project, so it fails the test without depending on an assertion library.
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {output.Result}{error.Result}");
        }
    }

    public void Dispose()
    {
        // Git writes its objects read-only, which Windows refuses to delete.
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Root, recursive: true);
    }
}
