using System;

namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// A monitor judged against what its own history expects rather than fixed numbers (<c>baseline:</c>): the method, how
/// far back it looks, the season of seasonal methods, and how much history it needs before it judges at all. The limits
/// are deviations (robust z: how many typical deviations the value lies from the expected one) or a relative change.
/// </summary>
public sealed record BaselineDefinition(BaselineMethod Method)
{
    /// <summary>The look-back when <see cref="Window"/> is not written: 28 days.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(28);

    /// <summary>The season when <see cref="Seasonality"/> is not written for a seasonal method: 7 days.</summary>
    public static readonly TimeSpan DefaultSeasonality = TimeSpan.FromDays(7);

    /// <summary>The band's half-width in deviations, and the fail limit when no limit is written: 3.5.</summary>
    public const double DefaultK = 3.5;

    /// <summary>The fewest past windows needed when <see cref="MinHistory"/> is not written: 14.</summary>
    public const int DefaultMinHistory = 14;

    /// <summary>How far back the history is read (<c>window: 28d</c>); null for <see cref="DefaultWindow"/>.</summary>
    public TimeSpan? Window { get; init; }

    /// <summary>The length of a season for seasonal methods (<c>seasonality: 7d</c>); null for <see cref="DefaultSeasonality"/>.</summary>
    public TimeSpan? Seasonality { get; init; }

    /// <summary>The band drawn around the expected value, in deviations (<c>k: 3.5</c>); also the fail limit when no limit is written.</summary>
    public double? K { get; init; }

    /// <summary>The fewest usable past windows before the monitor judges; with fewer it is skipped, never passed.</summary>
    public int? MinHistory { get; init; }

    /// <summary>Windows (past ones and the judged one) with fewer rows than this are left out of the baseline.</summary>
    public long? MinVolume { get; init; }

    /// <summary>Warn at this many deviations from the expected value, either side (<c>warn: 3</c>).</summary>
    public double? Warn { get; init; }

    /// <summary>Fail at this many deviations from the expected value, either side (<c>fail: 5</c>).</summary>
    public double? Fail { get; init; }

    /// <summary>Warn at this relative change from the expected value, either side (<c>change: { warn: 10% }</c> is 0.1).</summary>
    public double? ChangeWarn { get; init; }

    /// <summary>Fail at this relative change from the expected value, either side (<c>change: { fail: 25% }</c> is 0.25).</summary>
    public double? ChangeFail { get; init; }

    /// <summary>Whether the limits are relative changes rather than deviations.</summary>
    public bool JudgesChange => ChangeWarn is not null || ChangeFail is not null;

    /// <summary>Whether the method compares a period with the same period of past seasons.</summary>
    public bool IsSeasonal => Method is BaselineMethod.SamePeriodLastWeek or BaselineMethod.HoltWinters;

    /// <summary>The look-back in force.</summary>
    public TimeSpan EffectiveWindow => Window ?? DefaultWindow;

    /// <summary>The season in force for a seasonal method; null for the others.</summary>
    public TimeSpan? EffectiveSeasonality => IsSeasonal ? Seasonality ?? DefaultSeasonality : null;

    /// <summary>The band's half-width in force.</summary>
    public double EffectiveK => K ?? DefaultK;

    /// <summary>The fewest past windows in force.</summary>
    public int EffectiveMinHistory => MinHistory ?? DefaultMinHistory;

    /// <summary>
    /// The deviation limits in force: the written ones; with none written (and no <c>change</c>), fail at
    /// <see cref="EffectiveK"/>.
    /// </summary>
    public (double? Warn, double? Fail) EffectiveDeviations =>
        Warn is null && Fail is null && !JudgesChange ? (null, EffectiveK) : (Warn, Fail);

    /// <summary>The fewest past windows a method can work from at all (Holt–Winters also needs two seasons, checked when it runs).</summary>
    public static int MethodMinimum(BaselineMethod method) => method switch
    {
        BaselineMethod.MedianMad => 3,
        BaselineMethod.RollingQuantile => 4,
        BaselineMethod.SamePeriodLastWeek => 2,
        _ => 4,
    };
}
