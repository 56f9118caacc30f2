using MonitorsAsCode.Engine.Diffing;

namespace MonitorsAsCode.Engine.Tests.Diffing;

/// <summary>
/// Reading a definitions folder at a git revision from git's objects, and on disk, in a throwaway
/// repository: which files, under which names, and the paths both sides resolve to.
/// </summary>
public sealed class GitWorkingTreeTests
{
    [Fact]
    public void Folder_is_located_from_the_repository_root_even_when_it_no_longer_exists()
    {
        using var repository = GitRepositoryFolder.Create();
        repository.Write("monitors/orders/monitors.yaml", "monitors: []\n");

        var existing = GitWorkingTree.Find(repository.PathOf("monitors/orders"));
        var deleted = GitWorkingTree.Find(repository.PathOf("monitors/payments/v2"));
        var root = GitWorkingTree.Find(repository.Root);

        existing.Folder.Should().Be("monitors/orders");
        deleted.Folder.Should().Be("monitors/payments/v2");
        root.Folder.Should().BeEmpty();
    }

    [Fact]
    public void Definitions_at_a_revision_are_the_yaml_files_under_the_folder_named_as_git_show_names_them()
    {
        using var repository = GitRepositoryFolder.Create();
        repository.Write("monitors/orders/monitors.yaml", "monitors: []\n");
        repository.Write("monitors/orders/gates/deploy.YML", "gates: []\n");
        repository.Write("monitors/orders/runbooks/drift.md", "# Drift\n");
        repository.Write("monitors/orders-archive/monitors.yaml", "monitors: []\n");
        repository.Write("monitors/other.yaml", "monitors: []\n");
        repository.Commit("First");
        repository.Write("monitors/orders/monitors.yaml", "monitors: [] # edited\n");
        repository.Commit("Second");
        var tree = GitWorkingTree.Find(repository.PathOf("monitors/orders"));

        var files = tree.ReadDefinitions(tree.ResolveCommit("HEAD~1"), "HEAD~1");

        files.Should().Equal(
            new KeyValuePair<string, string>("HEAD~1:monitors/orders/gates/deploy.YML", "gates: []\n"),
            new KeyValuePair<string, string>("HEAD~1:monitors/orders/monitors.yaml", "monitors: []\n"));
    }

    [Fact]
    public void Files_chosen_by_their_path_inside_the_folder_are_read_at_a_revision_and_on_disk()
    {
        using var repository = GitRepositoryFolder.Create();
        repository.Write("monitors/orders/monitors.yaml", "monitors: []\n");
        repository.Write("monitors/orders/csharp/OrderMonitors.cs", "// committed\n");
        repository.Write("monitors/other/Other.cs", "// another folder\n");
        repository.Commit("First");
        repository.Write("monitors/orders/csharp/OrderMonitors.cs", "// edited\n");
        var tree = GitWorkingTree.Find(repository.PathOf("monitors/orders"));
        var seen = new List<string>();
        bool IsCSharp(string inside)
        {
            seen.Add(inside);
            return inside.EndsWith(".cs", StringComparison.Ordinal);
        }

        var committed = tree.ReadFiles(tree.ResolveCommit("HEAD"), "HEAD", IsCSharp);
        var onDisk = tree.ReadWorkingTree(IsCSharp);

        committed.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("HEAD:monitors/orders/csharp/OrderMonitors.cs", "// committed\n"));
        onDisk.Should().ContainSingle().Which.Value.Should().Be("// edited\n");
        seen.Should().OnlyContain(inside => !inside.StartsWith("monitors/", StringComparison.Ordinal), "the predicate sees paths inside the folder");
    }

    [Fact]
    public void Folder_missing_at_a_revision_has_no_definitions()
    {
        using var repository = GitRepositoryFolder.Create();
        repository.Write("README.md", "Nothing yet.\n");
        repository.Commit("First");
        var tree = GitWorkingTree.Find(repository.PathOf("monitors/orders"));

        tree.ReadDefinitions(tree.ResolveCommit("HEAD"), "HEAD").Should().BeEmpty();
        tree.ReadWorkingTree().Should().BeEmpty();
    }

    [Fact]
    public void Working_tree_files_are_named_by_the_folder_as_given_tracked_or_not()
    {
        using var repository = GitRepositoryFolder.Create();
        repository.Write("monitors/orders/monitors.yaml", "monitors: []\n");
        repository.Commit("First");
        repository.Write("monitors/orders/new.yml", "gates: []\n");
        var given = repository.PathOf("monitors/orders").Replace('\\', '/') + "/";
        var tree = GitWorkingTree.Find(given);

        tree.ReadWorkingTree().Select(f => f.Key).Should().Equal(
            given + "monitors.yaml",
            given + "new.yml");
    }

    [Fact]
    public void Paths_resolved_on_either_side_are_written_from_the_repository_root()
    {
        using var repository = GitRepositoryFolder.Create();
        var given = repository.PathOf("monitors/orders").Replace('\\', '/');
        repository.Write("monitors/orders/monitors.yaml", "monitors: []\n");
        var tree = GitWorkingTree.Find(given);

        tree.RepositoryPath("HEAD~1:monitors/orders/data/current.csv", "HEAD~1").Should().Be("monitors/orders/data/current.csv");
        tree.RepositoryPath(given + "/data/current.csv", null).Should().Be("monitors/orders/data/current.csv");
        tree.RepositoryPath("/srv/snapshots/current.csv", "HEAD~1").Should().Be("/srv/snapshots/current.csv");
        tree.RepositoryPath("/srv/snapshots/current.csv", null).Should().Be("/srv/snapshots/current.csv");
        tree.RepositoryPath(null, null).Should().BeNull();
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("HEAD~1")]
    [InlineData("--output=/tmp/x")]
    public void Unknown_revision_is_a_git_exception_naming_it(string revision)
    {
        using var repository = GitRepositoryFolder.Create();
        repository.Write("monitors.yaml", "monitors: []\n");
        repository.Commit("Only commit");
        var tree = GitWorkingTree.Find(repository.Root);

        var resolve = () => tree.ResolveCommit(revision);

        resolve.Should().Throw<GitException>().WithMessage($"unknown revision '{revision}'*");
    }

    [Fact]
    public void A_repository_planted_in_the_definitions_folder_is_refused_not_read()
    {
        using var repository = GitRepositoryFolder.Create();
        repository.Write("monitors/orders/monitors.yaml", "monitors: []\n");
        repository.Commit("base");

        using var planted = GitRepositoryFolder.Create();
        planted.Write("monitors.yaml", "monitors: []\n");
        planted.Commit("decoy");
        repository.PlantRepository("monitors/orders", planted);

        var find = () => GitWorkingTree.Find(repository.PathOf("monitors/orders"));

        find.Should().Throw<GitException>().WithMessage("*bare git repository*plant*checkout's own .git*");
        GitWorkingTree.Find(repository.PathOf("monitors")).Folder.Should().Be("monitors");
    }

    [Fact]
    public void Folder_outside_a_working_tree_is_a_git_exception()
    {
        var folder = Directory.CreateTempSubdirectory("mac-engine-nogit-");
        try
        {
            var find = () => GitWorkingTree.Find(folder.FullName);

            find.Should().Throw<GitException>().WithMessage($"'{folder.FullName}' is not inside a git working tree");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
