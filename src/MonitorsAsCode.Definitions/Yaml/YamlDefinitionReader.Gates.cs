using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>The <c>gates:</c> list.</summary>
internal sealed partial class YamlDefinitionReader
{
    private static readonly string[] GateKeys = ["id", "description", "monitors", "slos"];

    private void ReadGate(YamlMapping mapping)
    {
        var fields = new YamlFields(mapping, "a gate", GateKeys, diagnostics);
        fields.RequireAll("id", "monitors");
        var id = fields.Text("id");
        var monitors = fields.TextList("monitors");
        if (id is null || monitors is null)
        {
            Remember(id);
            return;
        }

        Gates.Add(new GateDefinition(id, monitors)
        {
            Description = fields.Text("description"),
            Slos = fields.TextList("slos") ?? [],
            Source = new SourceMap(mapping.Location, fields.Locations),
        });
    }
}
