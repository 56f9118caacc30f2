using System.Text.Json;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Checks;

/// <summary>
/// Performance and label coverage end to end, on snapshots with late labels whose expected values scikit-learn and
/// statsmodels computed (<c>reference/make_engine_performance_cases.py</c>).
/// </summary>
[UseCulture("de-DE")]
public sealed class PerformanceCheckTests : IDisposable
{
    private static readonly JsonElement Expected = Load();

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public PerformanceCheckTests()
    {
        foreach (var file in new[] { "performance_current.csv", "performance_reference.csv", "regression_current.csv" })
        {
            File.Copy(Path.Combine(ReferenceCaseFile.Folder, file), Path.Combine(directory.Root, file));
        }
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public void The_expected_values_say_how_they_were_made()
    {
        Expected.GetProperty("_generated_by").GetString().Should().StartWith("/usr/bin/python3 tests/MonitorsAsCode.Engine.Tests/Checks/reference/make_engine_performance_cases.py").And.Contain("scikit-learn");
    }

    [Theory]
    [InlineData("accuracy")]
    [InlineData("precision")]
    [InlineData("recall")]
    [InlineData("f1")]
    [InlineData("roc-auc")]
    [InlineData("average-precision")]
    [InlineData("log-loss")]
    [InlineData("brier")]
    [InlineData("cost")]
    public void Each_metric_over_the_mature_labelled_predictions_agrees_with_scikit_learn(string metric)
    {
        var extra = metric == "cost" ? ", costs: { false_positive: 1, false_negative: 25 }" : string.Empty;
        var threshold = metric is "accuracy" or "precision" or "recall" or "f1" or "cost" ? ", threshold: 0.4" : string.Empty;
        var direction = metric switch { "brier" => "fail: 1", "log-loss" or "cost" => "fail: 100", _ => "fail: 0" };

        var result = RunFraud($"  - {{ id: m, dataset: fraud, check: performance, metric: {metric}{threshold}{extra}, {direction}, min_labels: 50 }}\n").Single();

        result.Status.Should().Be(CheckStatus.Pass, result.Evidence.Summary);
        NumericAssert.Measured(result.Value, Expected.GetProperty("metrics").GetProperty(metric).GetDouble(), metric);
        result.Interval.Should().NotBeNull();
        result.Interval!.Lower.Should().BeLessThanOrEqualTo(result.Value!.Value);
        result.Interval.Upper.Should().BeGreaterThanOrEqualTo(result.Value.Value);
        result.Evidence.Summary.Should().Contain($"over {Expected.GetProperty("labelled").GetInt32()} labelled mature predictions ({Expected.GetProperty("positives").GetInt32()} positive)")
            .And.Contain($"{Expected.GetProperty("immature").GetInt32()} predictions younger than 14d not judged yet")
            .And.Contain($"{Expected.GetProperty("labels_after_as_of").GetInt32()} labels known only after the as-of instant")
            .And.Contain("95% CI");
    }

    [Fact]
    public void Roc_auc_carries_delong_interval_and_a_floor_fails_below_it()
    {
        var result = RunFraud("  - { id: auc, dataset: fraud, check: performance, metric: roc-auc, warn: 0.9, fail: 0.8, min_labels: 50 }\n").Single();

        result.Status.Should().Be(CheckStatus.Fail, "the AUC of 0.77 is below the floor of 0.8");
        result.Interval!.Method.Should().Be("delong");
        result.Evidence.Summary.Should().StartWith("roc-auc 0.769345 (95% CI ").And.Contain("(DeLong)");
    }

    [Fact]
    public void Thresholded_metrics_show_the_confusion_matrix_scikit_learn_counts()
    {
        var result = RunFraud("  - { id: r, dataset: fraud, check: performance, metric: recall, threshold: 0.4, fail: 0.1, min_labels: 50 }\n").Single();

        var confusion = Expected.GetProperty("confusion");
        var table = result.Evidence.Details.Should().ContainSingle().Subject;
        table.Title.Should().Be("confusion matrix at threshold 0.4");
        table.Rows[0].Select(c => c.Number).Should().Equal(null, confusion.GetProperty("tp").GetInt32(), confusion.GetProperty("fn").GetInt32());
        table.Rows[1].Select(c => c.Number).Should().Equal(null, confusion.GetProperty("fp").GetInt32(), confusion.GetProperty("tn").GetInt32());
        result.Interval!.Method.Should().Be("wilson");
    }

    [Fact]
    public void Label_coverage_is_the_share_of_mature_predictions_with_a_known_label_with_statsmodels_wilson_interval()
    {
        var result = RunFraud("  - { id: cov, dataset: fraud, check: label-coverage, warn: 0.9, fail: 0.5 }\n").Single();

        NumericAssert.Measured(result.Value, Expected.GetProperty("coverage").GetDouble(), "coverage");
        var wilson = Expected.GetProperty("coverage_wilson");
        NumericAssert.Close(result.Interval!.Lower, wilson[0].GetDouble(), "lower bound");
        NumericAssert.Close(result.Interval.Upper, wilson[1].GetDouble(), "upper bound");
        result.Status.Should().Be(CheckStatus.Warn);
        result.Evidence.Summary.Should().Contain($"{Expected.GetProperty("labels_without_prediction").GetInt32()} labels without a prediction");
    }

    [Fact]
    public void Too_few_labels_skip_the_monitor_with_the_reason_never_a_pass()
    {
        var result = RunFraud("  - { id: auc, dataset: fraud, check: performance, metric: roc-auc, fail: 0.5, min_labels: 10000 }\n").Single();

        result.Status.Should().Be(CheckStatus.Skipped);
        result.Value.Should().BeNull();
        result.Evidence.Summary.Should().StartWith($"only {Expected.GetProperty("labelled").GetInt32()} labelled mature predictions, fewer than min_labels 10,000: too few to judge roc-auc");
    }

    [Fact]
    public void A_drop_from_the_reference_is_judged_in_the_metrics_units_with_its_interval()
    {
        var results = RunFraud(
            "  - { id: auc-drop, dataset: fraud, check: performance, metric: roc-auc, relative: true, warn: 0.01, fail: 0.2, min_labels: 50 }\n"
            + "  - { id: accuracy-drop, dataset: fraud, check: performance, metric: accuracy, threshold: 0.4, relative: true, fail: 0.2, min_labels: 50 }\n");

        var auc = results[0];
        NumericAssert.Measured(auc.Value, Expected.GetProperty("reference_roc_auc").GetDouble() - Expected.GetProperty("metrics").GetProperty("roc-auc").GetDouble(), "AUC drop");
        auc.Status.Should().Be(CheckStatus.Warn);
        auc.Interval!.Method.Should().Be("mover");
        auc.Interval.Lower.Should().BeLessThan(auc.Value!.Value);
        auc.Evidence.Summary.Should().Contain("worse by");
        NumericAssert.Measured(results[1].Value, Expected.GetProperty("reference_accuracy").GetDouble() - Expected.GetProperty("metrics").GetProperty("accuracy").GetDouble(), "accuracy drop");
    }

    [Fact]
    public void All_null_labels_leave_nothing_to_judge()
    {
        File.WriteAllText(Path.Combine(directory.Root, "performance_current.csv"), "event_time,score,is_fraud,labelled_at\n2026-10-01T00:00:00Z,0.3,,\n2026-10-02T00:00:00Z,0.9,,\n");

        var results = RunFraud("  - { id: auc, dataset: fraud, check: performance, metric: roc-auc, fail: 0.5, min_labels: 1 }\n  - { id: cov, dataset: fraud, check: label-coverage, fail: 0.5 }\n");

        results[0].Status.Should().Be(CheckStatus.Skipped);
        results[0].Evidence.Summary.Should().StartWith("only 0 labelled mature predictions, fewer than min_labels 1");
        results[1].Value.Should().Be(0);
        results[1].Status.Should().Be(CheckStatus.Fail);
    }

    [Fact]
    public void A_single_class_skips_roc_auc_with_the_reason()
    {
        File.WriteAllText(Path.Combine(directory.Root, "performance_current.csv"), "event_time,score,is_fraud,labelled_at\n2026-10-01T00:00:00Z,0.3,false,\n2026-10-02T00:00:00Z,0.9,false,\n2026-10-03T00:00:00Z,0.9,false,\n");

        var result = RunFraud("  - { id: auc, dataset: fraud, check: performance, metric: roc-auc, fail: 0.5, min_labels: 2 }\n").Single();

        result.Status.Should().Be(CheckStatus.Skipped);
        result.Evidence.Summary.Should().Be("only one class among the labels (no positive): ROC AUC is undefined over 3 labelled mature predictions");
    }

    [Fact]
    public void Scores_outside_zero_to_one_are_an_error_for_a_probability_metric()
    {
        File.WriteAllText(Path.Combine(directory.Root, "performance_current.csv"), "event_time,score,is_fraud,labelled_at\n2026-10-01T00:00:00Z,3.5,true,\n2026-10-02T00:00:00Z,0.9,false,\n");

        var result = RunFraud("  - { id: ll, dataset: fraud, check: performance, metric: log-loss, fail: 1, min_labels: 1 }\n").Single();

        result.Status.Should().Be(CheckStatus.Error);
        result.Evidence.Summary.Should().Be("log-loss reads scores as probabilities, and a score is 3.5, outside [0, 1]; measure roc-auc or average-precision, or calibrate the scores");
    }

    [Theory]
    [InlineData("mae")]
    [InlineData("rmse")]
    [InlineData("mape")]
    [InlineData("r2")]
    public void Regression_metrics_agree_with_scikit_learn(string metric)
    {
        var result = RunRegression($"  - {{ id: m, dataset: house, check: performance, metric: {metric}, warn: {(metric == "r2" ? "0.1" : "1000")} }}\n");

        result.Status.Should().Be(CheckStatus.Pass, result.Evidence.Summary);
        NumericAssert.Measured(result.Value, Expected.GetProperty("regression").GetProperty(metric).GetDouble(), metric);
        result.Interval!.Method.Should().Be("bootstrap");
    }

    [Fact]
    public void The_share_within_tolerance_has_a_wilson_interval()
    {
        var result = RunRegression("  - { id: m, dataset: house, check: performance, metric: within-tolerance, tolerance: 5, fail: 0.5 }\n");

        NumericAssert.Measured(result.Value, Expected.GetProperty("regression").GetProperty("within_5").GetDouble(), "share within 5");
        result.Interval!.Method.Should().Be("wilson");
    }

    [Fact]
    public void The_same_run_gives_the_same_bootstrap_interval()
    {
        const string Monitor = "  - { id: f1, dataset: fraud, check: performance, metric: f1, threshold: 0.4, fail: 0.1, min_labels: 50 }\n";

        RunFraud(Monitor).Single().Interval.Should().Be(RunFraud(Monitor).Single().Interval);
    }

    [Fact]
    public void Labels_from_a_separate_snapshot_are_joined_by_id_with_duplicates_and_orphans_in_the_evidence()
    {
        foreach (var file in new[] { "predictions_current.csv", "labels.csv" })
        {
            File.Copy(Path.Combine(ReferenceCaseFile.Folder, file), Path.Combine(directory.Root, file));
        }

        var yaml = """
            datasets:
              - id: fraud
                snapshots: { reference: predictions_current.csv, current: predictions_current.csv }
                labels: { snapshot: labels.csv, id: transaction_id, label: is_fraud, label_time: labelled_at, mature_after: 14d }
                columns:
                  transaction_id: { type: string, role: id }
                  event_time:     { type: timestamp, role: event_time }
                  score:          { type: double, role: prediction }
            monitors:
              - { id: auc, dataset: fraud, check: performance, metric: roc-auc, fail: 0.5, min_labels: 50 }
              - { id: cov, dataset: fraud, check: label-coverage, fail: 0.5 }
              - { id: auc-drop, dataset: fraud, check: performance, metric: roc-auc, relative: true, fail: 0.5, min_labels: 50 }
            """;
        var asOf = DateTimeOffset.Parse(Expected.GetProperty("as_of").GetString()!, System.Globalization.CultureInfo.InvariantCulture); // the generator writes it

        var results = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml), new RunOptions { AsOf = asOf }).Results;

        var joined = Expected.GetProperty("joined");
        results[0].Status.Should().Be(CheckStatus.Pass, results[0].Evidence.Summary);
        NumericAssert.Measured(results[0].Value, joined.GetProperty("roc_auc").GetDouble(), "AUC over joined labels");
        results[0].Evidence.Summary.Should().Contain($"over {joined.GetProperty("labelled").GetInt32()} labelled mature predictions")
            .And.Contain($"{joined.GetProperty("unmatched").GetInt32()} labels in the labels snapshot without a prediction")
            .And.Contain($"{joined.GetProperty("duplicates").GetInt32()} duplicate labels (the one known last kept)");
        NumericAssert.Measured(results[1].Value, joined.GetProperty("coverage").GetDouble(), "coverage over joined labels");
        results[2].Status.Should().Be(CheckStatus.Pass, results[2].Evidence.Summary);
        results[2].Evidence.Summary.Should().Contain("against ", "the reference's rows are joined to the same labels, every label counting");
    }

    [Fact]
    public void A_missing_labels_snapshot_is_an_error_of_the_labelled_monitors_only()
    {
        File.Copy(Path.Combine(ReferenceCaseFile.Folder, "predictions_current.csv"), Path.Combine(directory.Root, "predictions_current.csv"));
        var yaml = """
            datasets:
              - id: fraud
                snapshots: { current: predictions_current.csv }
                labels: { snapshot: labels.csv, id: transaction_id, label: is_fraud }
                columns:
                  transaction_id: { type: string, role: id }
                  event_time:     { type: timestamp, role: event_time }
                  score:          { type: double, role: prediction }
            monitors:
              - { id: auc, dataset: fraud, check: performance, metric: roc-auc, fail: 0.5 }
              - { id: score-nulls, dataset: fraud, check: completeness, column: score, fail: 0.5 }
            """;

        var results = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results;

        results[0].Status.Should().Be(CheckStatus.Error);
        results[0].Evidence.Summary.Should().StartWith("the labels snapshot '").And.Contain("labels.csv' cannot be read: ");
        results[1].Status.Should().Be(CheckStatus.Pass);
    }

    [Fact]
    public async Task Parquet_row_groups_and_csv_batches_pair_the_same_rows()
    {
        await WriteParquet(Path.Combine(ReferenceCaseFile.Folder, "performance_current.csv"), Path.Combine(directory.Root, "performance_current.parquet"));
        const string Monitors = "  - { id: auc, dataset: fraud, check: performance, metric: roc-auc, fail: 0.5, min_labels: 50 }\n"
            + "  - { id: f1, dataset: fraud, check: performance, metric: f1, threshold: 0.4, fail: 0.1, min_labels: 50 }\n"
            + "  - { id: cov, dataset: fraud, check: label-coverage, fail: 0.5 }\n";

        var fromCsv = RunFraud(Monitors);
        var fromParquet = RunFraud(Monitors, "performance_current.parquet");

        fromParquet.Should().BeEquivalentTo(fromCsv, options => options.WithStrictOrdering());
        NumericAssert.Measured(fromParquet[0].Value, Expected.GetProperty("metrics").GetProperty("roc-auc").GetDouble(), "AUC from Parquet");
    }

    /// <summary>The CSV's rows as Parquet in row groups of 128 rows, nulls where the CSV has empty fields.</summary>
    private static async Task WriteParquet(string csv, string path)
    {
        var lines = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')).ToArray();
        static DateTime? Time(string text) => text.Length == 0 ? null : DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        var eventTime = new global::Parquet.Schema.DateTimeDataField("event_time", global::Parquet.Schema.DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: global::Parquet.Schema.DateTimeTimeUnit.Micros, isNullable: true);
        var score = new global::Parquet.Schema.DataField<double>("score", true);
        var label = new global::Parquet.Schema.DataField<bool>("is_fraud", true);
        var labelledAt = new global::Parquet.Schema.DateTimeDataField("labelled_at", global::Parquet.Schema.DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: global::Parquet.Schema.DateTimeTimeUnit.Micros, isNullable: true);
        await using var stream = File.Create(path);
        await using var writer = await global::Parquet.ParquetWriter.CreateAsync(new global::Parquet.Schema.ParquetSchema(eventTime, score, label, labelledAt), stream);
        foreach (var chunk in lines.Chunk(128))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<DateTime>(eventTime, chunk.Select(r => Time(r[0])).ToArray().AsMemory());
            await group.WriteAsync<double>(score, chunk.Select(r => r[1].Length == 0 ? (double?)null : double.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray().AsMemory());
            await group.WriteAsync<bool>(label, chunk.Select(r => r[2].Length == 0 ? (bool?)null : r[2] == "true").ToArray().AsMemory());
            await group.WriteAsync<DateTime>(labelledAt, chunk.Select(r => Time(r[3])).ToArray().AsMemory());
        }
    }


    private List<CheckResult> RunFraud(string monitors, string current = "performance_current.csv")
    {
        var yaml = """
            datasets:
              - id: fraud
                snapshots: { reference: performance_reference.csv, current: CURRENT }
                labels: { label: is_fraud, label_time: labelled_at, mature_after: 14d }
                columns:
                  event_time:  { type: timestamp, role: event_time }
                  score:       { type: double, role: prediction }
                  is_fraud:    { type: bool, role: label }
                  labelled_at: { type: timestamp }
            monitors:

            """.Replace("CURRENT", current, StringComparison.Ordinal) + monitors;
        var asOf = DateTimeOffset.Parse(Expected.GetProperty("as_of").GetString()!, System.Globalization.CultureInfo.InvariantCulture); // the generator writes it
        return [.. new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml), new RunOptions { AsOf = asOf }).Results];
    }

    private CheckResult RunRegression(string monitors)
    {
        var yaml = """
            datasets:
              - id: house
                snapshots: { current: regression_current.csv }
                columns:
                  predicted: { type: double, role: prediction }
                  actual:    { type: double, role: label }
            monitors:

            """ + monitors;
        return new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results.Single();
    }

    private static JsonElement Load()
    {
        using var stream = File.OpenRead(Path.Combine(ReferenceCaseFile.Folder, "engine_performance_cases.json"));
        return JsonDocument.Parse(stream).RootElement.Clone();
    }
}
