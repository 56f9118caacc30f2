using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;

namespace FraudScoring.Monitors;

/// <summary>
/// The fraud-scoring monitors of <c>monitors/fraud-scoring</c>, in C#: data quality, volume, freshness and
/// drift of the card-fraud model's inputs and scores, the scoring service's SLOs, and the deploy and retrain
/// gates. Paths are relative to this folder.
/// </summary>
public sealed class FraudScoringMonitors : MonitorSet
{
    private const string DataEngineering = "risk-data-eng";
    private const string ModelOnCall = "risk-ml-oncall";
    private const string DataQualityRunbook = "../fraud-scoring/runbooks/data-quality.md";
    private const string FeatureDriftRunbook = "../fraud-scoring/runbooks/feature-drift.md";
    private const string SloBurnRunbook = "../fraud-scoring/runbooks/slo-burn.md";

    /// <inheritdoc />
    public override void Define(MonitorBuilder m)
    {
        var data = ScoringLogColumns(m.Dataset("fraud-scoring", owner: "risk-ml")
            .Description("Card fraud scores for every authorisation, as logged by the scoring service with the features it was given.")
            .Snapshots(
                reference: "../fraud-scoring/data/reference.parquet",
                current: "../fraud-scoring/data/current.parquet",
                capturedAt: new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero)));

        // The same log in daily partitions, 90 days up to the export's stall, judged day by day against its history.
        var daily = ScoringLogColumns(m.Dataset("fraud-scoring-daily", owner: "risk-ml")
            .Description("The scoring log in daily partitions (a sample of each day), for monitors judged day by day against their history.")
            .Snapshots(
                reference: null,
                current: "../fraud-scoring/data/daily/",
                capturedAt: new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero)));

        // The scoring API's request log, which the latency and availability SLOs are measured on.
        var serving = m.Dataset("fraud-serving", owner: "risk-ml")
            .Description("The scoring API's request log, one row per authorisation scored, four weeks up to the capture.")
            .Snapshots(
                reference: null,
                current: "../fraud-scoring/data/serving.parquet",
                capturedAt: new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero))
            .Column("request_id", ColumnType.String, ColumnRole.Id)
            .Column("request_time", ColumnType.Timestamp, ColumnRole.EventTime)
            .Column("model_version", ColumnType.String, ColumnRole.ModelVersion)
            .Column("latency_ms", ColumnType.Double, ColumnRole.Other)
            .Column("status", ColumnType.Int64, ColumnRole.Other);

        // --- data quality ---------------------------------------------------------------------------
        m.Schema("schema", data)
            .UnexpectedColumns(UnexpectedColumns.Fail)
            .Severity(Severity.Act).Owner(DataEngineering).Runbook(DataQualityRunbook)
            .Description("The snapshot has every declared column with its declared type, and no others.");

        m.Completeness("device-type-completeness", data, "device_type")
            .Warn(0.01).Fail(0.05)
            .Severity(Severity.Act).Owner(DataEngineering).Runbook(DataQualityRunbook)
            .Description("Device enrichment answers for every authorisation; the model reads a missing device as high risk.");

        m.Completeness("amount-completeness", data, "amount")
            .Warn(0.001).Fail(0.01)
            .Severity(Severity.Act).Owner(DataEngineering).Runbook(DataQualityRunbook)
            .Description("Every authorisation carries its amount, the model's strongest input.");

        m.Completeness("score-completeness", data, "score")
            .Warn(0.001).Fail(0.01)
            .Severity(Severity.Act).Owner(ModelOnCall).Runbook(DataQualityRunbook)
            .Description("Every authorisation was scored; a missing score means the rule engine decided alone.");

        m.Validity("payment-method-validity", data, "payment_method")
            .AllowedFromReference()
            .Warn(0.001).Fail(0.01)
            .Severity(Severity.Act).Owner(ModelOnCall).Runbook(DataQualityRunbook)
            .Description("Payment methods are ones the model saw in training; an unseen one is scored blind.");

        m.Validity("hour-of-day-validity", data, "hour_of_day")
            .Range(0, 23)
            .Warn(0).Fail(0.001)
            .Severity(Severity.Investigate).Owner(DataEngineering).Runbook(DataQualityRunbook)
            .Description("The cardholder's local hour is a real hour of the day.");

        m.Validity("amount-validity", data, "amount")
            .Range(0.01, 50000)
            .Warn(0.0005).Fail(0.005)
            .Severity(Severity.Investigate).Owner(DataEngineering).Runbook(DataQualityRunbook)
            .Description("Amounts are positive and under the single-authorisation limit of 50,000.");

        m.Validity("country-validity", data, "country")
            .Allowed("US", "GB", "DE", "FR", "BR", "IN", "ES", "NL")
            .Warn(0.001).Fail(0.01)
            .Severity(Severity.Investigate).Owner(DataEngineering).Runbook(DataQualityRunbook)
            .Description("Card country is one of the markets the model is licensed and trained for.");

        m.Uniqueness("transaction-id-uniqueness", data, ["transaction_id"])
            .Warn(0.005).Fail(0.01)
            .Severity(Severity.Act).Owner(DataEngineering).Runbook("../fraud-scoring/runbooks/duplicates.md")
            .Description("Each authorisation appears once; duplicates inflate volume and bias every statistic.");

        m.Volume("volume", data)
            .Warn(below: 0.8, above: 1.25).Fail(below: 0.5, above: 2)
            .Severity(Severity.Investigate).Owner(DataEngineering).Runbook(DataQualityRunbook)
            .Description("The current snapshot holds about as many rows as the reference.");

        m.Freshness("event-freshness", data, "event_time")
            .Warn(TimeSpan.FromHours(24)).Fail(TimeSpan.FromHours(36))
            .Severity(Severity.Act).Owner(DataEngineering).Runbook("../fraud-scoring/runbooks/freshness.md")
            .Description("The newest authorisation is less than a day old when the snapshot is captured.");

        // --- drift against the training window ---------------------------------------------------------
        m.Drift("txn-sum-30d-drift", data, "txn_sum_30d", DriftMethod.Psi)
            .Warn(0.1).Fail(0.25)
            .Severity(Severity.Act).Owner(ModelOnCall).Runbook(FeatureDriftRunbook)
            .Description("The 30-day spend feature keeps its training distribution; a shift usually means a broken feature job.");

        m.Drift("amount-drift", data, "amount", DriftMethod.Psi)
            .Warn(0.1).Fail(0.25)
            .Severity(Severity.Investigate).Owner("risk-ml").Runbook(FeatureDriftRunbook)
            .Description("Transaction amounts look like the training window.");

        m.Drift("account-age-drift", data, "account_age_days", DriftMethod.Wasserstein)
            .Warn(0.1).Fail(0.2)
            .Severity(Severity.Investigate).Owner("risk-ml").Runbook(FeatureDriftRunbook)
            .Description("The age mix of accounts is stable; a wave of new accounts often precedes a fraud attack.");

        m.Drift("merchant-category-drift", data, "merchant_category", DriftMethod.JensenShannon)
            .Warn(0.1).Fail(0.2)
            .Severity(Severity.Investigate).Owner("risk-ml").Runbook(FeatureDriftRunbook)
            .Description("The mix of merchant categories is stable.");

        m.Drift("country-drift", data, "country", DriftMethod.Psi)
            .Warn(0.1).Fail(0.25)
            .Severity(Severity.Info).Owner("risk-ml").Runbook(FeatureDriftRunbook)
            .Description("The mix of card countries is stable.");

        m.Drift("payment-method-drift", data, "payment_method", DriftMethod.Psi)
            .Warn(0.1).Fail(0.25)
            .Severity(Severity.Investigate).Owner("risk-ml").Runbook(FeatureDriftRunbook)
            .Description("The mix of payment methods is stable.");

        m.Drift("score-drift", data, "score", DriftMethod.Psi)
            .Warn(0.1).Fail(0.25)
            .Severity(Severity.Act).Owner(ModelOnCall).Runbook(FeatureDriftRunbook)
            .Description("The score distribution, and so the decline rate at a fixed cut-off, matches the training window.");

        // --- SLOs: two on the scoring API's request log, one on the model's predictions ---------------------
        m.Slo("scoring-latency", serving, good: "latency_ms <= 120", objective: 0.99, window: TimeSpan.FromDays(28))
            .Service("fraud-scoring-api")
            .Description("Answered authorisations are scored within 120 ms, so checkout never waits on fraud scoring.")
            .Owner(ModelOnCall)
            .Total("status < 500") // failed requests count against availability, not latency
            .Prometheus(
                totalQuery: "sum(rate(fraud_scoring_request_duration_seconds_count{job=\"fraud-scoring-api\",code!~\"5..\"}[{{.window}}]))",
                goodQuery: "sum(rate(fraud_scoring_request_duration_seconds_bucket{job=\"fraud-scoring-api\",le=\"0.12\",code!~\"5..\"}[{{.window}}]))")
            .BudgetRemaining(warn: 0.5, fail: 0.25) // deploys need a quarter of the budget left
            .AlertLabel("team", "risk-ml")
            .Page(SloBurnRunbook)
            .Ticket(SloBurnRunbook);

        m.Slo("scoring-availability", serving, good: "status < 500", objective: 0.995, window: TimeSpan.FromDays(28))
            .Service("fraud-scoring-api")
            .Description("Authorisations get a score rather than a server error.")
            .Owner(ModelOnCall)
            .Prometheus(
                totalQuery: "sum(rate(fraud_scoring_requests_total{job=\"fraud-scoring-api\"}[{{.window}}]))",
                errorQuery: "sum(rate(fraud_scoring_requests_total{job=\"fraud-scoring-api\",code=~\"5..\"}[{{.window}}]))")
            .BudgetRemaining(warn: 0.5, fail: 0.25)
            .AlertLabel("team", "risk-ml")
            .Page(SloBurnRunbook)
            .Ticket(SloBurnRunbook)
            .Maintenance("fraud-scoring-release", start: new TimeSpan(6, 0, 0), end: new TimeSpan(6, 30, 0), weekdays: [DayOfWeek.Tuesday]);

        m.MonitorSlo("prediction-stability", "score-drift", timeSlice: TimeSpan.FromDays(1), objective: 0.9, window: TimeSpan.FromDays(28))
            .Service("fraud-scoring-model")
            .Description("On nine days in ten the day's scores are distributed as in training (score-drift passes on the day's rows).")
            .Owner("risk-ml")
            .Ticket(FeatureDriftRunbook)
            .BurnRate(AlertSeverity.Ticket, longWindow: TimeSpan.FromDays(7), shortWindow: TimeSpan.FromDays(1), budgetConsumed: 0.5);

        // --- day by day, against history ---------------------------------------------------------------
        // The campaign is declared twice over the same days, once for each thing it does.
        m.Event("autumn-cashback-2026", from: "2026-09-21", to: "2026-10-04", EventKind.Campaign, EventEffect.ExcludeFromBaseline)
            .Datasets("fraud-scoring-daily")
            .Description("Two-week cashback campaign; half as many authorisations again, almost a third of them guest checkouts from first-time shoppers.");
        m.Event("autumn-cashback-2026-muted", from: "2026-09-21", to: "2026-10-04", EventKind.Campaign, EventEffect.Suppress)
            .Datasets("fraud-scoring-daily")
            .Description("The daily log's alerts are muted while the cashback campaign runs; what its days measured is still recorded.");

        m.Completeness("guest-checkout-share", daily, "account_age_days")
            .Warn(0.2).Fail(0.25)
            .Owner(DataEngineering).Runbook(DataQualityRunbook)
            .Description("Share of authorisations without an account age (guest checkouts, failed account lookups), against fixed limits loose enough for weekends.");

        m.Completeness("guest-checkout-share-vs-last-week", daily, "account_age_days")
            .Baseline(BaselineMethod.SamePeriodLastWeek, minHistory: 21).BaselineWindow(TimeSpan.FromDays(28)).Seasonality(TimeSpan.FromDays(7))
            .Deviations(warn: 3, fail: 5)
            .Severity(Severity.Act).Owner(DataEngineering).Runbook(DataQualityRunbook)
            .Description("The same share against the same weekday of the last four weeks; a weekday with a weekend's share is an incident.");

        m.Completeness("guest-checkout-share-trend", daily, "account_age_days")
            .Baseline(BaselineMethod.HoltWinters, minHistory: 21).BaselineWindow(TimeSpan.FromDays(28)).Seasonality(TimeSpan.FromDays(7))
            .Deviations(warn: 3, fail: 5)
            .Owner(DataEngineering).Runbook(DataQualityRunbook)
            .Description("The same share against a Holt-Winters forecast (level, trend and weekday offsets) over the last four weeks.");

        // --- gates ---------------------------------------------------------------------------------------
        m.Gate(
            "deploy",
            "schema", "device-type-completeness", "amount-completeness", "score-completeness", "payment-method-validity",
            "amount-validity", "transaction-id-uniqueness", "volume", "event-freshness", "txn-sum-30d-drift",
            "payment-method-drift", "score-drift")
            .Slos("prediction-stability") // the day-by-day score distribution has kept its error budget
            .Description("Before a new fraud model version takes traffic, the data it will be judged on is complete, valid, fresh, deduplicated and drawn from the distribution it was trained on.");

        m.Gate(
            "retrain",
            "schema", "device-type-completeness", "amount-completeness", "payment-method-validity", "hour-of-day-validity",
            "amount-validity", "country-validity", "transaction-id-uniqueness", "volume", "event-freshness", "txn-sum-30d-drift")
            .Description("Before the current window is used as training data, it is free of pipeline damage that a model would learn as if it were real.");
    }

    /// <summary>The columns of the scoring log, the same in the snapshots and in the daily partitions.</summary>
    private static DatasetBuilder ScoringLogColumns(DatasetBuilder dataset) => dataset
        .Column("transaction_id", ColumnType.String, ColumnRole.Id)
        .Column("event_time", ColumnType.Timestamp, ColumnRole.EventTime)
        .Column("amount", ColumnType.Double, ColumnRole.Feature)
        .Column("merchant_category", ColumnType.String, ColumnRole.Feature)
        .Column("country", ColumnType.String, ColumnRole.Feature)
        .Column("device_type", ColumnType.String, ColumnRole.Feature)
        .Column("payment_method", ColumnType.String, ColumnRole.Feature)
        .Column("account_age_days", ColumnType.Int64, ColumnRole.Feature)
        .Column("txn_sum_30d", ColumnType.Double, ColumnRole.Feature)
        .Column("hour_of_day", ColumnType.Int64, ColumnRole.Feature)
        .Column("score", ColumnType.Double, ColumnRole.Prediction)
        .Column("is_fraud", ColumnType.Bool, ColumnRole.Label)
        .Column("model_version", ColumnType.String, ColumnRole.ModelVersion);
}
