using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Tests.Validation;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Yaml;

/// <summary>The drift keys of a monitor as the YAML reader reads them: methods, thresholds by direction, bins, effect, selections.</summary>
public sealed class YamlDriftMonitorTests
{
    public static TheoryData<string, DriftMethod> MethodWords()
    {
        var data = new TheoryData<string, DriftMethod>();
        foreach (var pair in YamlWords.Methods)
        {
            data.Add(pair.Key, pair.Value);
        }

        return data;
    }

    [Fact]
    public void Every_method_of_the_issue_has_a_word()
    {
        YamlWords.Methods.Select(p => p.Key).Should().Equal(
            "psi", "jensen-shannon", "wasserstein", "ks", "kl", "hellinger", "anderson-darling", "cramer-von-mises",
            "energy", "chi-square", "total-variation", "l-infinity", "z", "domain-classifier", "auto");
        YamlWords.Methods.Select(p => p.Value).Should().OnlyHaveUniqueItems().And.HaveCount(Enum.GetValues<DriftMethod>().Length);
    }

    [Theory]
    [MemberData(nameof(MethodWords))]
    public void Every_method_word_reads_and_is_described_by_the_catalog(string word, DriftMethod method)
    {
        var column = DriftMethods.IsMultivariate(method) ? "columns: [amount, country]" : DriftMethods.NeedsNumbers(method) ? "column: amount" : "column: country";
        var thresholds = method == DriftMethod.Auto ? string.Empty : DriftMethods.IsPValueTest(method) ? "warn: 0.05" : "warn: 0.1";

        var loaded = Load($"""
            monitors:
              - id: m
                dataset: fraud-scoring
                check: drift
                {column}
                method: {word}
                {thresholds}
            """);

        loaded.Diagnostics.Should().BeEmpty();
        var monitor = loaded.Definitions.Monitors.Single();
        monitor.Method.Should().Be(method);
        var metric = MetricCatalog.Describe(monitor);
        metric.SmallerIsWorse.Should().Be(DriftMethods.IsPValueTest(method));
        metric.AcceptsThresholds.Should().Be(method != DriftMethod.Auto);
    }

    [Fact]
    public void A_p_value_threshold_written_as_a_number_is_a_lower_limit()
    {
        var monitor = Monitor("""
            monitors:
              - id: amount-ks
                dataset: fraud-scoring
                check: drift
                column: amount
                method: ks
                warn: 0.05
                fail: { below: 0.01 }
            """);

        monitor.Warn.Should().Be(Threshold.AtLeast(0.05));
        monitor.Fail.Should().Be(Threshold.AtLeast(0.01));
        monitor.Warn!.Value.IsBreachedBy(0.04).Should().BeTrue();
        monitor.Warn!.Value.IsBreachedBy(0.06).Should().BeFalse();
    }

    [Fact]
    public void An_upper_limit_on_a_p_value_is_refused()
    {
        var diagnostics = DefinitionFiles.DiagnoseMonitors("""
            monitors:
              - id: amount-ks
                dataset: fraud-scoring
                check: drift
                column: amount
                method: ks
                fail: { above: 0.01 }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,13): error MAC0002: 'above' does not apply: a smaller ks p-value is worse, so its threshold is a lower limit; write 'fail: <limit>'");
    }

    [Fact]
    public void An_upper_limit_on_a_p_value_built_in_code_is_reported()
    {
        var dataset = YamlDefinitionLoaderTests.Load(("datasets.yaml", DefinitionFiles.FraudScoring)).Definitions.Datasets.Single();
        var monitor = new MonitorDefinition("amount-ks", "fraud-scoring", CheckKind.Drift)
        {
            Columns = ["amount"],
            Method = DriftMethod.KolmogorovSmirnov,
            Fail = Threshold.AtMost(0.01),
        };

        var diagnostics = MonitorsAsCode.Definitions.Validation.DefinitionValidator.Validate(new DefinitionSet([dataset], [monitor], []));

        diagnostics.Select(d => d.ToString()).Should().Equal(
            "error MAC0003: monitor 'amount-ks': fail is an upper limit, but a smaller ks p-value is worse; its threshold is a lower limit (breached below it): in C#, call FailBelow");
    }

    [Fact]
    public void P_value_thresholds_are_reversed_when_warn_is_below_fail()
    {
        var diagnostics = DefinitionFiles.DiagnoseMonitors("""
            monitors:
              - id: amount-ks
                dataset: fraud-scoring
                check: drift
                column: amount
                method: ks
                warn: 0.01
                fail: 0.05
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,11): error MAC0009: monitor 'amount-ks': warn (below 0.01) must be less strict than fail (below 0.05), or the warning never comes first; swap them");
    }

    [Fact]
    public void An_omitted_method_is_auto_without_thresholds_and_psi_with_them()
    {
        var loaded = Load("""
            monitors:
              - id: without
                dataset: fraud-scoring
                check: drift
                column: amount
              - id: with
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
            """);

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.Monitors.Select(m => m.EffectiveMethod).Should().Equal(DriftMethod.Auto, DriftMethod.Psi);
        loaded.Definitions.Monitors.Should().OnlyContain(m => m.Method == null);
    }

    [Fact]
    public void Binning_edges_effect_and_null_share_change_are_read_with_their_positions()
    {
        var monitor = Monitor("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: chi-square
                edges: [10, 100.5, 1000]
                effect: { method: jensen-shannon, min: 0.1 }
                null_share_change: { warn: 0.01, fail: 0.05 }
                fail: 0.01
            """);

        monitor.Edges.Should().Equal(10, 100.5, 1000);
        monitor.Effect.Should().Be(new DriftEffect(DriftMethod.JensenShannon, 0.1));
        monitor.NullShareChange.Should().Be(new ThresholdPair(Threshold.AtMost(0.01), Threshold.AtMost(0.05)));
        monitor.Source.Of("edges[1]")!.Column.Should().Be(17);
        monitor.Source.Of("effect.min")!.Column.Should().Be(44);
        monitor.Source.Of("null_share_change.fail")!.Column.Should().Be(44);
        Monitor("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: psi
                binning: sturges
                fail: 0.25
            """).Binning.Should().Be(DriftBinning.Sturges);
    }

    [Fact]
    public void Edges_that_do_not_ascend_are_reported_at_the_offending_edge()
    {
        var diagnostics = DefinitionFiles.DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: psi
                edges: [10, 100, 100]
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,22): error MAC0003: 'edges' must be strictly ascending, but '100' follows 100");
    }

    [Fact]
    public void Columns_roles_and_all_make_dataset_drift_monitors()
    {
        var loaded = Load("""
            monitors:
              - id: listed
                dataset: fraud-scoring
                check: drift
                columns: [amount, country]
                correction: bonferroni
                fail: 0.5
              - id: by-role
                dataset: fraud-scoring
                check: drift
                roles: [feature, prediction]
                fail: 0.5
              - id: everything
                dataset: fraud-scoring
                check: drift
                columns: all
                fail: 0.5
            """);

        loaded.Diagnostics.Should().BeEmpty();
        var monitors = loaded.Definitions.Monitors;
        monitors.Should().OnlyContain(m => m.IsDatasetDrift && m.EffectiveMethod == DriftMethod.Auto && m.Column == null);
        monitors[0].Correction.Should().Be(PValueCorrection.Bonferroni);
        monitors[1].Roles.Should().Equal(ColumnRole.Feature, ColumnRole.Prediction);
        monitors[2].AllColumns.Should().BeTrue();
        MetricCatalog.Describe(monitors[0]).Should().Be(MetricCatalog.DriftedColumnShare);
        var dataset = loaded.Definitions.Datasets.Single();
        DriftColumns.Select(monitors[0], dataset).Should().Equal("amount", "country");
        DriftColumns.Select(monitors[1], dataset).Should().Equal("amount", "country", "score");
        DriftColumns.Select(monitors[2], dataset).Should().Equal("amount", "country", "score");
    }

    [Fact]
    public void Roles_that_select_nothing_and_unknown_role_words_are_reported()
    {
        var diagnostics = DefinitionFiles.DiagnoseMonitors("""
            monitors:
              - id: labels
                dataset: fraud-scoring
                check: drift
                roles: [label]
                fail: 0.5
              - id: typo
                dataset: fraud-scoring
                check: drift
                roles: [featur]
                fail: 0.5
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,13): error MAC0007: monitor 'labels': roles [label] selects no column of dataset 'fraud-scoring'",
            "monitors.yaml(10,13): error MAC0003: 'roles' items must be one of feature, prediction, label, id, event_time, model_version, segment, other, not 'featur' (did you mean 'feature'?)");
    }

    [Fact]
    public void Column_importance_is_read_and_must_not_be_negative()
    {
        var loaded = YamlDefinitionLoaderTests.Load(("datasets.yaml", """
            datasets:
              - id: d
                snapshots: { reference: r.csv, current: c.csv }
                columns:
                  a: { type: double, importance: 0.42 }
                  b: { type: double }
                  c: { type: double, importance: -1 }
            """));

        loaded.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "datasets.yaml(7,38): error MAC0003: 'importance' must be a number of at least 0, not '-1'");
        loaded.Definitions.Datasets.Single().Columns.Select(c => c.Importance).Should().Equal(0.42, null, null);
    }

    private static LoadedDefinitions Load(string monitors) =>
        YamlDefinitionLoaderTests.Load(("datasets.yaml", DefinitionFiles.FraudScoring), ("monitors.yaml", monitors));

    private static MonitorDefinition Monitor(string monitors)
    {
        var loaded = Load(monitors);
        loaded.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        return loaded.Definitions.Monitors.Single();
    }
}
