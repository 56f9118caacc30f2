namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// Checks a PromQL query of an SLO the way <c>promtool check rules</c> (Prometheus 2.42) would, with the
/// <c>{{.window}}</c> placeholder standing for a duration: syntax, functions and their argument types,
/// aggregations, selectors, durations, regular expressions, and that the query gives an instant vector or a
/// scalar, since the generated rules divide one query by another.
/// </summary>
internal static class PromqlQuery
{
    /// <summary>The first problem in <paramref name="query"/>, or null when Prometheus would accept it.</summary>
    public static PromqlProblem? Check(string query) => PromqlParser.Check(query ?? string.Empty);

    /// <summary>The 1-based line and column of <paramref name="offset"/> in <paramref name="query"/>, as Prometheus numbers positions.</summary>
    public static (int Line, int Column) Position(string query, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < query.Length; i++)
        {
            if (query[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
