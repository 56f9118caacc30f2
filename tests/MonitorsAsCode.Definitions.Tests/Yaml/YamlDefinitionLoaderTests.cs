using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Yaml;

public sealed class YamlDefinitionLoaderTests
{
    internal const string IssueExample = """
        datasets:
          - id: fraud-scoring
            owner: risk-ml
            snapshots: { reference: data/reference.csv, current: data/current.csv }  # relative to this file
            columns:
              transaction_id: { type: string, role: id }
              event_time:     { type: timestamp, role: event_time }
              amount:         { type: double, role: feature }
              country:        { type: string, role: feature }
              score:          { type: double, role: prediction }
              is_fraud:       { type: bool, role: label }
        monitors:
          - id: amount-drift
            dataset: fraud-scoring
            check: drift            # drift | schema | completeness | validity | uniqueness | volume | freshness
            column: amount
            method: psi             # psi | jensen-shannon | wasserstein
            warn: 0.1
            fail: 0.25
            severity: act           # info | investigate | act
            owner: risk-ml-oncall
            runbook: runbooks/feature-drift.md
        gates:
          - id: deploy
            monitors: [amount-drift]
        """;

    [Fact]
    public void The_documented_example_loads_without_diagnostics()
    {
        var loaded = Load(("defs/monitors.yaml", IssueExample));

        loaded.Diagnostics.Should().BeEmpty();
        var dataset = loaded.Definitions.Datasets.Should().ContainSingle().Subject;
        dataset.Id.Should().Be("fraud-scoring");
        dataset.Owner.Should().Be("risk-ml");
        dataset.Snapshots.Reference.Should().Be("defs/data/reference.csv");
        dataset.Snapshots.Current.Should().Be("defs/data/current.csv");
        dataset.Columns.Select(c => (c.Name, c.Type, c.Role)).Should().Equal(
            ("transaction_id", ColumnType.String, ColumnRole.Id),
            ("event_time", ColumnType.Timestamp, ColumnRole.EventTime),
            ("amount", ColumnType.Double, ColumnRole.Feature),
            ("country", ColumnType.String, ColumnRole.Feature),
            ("score", ColumnType.Double, ColumnRole.Prediction),
            ("is_fraud", ColumnType.Bool, ColumnRole.Label));

        var monitor = loaded.Definitions.Monitors.Should().ContainSingle().Subject;
        monitor.Id.Should().Be("amount-drift");
        monitor.Check.Should().Be(CheckKind.Drift);
        monitor.Columns.Should().Equal("amount");
        monitor.Method.Should().Be(DriftMethod.Psi);
        monitor.Warn.Should().Be(Threshold.AtMost(0.1));
        monitor.Fail.Should().Be(Threshold.AtMost(0.25));
        monitor.Severity.Should().Be(Severity.Act);
        monitor.Owner.Should().Be("risk-ml-oncall");
        monitor.Runbook.Should().Be("runbooks/feature-drift.md");
        monitor.Source.Of("fail").Should().Be(new SourceLocation("defs/monitors.yaml", 19, 11));

        loaded.Definitions.Gates.Should().ContainSingle().Which.Monitors.Should().Equal("amount-drift");
    }

    [Fact]
    public void Lists_may_be_split_across_files_and_reference_each_other()
    {
        var loaded = Load(
            ("d/a.yaml", "datasets:\n  - id: ds\n    snapshots: { current: c.csv }\n    columns:\n      t: { type: timestamp, role: event_time }\n"),
            ("d/b.yml", "monitors:\n  - id: fresh\n    dataset: ds\n    check: freshness\n    column: t\n    warn: 1d12h\n    fail: 2d\ngates:\n  - id: deploy\n    monitors: [fresh]\n"));

        loaded.Diagnostics.Should().BeEmpty();
        var monitor = loaded.Definitions.Monitors.Single();
        monitor.Warn.Should().Be(Threshold.AtMost(36 * 3600));
        monitor.Fail.Should().Be(Threshold.AtMost(48 * 3600));
        monitor.Severity.Should().Be(Severity.Investigate);
    }

    [Fact]
    public void Volume_thresholds_are_bands_and_validity_reads_its_extras()
    {
        var loaded = Load(("x.yaml", """
            datasets:
              - id: ds
                snapshots: { reference: r.csv, current: c.csv, captured_at: 2026-11-16T00:00:00Z }
                columns:
                  pm: { type: string }
                  h: { type: int64 }
            monitors:
              - id: rows
                dataset: ds
                check: volume
                warn: { below: 0.8, above: 1.25 }
                fail: { below: 0.5 }
              - id: pm-valid
                dataset: ds
                check: validity
                column: pm
                allowed: reference
                fail: 0.01
              - id: h-valid
                dataset: ds
                check: validity
                column: h
                min: 0
                max: 23
                allowed: [1, 2]
                fail: 0
              - id: key
                dataset: ds
                check: uniqueness
                columns: [pm, h]
                fail: 0.01
            """));

        loaded.Diagnostics.Should().BeEmpty();
        var monitors = loaded.Definitions.Monitors;
        monitors[0].Warn.Should().Be(new Threshold(0.8, 1.25));
        monitors[0].Fail.Should().Be(new Threshold(0.5, null));
        monitors[1].AllowedFromReference.Should().BeTrue();
        monitors[2].Min.Should().Be(0);
        monitors[2].Max.Should().Be(23);
        monitors[2].Allowed.Should().Equal("1", "2");
        monitors[3].Columns.Should().Equal("pm", "h");
        loaded.Definitions.Datasets[0].Columns[0].Role.Should().Be(ColumnRole.Feature);
        loaded.Definitions.Datasets[0].Snapshots.CapturedAt.Should().Be(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_not_only_the_first()
    {
        var loaded = Load(("m.yaml", """
            datasets:
              - id: ds
                snapshots: { reference: r.csv, current: c.csv }
                columns:
                  amount: { type: double }
            monitors:
              - id: a
                dataset: ds
                check: drift
                column: amount
                method: psi
                fial: 0.2
              - id: b
                dataset: ds
                check: drift
                column: amont
                warn: 0.1
              - id: c
                dataset: nowhere
                check: completeness
                column: amount
                fail: 1.5
            """));

        loaded.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "m.yaml(7,5): error MAC0004: monitor 'a' needs a 'warn' or 'fail' threshold on its psi",
            "m.yaml(12,5): error MAC0002: unknown key 'fial' in a monitor (did you mean 'fail'?)",
            "m.yaml(16,13): error MAC0007: monitor 'b' names column 'amont', which dataset 'ds' does not declare (did you mean 'amount'?)",
            "m.yaml(19,14): error MAC0006: monitor 'c' names dataset 'nowhere', which is not declared",
            "m.yaml(22,11): error MAC0008: monitor 'c': fail 1.5 is outside what its null share can take (from 0, up to 1)");
    }

    [Fact]
    public void An_empty_file_and_a_file_with_empty_lists_load_nothing()
    {
        var loaded = Load(("empty.yaml", string.Empty), ("lists.yaml", "datasets:\nmonitors: []\n"));

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.Monitors.Should().BeEmpty();
    }

    [Fact]
    public void Directory_loading_reads_yaml_and_yml_files_in_ordinal_path_order()
    {
        var root = Path.Combine(Path.GetTempPath(), "mac-defs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "sub"));
        try
        {
            File.WriteAllText(Path.Combine(root, "b.yml"), "gates:\n  - id: g2\n    monitors: []\n");
            File.WriteAllText(Path.Combine(root, "a.yaml"), "gates:\n  - id: g1\n    monitors: []\n");
            File.WriteAllText(Path.Combine(root, "sub", "c.yaml"), "gates:\n  - id: g3\n    monitors: []\n");
            File.WriteAllText(Path.Combine(root, "notes.txt"), "not yaml: [");

            var loaded = YamlDefinitionLoader.LoadDirectory(root);

            loaded.Diagnostics.Should().BeEmpty();
            loaded.Definitions.Gates.Select(g => g.Id).Should().Equal("g1", "g2", "g3");
            loaded.Files.Select(Path.GetFileName).Should().Equal("a.yaml", "b.yml", "c.yaml");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_missing_directory_is_reported_by_name()
    {
        var act = () => YamlDefinitionLoader.LoadDirectory("/no/such/definitions");

        act.Should().Throw<DirectoryNotFoundException>().WithMessage("*'/no/such/definitions'*");
    }

    internal static LoadedDefinitions Load(params (string Path, string Text)[] files) =>
        YamlDefinitionLoader.Load(files.Select(f => new KeyValuePair<string, string>(f.Path, f.Text)));

    [Fact]
    public void A_yaml_symlink_leading_outside_the_folder_is_refused_without_echoing_its_content()
    {
        var root = Directory.CreateTempSubdirectory("mac-yaml-links-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "defs"));
            File.WriteAllText(Path.Combine(root, "secret.txt"), "password: TOP-SECRET-VALUE\n[not yaml");
            File.CreateSymbolicLink(Path.Combine(root, "defs", "evil.yaml"), Path.Combine(root, "secret.txt"));

            var refusal = FluentActions.Invoking(() => YamlDefinitionLoader.LoadDirectory(Path.Combine(root, "defs")))
                .Should().Throw<MonitorsAsCode.Definitions.Files.DefinitionFileRefusedException>().Which;

            refusal.Message.Should().Contain("evil.yaml").And.Contain("MAC0024").And.Contain("leads outside").And.NotContain("TOP-SECRET");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Links_to_folders_are_not_entered_so_two_links_to_the_folder_itself_read_each_file_once()
    {
        var root = Directory.CreateTempSubdirectory("mac-yaml-loops-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "d.yaml"), "datasets:\n  - id: ds\n    snapshots: { current: data.csv }\n    columns: { a: { type: double } }\n");
            Directory.CreateSymbolicLink(Path.Combine(root, "a"), ".");
            Directory.CreateSymbolicLink(Path.Combine(root, "b"), ".");
            Directory.CreateSymbolicLink(Path.Combine(root, "everything"), "/");

            var files = YamlDefinitionLoader.ReadDirectory(root);

            files.Select(f => f.Key).Should().Equal(root.Replace('\\', '/') + "/d.yaml");
            YamlDefinitionLoader.LoadDirectory(root).Diagnostics.Should().BeEmpty();
        }
        finally
        {
            foreach (var link in new[] { "a", "b", "everything" })
            {
                Directory.Delete(Path.Combine(root, link)); // removes the link, never what it points at
            }

            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_yaml_symlink_to_dev_zero_returns_an_error_instead_of_reading_forever()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // no /dev/zero on Windows
        }

        var root = Directory.CreateTempSubdirectory("mac-yaml-zero-").FullName;
        try
        {
            File.CreateSymbolicLink(Path.Combine(root, "zero.yaml"), "/dev/zero");

            var load = Task.Run(() => YamlDefinitionLoader.LoadDirectory(root));
            var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromMinutes(1))) == load;

            finished.Should().BeTrue("/dev/zero must not be read: it never ends");
            load.Exception!.InnerException.Should().BeOfType<MonitorsAsCode.Definitions.Files.DefinitionFileRefusedException>()
                .Which.Message.Should().Contain("zero.yaml").And.Contain("leads outside");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_fifo_named_yaml_is_refused_as_not_a_regular_file_instead_of_hanging()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs are a Unix file type
        }

        var root = Directory.CreateTempSubdirectory("mac-yaml-fifo-").FullName;
        try
        {
            Fifo.Make(Path.Combine(root, "pipe.yaml"));

            var load = Task.Run(() => YamlDefinitionLoader.LoadDirectory(root));
            var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromMinutes(1))) == load;

            finished.Should().BeTrue("a FIFO must not be opened: opening it waits for a writer");
            load.Exception!.InnerException.Should().BeOfType<MonitorsAsCode.Definitions.Files.DefinitionFileRefusedException>()
                .Which.Message.Should().Contain("pipe.yaml").And.Contain("is not a regular file");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
