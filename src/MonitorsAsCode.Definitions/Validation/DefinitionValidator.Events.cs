using System.Collections.Generic;
using MonitorsAsCode.Definitions.Events;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>Known events: unique ids in the id grammar, an end after the start (MAC0033), and datasets that exist.</summary>
public static partial class DefinitionValidator
{
    private static void ValidateEvents(List<DefinitionDiagnostic> diagnostics, DefinitionSet set, HashSet<string> broken, bool referencesMayBeMissing)
    {
        CheckDuplicates(diagnostics, set.Events, e => e.Id, e => e.Source, id => $"duplicate event id '{id}'");
        var names = new List<string>();
        foreach (var dataset in set.Datasets)
        {
            names.Add(dataset.Id);
        }

        foreach (var known in set.Events)
        {
            CheckId(diagnostics, "event", known.Id, known.Source);
            if (known.To <= known.From)
            {
                Add(diagnostics, DefinitionRules.EventEndsBeforeStart, $"event '{known.Id}' ends at {EventInstant.Format(known.To)}, not after it starts at {EventInstant.Format(known.From)}, so it covers no time; write 'from' before 'to' (a 'to' date is the event's last whole day)", known.Source.Of("to"));
            }

            for (var i = 0; i < known.Datasets.Count; i++)
            {
                var datasetId = known.Datasets[i];
                if (set.FindDataset(datasetId) is null && !broken.Contains(datasetId) && !referencesMayBeMissing)
                {
                    Add(diagnostics, DefinitionRules.UnknownDataset, $"event '{known.Id}' names dataset '{datasetId}', which is not declared{NearestName.Suggest(datasetId, names)}", known.Source.Of(Indexed("datasets", i)));
                }
            }
        }
    }
}
