namespace MonitorsAsCode.Definitions.Tests.Slos;

/// <summary>
/// The queries the PromQL check is judged on: realistic ones it must accept (from the README, the worked example,
/// the tests, and Sloth and OpenSLO style SLOs), and broken ones it must refuse with the message shown. Both tables
/// are also run through promtool by <see cref="PromqlQueryPromtoolTests"/>, which must agree with every verdict.
/// </summary>
internal static class PromqlQueries
{
    public static readonly string[] Valid =
    [
        // README and monitors/fraud-scoring/slos.yaml
        """sum(rate(fraud_scoring_request_duration_seconds_bucket{le="0.12"}[{{.window}}]))""",
        """sum(rate(fraud_scoring_request_duration_seconds_bucket{job="fraud-scoring-api",le="0.12",code!~"5.."}[{{.window}}]))""",
        """sum(rate(fraud_scoring_request_duration_seconds_count{job="fraud-scoring-api",code!~"5.."}[{{.window}}]))""",
        """sum(rate(fraud_scoring_requests_total{job="fraud-scoring-api",code=~"5.."}[{{.window}}]))""",
        // tests and the OpenSLO import
        """sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))""",
        "sum(rate(e[{{.window}}]))",
        "e",
        "sum(rate(http_request_duration_seconds_bucket{job=\"checkout\",le=\"0.3\"}[{{.window}}]))\n",
        // Sloth and OpenSLO style SLIs
        """sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[{{.window}}]))""",
        """sum(rate(apiserver_request_total{verb!~"LIST|WATCH",code=~"5.."}[{{.window}}])) or vector(0)""",
        """sum(increase(grpc_server_handled_total{grpc_code!="OK",grpc_service='payments.v1.Payments'}[{{.window}}]))""",
        "sum by (service) (rate(http_requests_total[{{.window}}]))",
        "sum without (instance, pod) (rate(http_requests_total[{{.window}}]))",
        "sum(rate(http_requests_total[{{.window}}])) by (service)",
        "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[{{.window}}])))",
        """1 - avg_over_time(probe_success{job="blackbox"}[{{.window}}])""",
        """count_over_time(probe_success{job="blackbox"}[{{.window}}])""",
        "sum(rate(x[{{.window}}] offset 1h))",
        "max_over_time(rate(x[5m])[{{.window}}:1m])",
        "max_over_time(rate(x[5m])[{{.window}}:])",
        "sum(rate(x{a='b', c=~`x|y`}[{{.window}}]))",
        "sum(rate(x[{{.window}}])) > bool 0",
        "clamp_min(sum(rate(x[{{.window}}])), 1)",
        """label_replace(rate(x[{{.window}}]), "svc", "$1", "job", "(.*)")""",
        "topk(3, sum by (a) (rate(x[{{.window}}])))",
        """count_values("version", build_info)""",
        "quantile(0.9, rate(x[{{.window}}]))",
        "sum(rate(x[{{.window}}] @ end()))",
        "scalar(sum(rate(x[{{.window}}])))",
        "vector(1)",
        "sum(rate(ns:http_requests:rate5m{job=\"x\"}[{{.window}}])) # a recorded rate",
        "-sum(rate(x[{{.window}}]))",
        "2 ^ 3 ^ 2 * sum(rate(x[{{.window}}]))",
        "sum(rate(a[{{.window}}])) / ignoring (code) group_left sum(rate(b[{{.window}}]))",
        "sum(rate(a[{{.window}}])) * on (job) group_right (team) sum(rate(b[{{.window}}]))",
        "sum(rate(a[{{.window}}])) and on () sum(rate(b[{{.window}}])) unless c",
        "x atan2 y % 2 - 0x1F + 1e3 - .5 + 5. + Inf - NaN",
        """x{a="\u00e9\x41\101\n\"", b!=""}""",
        """{__name__=~"http_.+_total"}""",
        "sum(rate(x[1h30m])) + sum(rate(y[1w2d])) + sum(rate(z[1s500ms]))",
        "SUM BY (a) (x OFFSET 5m)",
        "sum(\n  rate(x[{{.window}}])  # first line\n)\n",
        """x{a=~"[[:alpha:]]+\\d{2,3}(?i:abc)(?P<name>x)\\pL"}""",
        "x @ 1609746000 offset -5m",
        "x{a=\"\\ufffd\"} # \uFFFD in a comment",
        "days_in_month() + year(x) + round(x, 0.5) + label_join(x, \"a\", \",\", \"b\", \"c\")",
        "rate(offset[5m]) + by + without + start + end + and + or + unless + sum + topk",
    ];

    /// <summary>Broken queries and the message each must be refused with (the part after "is not a query Prometheus accepts: ").</summary>
    public static readonly (string Query, string Message)[] Invalid =
    [
        ("sum(rate(x[{{.windw}}]))", "unknown placeholder \"{{.windw}}\": the rules generator replaces only {{.window}}, written exactly so (at 1:12 of the query)"),
        ("sum(rate(x[{{ .window }}]))", "unknown placeholder \"{{ .window }}\": the rules generator replaces only {{.window}}, written exactly so (at 1:12 of the query)"),
        ("sum(rate(x[5]))", "missing unit character in duration (at 1:12 of the query)"),
        ("sum(rate(x[1.5m]))", "not a valid duration string: \"1.5m\" (at 1:12 of the query)"),
        ("sum(rate(x[30m1h]))", "not a valid duration string: \"30m1h\" (at 1:12 of the query)"),
        ("sum(rate(x[5M]))", "bad number or duration syntax: \"5M\" (at 1:12 of the query)"),
        ("sum(rate(x[293y]))", "duration out of range (at 1:12 of the query)"),
        ("x offset 0s", "duration must be greater than 0 (at 1:10 of the query)"),
        ("sum(rate(x{a=\"b}[5m]))", "unterminated quoted string (at 1:14 of the query)"),
        ("x{a=\"\\q\"}", "unknown escape sequence U+0071 'q' (at 1:6 of the query)"),
        ("x{a=\"\\ud800\"}", "escape sequence is an invalid Unicode code point (at 1:6 of the query)"),
        ("x{a=\"\\0\"}", "illegal character U+0022 '\"' in escape sequence (at 1:6 of the query)"),
        ("rate(x)", "expected type range vector in call to function \"rate\", got instant vector (at 1:6 of the query)"),
        ("foo(x)", "unknown function with name \"foo\" (at 1:1 of the query)"),
        ("Rate(x[5m])", "unknown function with name \"Rate\" (at 1:1 of the query)"),
        ("holt_winters(x[5m], 0.5)", "expected 3 argument(s) in call to \"holt_winters\", got 2 (at 1:1 of the query)"),
        ("year(x, x)", "expected at most 1 argument(s) in call to \"year\", got 2 (at 1:1 of the query)"),
        ("sum(x[5m])", "expected type instant vector in aggregation expression, got range vector (at 1:5 of the query)"),
        ("topk(x, 3)", "expected type scalar in aggregation parameter, got instant vector (at 1:6 of the query)"),
        ("sum(x, y)", "wrong number of arguments for aggregate expression provided, expected 1, got 2 (at 1:1 of the query)"),
        ("sum(rate(x[5m]),)", "trailing commas not allowed in function call args (at 1:16 of the query)"),
        ("x[5m]", "the query gives a range vector, but the generated rules divide one query by another, so it must give an instant vector or a scalar (a range needs a function such as rate(…) around it) (at 1:1 of the query)"),
        ("\"abc\"", "the query gives a string, but the generated rules divide one query by another, so it must give an instant vector or a scalar (at 1:1 of the query)"),
        ("{job=\"\"}", "vector selector must contain at least one non-empty matcher (at 1:1 of the query)"),
        ("{job=~\".*\"}", "vector selector must contain at least one non-empty matcher (at 1:1 of the query)"),
        ("x{__name__=\"y\"}", "metric name must not be set twice: \"x\" or \"y\" (at 1:3 of the query)"),
        ("x{a=~\"(?=y)\"}", "error parsing regexp \"(?=y)\": invalid or unsupported Perl syntax: `(?=` (at 1:6 of the query)"),
        ("x{a=~\"\\\\1\"}", "error parsing regexp \"\\\\1\": invalid escape sequence: `\\1` (at 1:6 of the query)"),
        ("x{a=~\"a{1001}\"}", "error parsing regexp \"a{1001}\": invalid repeat count: `{1001}` (at 1:6 of the query)"),
        ("x{a=~\"[z-a]\"}", "error parsing regexp \"[z-a]\": [x-y] range in reverse order (at 1:6 of the query)"),
        ("x{a=~\"\\xff\"}", "error parsing regexp: invalid UTF-8 (an escape such as \\xff makes a byte that is not text) (at 1:6 of the query)"),
        ("x{a=\"checkou\uFFFDt\"}", "invalid UTF-8 rune: U+FFFD, the replacement character (often what a byte that is not UTF-8 was read as), is refused in a string (at 1:5 of the query)"),
        ("x{a=`\uFFFD`}", "invalid UTF-8 rune: U+FFFD, the replacement character (often what a byte that is not UTF-8 was read as), is refused in a string (at 1:5 of the query)"),
        ("1 < 2", "comparisons between scalars must use BOOL modifier (at 1:3 of the query)"),
        ("x + bool y", "bool modifier can only be used on comparison operators (at 1:3 of the query)"),
        ("x and 1", "set operator \"and\" not allowed in binary scalar expression (at 1:3 of the query)"),
        ("x + on(a) 1", "vector matching only allowed between instant vectors (at 1:3 of the query)"),
        ("x and on(a) group_left y", "no grouping allowed for \"and\" operation (at 1:3 of the query)"),
        ("x + on(a) group_left(a) y", "label \"a\" must not occur in ON and GROUP clause at once (at 1:3 of the query)"),
        ("(x)[5m]", "ranges only allowed for vector selectors (at 1:4 of the query)"),
        ("x offset 1m [5m]", "no offset modifiers allowed before range (at 1:13 of the query)"),
        ("sum(x) offset 5m", "offset modifier must be preceded by an instant vector selector or range vector selector or a subquery (at 1:8 of the query)"),
        ("x offset 5m offset 5m", "offset may not be set multiple times (at 1:13 of the query)"),
        ("x @ Inf", "timestamp out of bounds for @ modifier: Infinity (at 1:5 of the query)"),
        ("1[5m:]", "subquery is only allowed on instant vector, got scalar instead (at 1:1 of the query)"),
        ("-x[5m]", "unary expression only allowed on expressions of type scalar or instant vector, got \"range vector\" (at 1:1 of the query)"),
        ("x[5m", "unclosed left bracket (at 1:5 of the query)"),
        ("(x", "unclosed left parenthesis (at 1:3 of the query)"),
        ("x )", "unexpected right parenthesis ')' (at 1:3 of the query)"),
        ("x = y", "unexpected \"=\" (at 1:3 of the query)"),
        ("x{a}", "unexpected \"}\" in label matching, expected label matching operator (at 1:4 of the query)"),
        ("sum(x) by (a:b)", "unexpected metric identifier \"a:b\" in grouping opts, expected label (at 1:12 of the query)"),
        ("x * group_left y", "unexpected <group_left> (at 1:5 of the query)"),
        ("é", "unexpected character: 'é' (at 1:1 of the query)"),
        ("1e999", "error parsing number: \"1e999\" is not a number Prometheus can read (at 1:1 of the query)"),
        ("# only a comment", "no expression found in input (at 1:1 of the query)"),
        ("sum(rate(x[5m]))\n  / sum(rate(y[5m])) )", "unexpected right parenthesis ')' (at 2:22 of the query)"),
    ];

    /// <summary>
    /// Queries refused on purpose although promtool accepts them after <c>{{.window}}</c> is replaced: the result
    /// would change with the window (a placeholder pasted into a name, a number or a string).
    /// </summary>
    public static readonly (string Query, string Message)[] StricterThanPromtool =
    [
        ("x{{.window}}", "{{.window}} is replaced by a duration such as 5m or 1h30m, so it must stand alone, as in rate(x[{{.window}}]) (at 1:2 of the query)"),
        ("rate(x[1{{.window}}])", "{{.window}} is replaced by a duration such as 5m or 1h30m, so it must stand alone, as in rate(x[{{.window}}]) (at 1:9 of the query)"),
        ("x{window=\"{{.window}}\"}", "{{.window}} inside a quoted string would be replaced by each window, changing the string; it belongs in a range such as [{{.window}}] (at 1:11 of the query)"),
    ];
}
