using System;
using System.Collections.Generic;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>A monitor's history options as the builder writes them: <c>Baseline</c>, <c>BaselineWindow</c>, <c>Seasonality</c>, <c>Deviations</c>, <c>Change</c>, <c>For</c>, <c>ForWindows</c>, <c>Recover</c>.</summary>
internal sealed partial class CodeDefinitions
{
    private MonitorDefinition ApplyHistoryOption(MonitorDefinition monitor, DefinitionCall call, Dictionary<string, SourceLocation> fields)
    {
        switch (call.Name)
        {
            case "Baseline":
                if (call.Argument("method")?.EnumValue is not { } value || !Enum.IsDefined(typeof(BaselineMethod), value))
                {
                    return monitor;
                }

                fields["baseline"] = At(call.NameLocation);
                fields["baseline.method"] = At(call.LocationOf("method"));
                LocateIfWritten(fields, "baseline.k", call, "k");
                LocateIfWritten(fields, "baseline.min_history", call, "minHistory");
                LocateIfWritten(fields, "baseline.min_volume", call, "minVolume");
                return monitor with
                {
                    Warn = null,
                    Fail = null,
                    Baseline = (monitor.Baseline ?? new BaselineDefinition((BaselineMethod)value)) with
                    {
                        Method = (BaselineMethod)value,
                        K = call.Argument("k")?.Number,
                        MinHistory = call.Argument("minHistory")?.Number is { } minHistory ? (int)minHistory : null,
                        MinVolume = call.Argument("minVolume")?.Number is { } minVolume ? (long)minVolume : null,
                    },
                };
            case "BaselineWindow" when monitor.Baseline is { } baseline:
                fields["baseline.window"] = At(call.LocationOf("window"));
                return call.Argument("window")?.Number is { } window ? monitor with { Baseline = baseline with { Window = TimeSpan.FromSeconds(window) } } : monitor;
            case "Seasonality" when monitor.Baseline is { } baseline:
                fields["baseline.seasonality"] = At(call.LocationOf("season"));
                return call.Argument("season")?.Number is { } season ? monitor with { Baseline = baseline with { Seasonality = TimeSpan.FromSeconds(season) } } : monitor;
            case "Deviations" when monitor.Baseline is { } baseline:
                LocateIfWritten(fields, "warn", call, "warn");
                LocateIfWritten(fields, "fail", call, "fail");
                return monitor with { Baseline = baseline with { Warn = call.Argument("warn")?.Number, Fail = call.Argument("fail")?.Number } };
            case "Change" when monitor.Baseline is { } baseline:
                fields["change"] = At(call.NameLocation);
                LocateIfWritten(fields, "change.warn", call, "warn");
                LocateIfWritten(fields, "change.fail", call, "fail");
                return monitor with { Baseline = baseline with { ChangeWarn = call.Argument("warn")?.Number, ChangeFail = call.Argument("fail")?.Number } };
            case "For":
                fields["for"] = At(call.LocationOf("duration"));
                return call.Argument("duration")?.Number is { } seconds ? monitor with { For = SustainPeriod.For(TimeSpan.FromSeconds(seconds)) } : monitor;
            case "ForWindows":
                fields["for"] = At(call.LocationOf("windows"));
                return call.Argument("windows")?.Number is { } windows ? monitor with { For = SustainPeriod.ForWindows((int)windows) } : monitor;
            case "Recover":
                fields["recover"] = At(call.LocationOf("value"));
                return call.Argument("value")?.Number is { } recover ? monitor with { Recover = recover } : monitor;
            default:
                return monitor;
        }
    }

    private void LocateIfWritten(Dictionary<string, SourceLocation> fields, string field, DefinitionCall call, string parameter)
    {
        if (call.Argument(parameter) is { Location: not null })
        {
            fields[field] = At(call.LocationOf(parameter));
        }
    }
}
