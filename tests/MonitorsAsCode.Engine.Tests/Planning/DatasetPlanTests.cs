using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Planning;

namespace MonitorsAsCode.Engine.Tests.Planning;

public sealed class DatasetPlanTests
{
    private static readonly DatasetDefinition Payments = new(
        "payments",
        null,
        new SnapshotPaths("/data/reference.csv", "/data/current.csv"),
        [
            new ColumnDefinition("id", ColumnType.String, ColumnRole.Id),
            new ColumnDefinition("event_time", ColumnType.Timestamp, ColumnRole.EventTime),
            new ColumnDefinition("amount", ColumnType.Double, ColumnRole.Feature),
            new ColumnDefinition("channel", ColumnType.String, ColumnRole.Segment),
            new ColumnDefinition("hour", ColumnType.Int64, ColumnRole.Feature),
            new ColumnDefinition("score", ColumnType.Double, ColumnRole.Prediction),
            new ColumnDefinition("note", ColumnType.String, ColumnRole.Other),
        ]);

    [Fact]
    public void Current_columns_are_the_union_of_the_monitors_columns_in_declaration_order()
    {
        var plan = DatasetPlan.For(Payments, [
            Monitor(CheckKind.Validity, "score") with { Min = 0, Max = 1 },
            Monitor(CheckKind.Uniqueness, "id", "hour"),
            Monitor(CheckKind.Freshness, "event_time"),
            Monitor(CheckKind.Validity, "hour") with { Min = 0 },
        ]);

        plan.CurrentColumns.Should().Equal("id", "event_time", "hour", "score");
        plan.ReferenceColumns.Should().BeEmpty();
        plan.NeedsReference.Should().BeFalse();
    }

    [Fact]
    public void Schema_and_volume_need_no_current_columns()
    {
        var plan = DatasetPlan.For(Payments, [Monitor(CheckKind.Schema), Monitor(CheckKind.Volume)]);

        plan.CurrentColumns.Should().BeEmpty();
        plan.ReferenceColumns.Should().BeEmpty();
        plan.NeedsReference.Should().BeTrue("volume counts the reference's rows");
    }

    [Theory]
    [InlineData(CheckKind.Drift, true)]
    [InlineData(CheckKind.Volume, true)]
    [InlineData(CheckKind.Completeness, false)]
    [InlineData(CheckKind.Uniqueness, false)]
    [InlineData(CheckKind.Freshness, false)]
    [InlineData(CheckKind.Schema, false)]
    public void Only_checks_that_compare_against_the_reference_need_it(CheckKind check, bool needsReference)
    {
        var column = check switch
        {
            CheckKind.Freshness => ["event_time"],
            CheckKind.Schema or CheckKind.Volume => Array.Empty<string>(),
            _ => ["amount"],
        };

        DatasetPlan.For(Payments, [Monitor(check, column)]).NeedsReference.Should().Be(needsReference);
    }

    [Fact]
    public void Validity_needs_the_reference_only_for_allowed_reference()
    {
        var range = DatasetPlan.For(Payments, [Monitor(CheckKind.Validity, "hour") with { Min = 0 }]);
        var seen = DatasetPlan.For(Payments, [Monitor(CheckKind.Validity, "channel") with { AllowedFromReference = true }]);

        range.NeedsReference.Should().BeFalse();
        seen.NeedsReference.Should().BeTrue();
        seen.ReferenceColumns.Should().Equal("channel");
    }

    [Fact]
    public void Completeness_columns_are_read_from_the_reference_only_when_it_is_read_anyway()
    {
        var alone = DatasetPlan.For(Payments, [Monitor(CheckKind.Completeness, "score")]);
        var withDrift = DatasetPlan.For(Payments, [Monitor(CheckKind.Completeness, "score"), Monitor(CheckKind.Drift, "amount")]);

        alone.NeedsReference.Should().BeFalse();
        alone.ReferenceColumns.Should().BeEmpty();
        withDrift.NeedsReference.Should().BeTrue();
        withDrift.ReferenceColumns.Should().Equal("amount", "score");
    }

    [Fact]
    public void Completeness_also_reads_the_segment_columns_its_evidence_uses()
    {
        var plan = DatasetPlan.For(Payments, [Monitor(CheckKind.Completeness, "score")]);

        plan.CurrentColumns.Should().Equal("channel", "score");
    }

    [Fact]
    public void Disabled_monitors_need_nothing_but_stay_in_the_plan()
    {
        var disabled = Monitor(CheckKind.Drift, "amount") with { Enabled = false };
        var plan = DatasetPlan.For(Payments, [Monitor(CheckKind.Freshness, "event_time"), disabled]);

        plan.CurrentColumns.Should().Equal("event_time");
        plan.ReferenceColumns.Should().BeEmpty();
        plan.NeedsReference.Should().BeFalse();
        plan.Monitors.Should().HaveCount(2).And.Contain(disabled);
    }

    private static MonitorDefinition Monitor(CheckKind check, params string[] columns) =>
        new(check.ToString().ToLowerInvariant() + "-" + string.Join("-", columns), "payments", check)
        {
            Columns = columns,
            Fail = Threshold.AtMost(0.5),
        };
}
