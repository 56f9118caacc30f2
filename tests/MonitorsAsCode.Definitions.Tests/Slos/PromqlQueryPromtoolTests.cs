using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Definitions.Tests.Slos;

/// <summary>
/// promtool is the independent judge: every query of <see cref="PromqlQueries"/> goes into a rule file as
/// 'slo rules' would use it (with {{.window}} replaced by two different windows, alone and divided as the
/// generated rules divide it), and promtool's verdict on the query must be ours.
/// </summary>
public sealed partial class PromqlQueryPromtoolTests
{
    private static readonly string[] Windows = ["5m", "1d12h"];

    [Fact]
    public void Promtool_agrees_with_every_verdict_in_the_table()
    {
        var queries = PromqlQueries.Valid.Concat(PromqlQueries.Invalid.Select(c => c.Query)).ToList();
        var rules = new StringBuilder("groups:\n- name: queries\n  rules:\n");
        var rulesPerQuery = Windows.Length * 2;
        foreach (var query in queries)
        {
            foreach (var window in Windows)
            {
                var expression = query.Replace(PrometheusQueries.WindowPlaceholder, window, StringComparison.Ordinal);
                rules.Append("  - record: q\n    expr: ").Append(JsonSerializer.Serialize(expression)).Append('\n');
                rules.Append("  - record: q\n    expr: ").Append(JsonSerializer.Serialize("(\n" + expression + "\n)\n/\n(\nvector(1)\n)\n")).Append('\n');
            }
        }

        var folder = Directory.CreateTempSubdirectory("promql-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "rules.yaml"), rules.ToString());
            var (_, output) = Promtool.Run(folder.FullName, "check", "rules", "rules.yaml");
            output.Should().Contain("Checking rules.yaml");
            var refused = RefusedRule().Matches(output).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

            var disagreements = new List<string>();
            for (var i = 0; i < queries.Count; i++)
            {
                var promtoolAccepts = Enumerable.Range((i * rulesPerQuery) + 1, rulesPerQuery).All(rule => !refused.Contains(rule));
                var weAccept = PromqlQuery.Check(queries[i]) is null;
                if (promtoolAccepts != weAccept)
                {
                    disagreements.Add($"{JsonSerializer.Serialize(queries[i])}: promtool {(promtoolAccepts ? "accepts" : "refuses")} it, we {(weAccept ? "accept" : "refuse")} it");
                }
            }

            disagreements.Should().BeEmpty("promtool said:\n" + output);
            refused.Should().NotBeEmpty("the table has queries promtool refuses, so a promtool that refuses nothing did not check them");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_queries_refused_on_purpose_depend_on_the_window_or_change_a_string()
    {
        // Documented strictness: promtool accepts each of these once the placeholder is replaced, but what it
        // accepts is a different query for each window, so validate refuses them.
        foreach (var (query, _) in PromqlQueries.StricterThanPromtool)
        {
            PromqlQuery.Check(query).Should().NotBeNull();
            query.Should().Contain(PrometheusQueries.WindowPlaceholder);
        }
    }

    [GeneratedRegex(@"rule (\d+), ")]
    private static partial Regex RefusedRule();
}
