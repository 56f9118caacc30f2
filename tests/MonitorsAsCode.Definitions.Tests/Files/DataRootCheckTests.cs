using MonitorsAsCode.Definitions.Files;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Files;

/// <summary>Every way a definition's snapshot path could leave the definitions folder is refused with MAC0024, naming the file and line.</summary>
public sealed class DataRootCheckTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mac-data-roots-").FullName;

    public DataRootCheckTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "defs", "data"));
        Directory.CreateDirectory(Path.Combine(folder, "outside"));
        File.WriteAllText(Path.Combine(folder, "outside", "secret.csv"), "a\nTOP-SECRET-VALUE\n");
        File.WriteAllText(Path.Combine(folder, "defs", "data", "current.csv"), "a\n1\n");
    }

    private string Definitions => Path.Combine(folder, "defs");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_snapshot_inside_the_folder_is_accepted()
    {
        Check("data/current.csv").Should().BeEmpty();
    }

    [Fact]
    public void An_absolute_snapshot_path_outside_the_folder_is_refused_at_its_line()
    {
        var secret = Path.Combine(folder, "outside", "secret.csv");

        var diagnostics = Check(secret);

        diagnostics.Should().ContainSingle().Which.Should().Be(
            $"{Definitions}/d.yaml(3,27): error MAC0024: dataset 'ds' reads its current snapshot from '{secret}', which is outside the definitions folder '{Definitions}'; a definition may only read files inside the definitions folder (give --data-root DIR to read data kept elsewhere)");
    }

    [Fact]
    public void A_dot_dot_path_out_of_the_folder_is_refused()
    {
        Check("../outside/secret.csv").Should().ContainSingle().Which.Should().Contain("error MAC0024").And.Contain("is outside the definitions folder");
    }

    [Fact]
    public void A_symlinked_snapshot_leading_outside_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(Definitions, "data", "link.csv"), Path.Combine(folder, "outside", "secret.csv"));

        Check("data/link.csv").Should().ContainSingle().Which.Should().Contain("is a symbolic link (or lies in a linked folder) that leads outside");
    }

    [Fact]
    public void A_symlinked_folder_leading_outside_is_refused_for_the_files_under_it()
    {
        Directory.CreateSymbolicLink(Path.Combine(Definitions, "linked"), Path.Combine(folder, "outside"));

        Check("linked/secret.csv").Should().ContainSingle().Which.Should().Contain("leads outside");
    }

    [Fact]
    public void A_part_of_a_snapshot_folder_that_links_outside_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(Definitions, "data", "parts"));
        File.WriteAllText(Path.Combine(Definitions, "data", "parts", "part-0.parquet"), "x");
        File.CreateSymbolicLink(Path.Combine(Definitions, "data", "parts", "part-1.parquet"), Path.Combine(folder, "outside", "secret.csv"));

        Check("data/parts").Should().ContainSingle().Which.Should().Contain("part-1.parquet").And.Contain("leads outside");
        Check("data/parts/part-*.parquet").Should().ContainSingle().Which.Should().Contain("part-1.parquet");
    }

    [Fact]
    public void A_part_in_a_hive_partition_folder_that_links_outside_is_refused_and_a_linked_partition_folder_too()
    {
        Directory.CreateDirectory(Path.Combine(Definitions, "data", "events", "date=2026-08-01"));
        File.WriteAllText(Path.Combine(Definitions, "data", "events", "date=2026-08-01", "part-0.parquet"), "x");
        Check("data/events").Should().BeEmpty();

        File.CreateSymbolicLink(Path.Combine(Definitions, "data", "events", "date=2026-08-01", "part-1.parquet"), Path.Combine(folder, "outside", "secret.csv"));
        Check("data/events").Should().ContainSingle().Which.Should().Contain("date=2026-08-01").And.Contain("part-1.parquet").And.Contain("leads outside");

        File.Delete(Path.Combine(Definitions, "data", "events", "date=2026-08-01", "part-1.parquet"));
        Directory.CreateSymbolicLink(Path.Combine(Definitions, "data", "events", "date=2026-08-02"), Path.Combine(folder, "outside"));
        Check("data/events").Should().ContainSingle().Which.Should().Contain("partition folder").And.Contain("date=2026-08-02").And.Contain("leads outside");
    }

    [Fact]
    public void A_symlink_whose_own_name_holds_glob_characters_is_judged_as_the_file_it_is()
    {
        // The reader opens an existing path as written before it reads it as a glob: so must the check.
        File.CreateSymbolicLink(Path.Combine(Definitions, "data", "ref*.csv"), Path.Combine(folder, "outside", "secret.csv"));

        Check("\"data/ref*.csv\"").Should().ContainSingle().Which.Should().Contain("data/ref*.csv', which is a symbolic link (or lies in a linked folder) that leads outside");
    }

    [Fact]
    public void A_symlinked_folder_whose_own_name_holds_glob_characters_is_refused()
    {
        File.WriteAllText(Path.Combine(folder, "outside", "part-0.parquet"), "x");
        Directory.CreateSymbolicLink(Path.Combine(Definitions, "data", "dir*"), Path.Combine(folder, "outside"));

        Check("\"data/dir*\"").Should().ContainSingle().Which.Should().Contain("leads outside");
    }

    [Fact]
    public void A_fifo_whose_own_name_holds_glob_characters_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs are a Unix file type
        }

        Fifo.Make(Path.Combine(Definitions, "data", "f*.csv"));

        Check("\"data/f*.csv\"").Should().ContainSingle().Which.Should().Contain("is not a regular file");
    }

    [Fact]
    public void A_glob_match_that_is_a_link_to_a_folder_outside_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(Definitions, "data", "parts"));
        Directory.CreateSymbolicLink(Path.Combine(Definitions, "data", "parts", "part-1.parquet"), Path.Combine(folder, "outside"));

        Check("data/parts/part-*.parquet").Should().ContainSingle().Which.Should().Contain("part-1.parquet").And.Contain("leads outside");
    }

    [Fact]
    public void A_symlink_inside_the_folder_to_a_file_inside_it_is_accepted()
    {
        File.CreateSymbolicLink(Path.Combine(Definitions, "latest.csv"), Path.Combine(Definitions, "data", "current.csv"));

        Check("latest.csv").Should().BeEmpty();
    }

    [Fact]
    public void A_fifo_snapshot_is_refused_as_not_a_regular_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs are a Unix file type
        }

        Fifo.Make(Path.Combine(Definitions, "data", "pipe.csv"));

        Check("data/pipe.csv").Should().ContainSingle().Which.Should().Contain("is not a regular file");
    }

    [Fact]
    public void A_runbook_file_linking_outside_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(Definitions, "runbook.md"), Path.Combine(folder, "outside", "secret.csv"));

        var diagnostics = Check("data/current.csv", runbook: "runbook.md");

        diagnostics.Should().ContainSingle().Which.Should().Contain("monitor 'm' names runbook file").And.Contain("leads outside");
    }

    [Fact]
    public void A_folder_where_a_snapshot_file_is_expected_is_not_refused_but_a_fifo_part_is()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs are a Unix file type
        }

        Directory.CreateDirectory(Path.Combine(Definitions, "data", "parts"));
        Fifo.Make(Path.Combine(Definitions, "data", "parts", "part-0.parquet"));

        Check("data/parts").Should().ContainSingle().Which.Should().Contain("part-0.parquet' is not a regular file");
    }

    [Fact]
    public void A_data_root_allows_a_folder_outside()
    {
        Check(Path.Combine(folder, "outside", "secret.csv"), dataRoot: Path.Combine(folder, "outside")).Should().BeEmpty();
        Check("../outside/secret.csv", dataRoot: Path.Combine(folder, "outside")).Should().BeEmpty();
    }

    [Fact]
    public void No_message_echoes_what_the_refused_file_holds()
    {
        File.CreateSymbolicLink(Path.Combine(Definitions, "data", "link.csv"), Path.Combine(folder, "outside", "secret.csv"));

        Check("data/link.csv").Should().ContainSingle().Which.Should().NotContain("TOP-SECRET");
    }

    [Fact]
    public void A_runbook_path_climbing_out_through_a_missing_folder_and_a_link_is_refused()
    {
        // .NET opens 'nonexist/../outlink/secret.csv' as 'outlink/secret.csv': the link is followed out.
        Directory.CreateSymbolicLink(Path.Combine(Definitions, "outlink"), Path.Combine(folder, "outside"));

        Check("data/current.csv", runbook: "nonexist/../outlink/secret.csv").Should().ContainSingle().Which.Should().Contain("leads outside");
    }

    [Fact]
    public void A_runbook_path_whose_dot_dots_follow_a_link_inside_is_judged_as_dotnet_opens_it()
    {
        // 'deep' stays inside, but .NET folds 'deep/../../outside/secret.csv' as text to '../outside/secret.csv'.
        Directory.CreateDirectory(Path.Combine(Definitions, "s1", "s2", "s3"));
        Directory.CreateSymbolicLink(Path.Combine(Definitions, "deep"), "s1/s2/s3");

        Check("data/current.csv", runbook: "deep/../../outside/secret.csv").Should().ContainSingle().Which.Should().Contain("is outside the definitions folder");
        Check("deep/../../outside/secret.csv").Should().ContainSingle().Which.Should().Contain("is outside the definitions folder");
    }

    [Fact]
    public void A_nul_in_a_snapshot_path_is_refused_not_thrown()
    {
        Check("\"data/current.csv\\u0000.x\"").Should().ContainSingle().Which.Should().Contain("holds a NUL character");
    }

    private List<string> Check(string current, string? dataRoot = null, string runbook = "https://wiki.example.com/x")
    {
        var yaml = $"""
            datasets:
              - id: ds
                snapshots: {"{"} current: {current} {"}"}
                columns:
                  a: {"{"} type: double {"}"}
            monitors:
              - id: m
                dataset: ds
                check: completeness
                column: a
                fail: 0.5
                severity: info
                runbook: {runbook}
            """;
        File.WriteAllText(Path.Combine(Definitions, "d.yaml"), yaml);
        var loaded = YamlDefinitionLoader.LoadDirectory(Definitions);
        loaded.Diagnostics.Should().BeEmpty();
        var roots = new DataRoots(Definitions, dataRoot is null ? null : [dataRoot]);
        return DataRootCheck.Apply(loaded, roots).Diagnostics.Select(d => d.ToString()).ToList();
    }
}
