using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// The functions of PromQL in Prometheus 2.42 (the version this project checks its rules with), from the
/// Prometheus documentation's list of functions: names are case-sensitive, unlike keywords.
/// </summary>
internal static class PromqlFunctions
{
    private const PromqlValueType Scalar = PromqlValueType.Scalar;
    private const PromqlValueType Vector = PromqlValueType.InstantVector;
    private const PromqlValueType Matrix = PromqlValueType.RangeVector;
    private const PromqlValueType Text = PromqlValueType.String;

    private static readonly Dictionary<string, PromqlFunction> ByName = Build();

    /// <summary>The function called <paramref name="name"/>, or null.</summary>
    public static PromqlFunction? Find(string name) => ByName.TryGetValue(name, out var function) ? function : null;

    private static Dictionary<string, PromqlFunction> Build()
    {
        var functions = new Dictionary<string, PromqlFunction>(System.StringComparer.Ordinal);
        void Add(string name, PromqlValueType returns, int optional, params PromqlValueType[] arguments) =>
            functions.Add(name, new PromqlFunction(name, arguments, optional, returns));

        foreach (var name in new[]
        {
            "abs", "absent", "acos", "acosh", "asin", "asinh", "atan", "atanh", "ceil", "cos", "cosh", "deg", "exp", "floor",
            "histogram_count", "histogram_sum", "ln", "log10", "log2", "rad", "sgn", "sin", "sinh", "sort", "sort_desc", "sqrt",
            "tan", "tanh", "timestamp",
        })
        {
            Add(name, Vector, 0, Vector);
        }

        foreach (var name in new[]
        {
            "absent_over_time", "avg_over_time", "changes", "count_over_time", "delta", "deriv", "idelta", "increase", "irate",
            "last_over_time", "max_over_time", "min_over_time", "present_over_time", "rate", "resets", "stddev_over_time",
            "stdvar_over_time", "sum_over_time",
        })
        {
            Add(name, Vector, 0, Matrix);
        }

        foreach (var name in new[] { "days_in_month", "day_of_month", "day_of_week", "day_of_year", "hour", "minute", "month", "year" })
        {
            Add(name, Vector, 1, Vector);
        }

        Add("clamp", Vector, 0, Vector, Scalar, Scalar);
        Add("clamp_max", Vector, 0, Vector, Scalar);
        Add("clamp_min", Vector, 0, Vector, Scalar);
        Add("histogram_fraction", Vector, 0, Scalar, Scalar, Vector);
        Add("histogram_quantile", Vector, 0, Scalar, Vector);
        Add("holt_winters", Vector, 0, Matrix, Scalar, Scalar);
        Add("label_join", Vector, -1, Vector, Text, Text, Text);
        Add("label_replace", Vector, 0, Vector, Text, Text, Text, Text);
        Add("pi", Scalar, 0);
        Add("predict_linear", Vector, 0, Matrix, Scalar);
        Add("quantile_over_time", Vector, 0, Scalar, Matrix);
        Add("round", Vector, 1, Vector, Scalar);
        Add("scalar", Scalar, 0, Vector);
        Add("time", Scalar, 0);
        Add("vector", Vector, 0, Scalar);
        return functions;
    }
}
