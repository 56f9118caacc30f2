using System.Globalization;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Engine.Tests.Drift;

/// <summary>The decision table of <c>method: auto</c>, as docs/drift.md prints it.</summary>
public sealed class AutoMethodTableTests
{
    [Theory]
    [InlineData(ColumnType.Double, 1, 0, DriftMethod.KolmogorovSmirnov)]
    [InlineData(ColumnType.Int64, 1000, 0, DriftMethod.KolmogorovSmirnov)]
    [InlineData(ColumnType.Timestamp, 1001, 0, DriftMethod.Psi)]
    [InlineData(ColumnType.Date, 1_000_000, 0, DriftMethod.Psi)]
    [InlineData(ColumnType.Bool, 1000, 2, DriftMethod.TwoProportionZ)]
    [InlineData(ColumnType.String, 10, 1, DriftMethod.TwoProportionZ)]
    [InlineData(ColumnType.Bool, 1001, 2, DriftMethod.JensenShannon)]
    [InlineData(ColumnType.String, 1000, 200, DriftMethod.ChiSquare)]
    [InlineData(ColumnType.String, 999, 200, DriftMethod.JensenShannon)]
    [InlineData(ColumnType.String, 15, 3, DriftMethod.ChiSquare)]
    [InlineData(ColumnType.String, 100_000, 200, DriftMethod.JensenShannon)]
    public void Auto_picks_by_type_sample_size_and_distinct_values(ColumnType type, long sampleSize, long distinct, DriftMethod expected)
    {
        var choice = DriftMethods.Choose(type, sampleSize, distinct);

        choice.Method.Should().Be(expected);
        choice.Reason.Should().NotBeNullOrWhiteSpace();
    }

    /// <summary>
    /// Reads the table as a user does (the first row whose column type, n and k match) and asks
    /// <see cref="DriftMethods.Choose"/> at every combination of a grid across each boundary the table draws.
    /// </summary>
    [Theory]
    [InlineData("docs/drift.md")]
    public void Auto_picks_what_the_documented_table_says(string document)
    {
        var rows = DocumentedRows(RepositoryCheckout.Path(document));
        rows.Should().HaveCountGreaterThanOrEqualTo(6, "{0} has the auto table", document);

        var checkedPoints = 0;
        foreach (var type in Enum.GetValues<ColumnType>())
        {
            foreach (var n in new long[] { 1, 2, 14, 15, 999, 1000, 1001, 5000, 1_000_000 })
            {
                foreach (var k in new long[] { 1, 2, 3, 199, 200, 201, 1000 })
                {
                    if (type == ColumnType.Bool && k > 2)
                    {
                        continue;
                    }

                    var row = rows.FirstOrDefault(r => r.Matches(type, n, k));
                    row.Should().NotBeNull("{0} covers a {1} column with n = {2}, k = {3}", document, type, n, k);
                    DriftMethods.Choose(type, n, k).Method.Should().Be(row!.Method, "{0} says so for a {1} column with n = {2}, k = {3}", document, type, n, k);
                    checkedPoints++;
                }
            }
        }

        checkedPoints.Should().BeGreaterThan(300);
    }

    [Fact]
    public void P_value_tests_are_picked_only_for_samples_of_at_most_1000()
    {
        foreach (var type in Enum.GetValues<ColumnType>())
        {
            foreach (var distinct in new long[] { 2, 5, 50 })
            {
                DriftMethods.IsPValueTest(DriftMethods.Choose(type, DriftMethods.SmallSampleLimit + 1, distinct).Method).Should().BeFalse();
            }
        }
    }

    [Fact]
    public void Every_method_auto_picks_measures_the_type_it_is_picked_for()
    {
        foreach (var type in Enum.GetValues<ColumnType>())
        {
            foreach (var size in new long[] { 1, 500, 1000, 1001, 1_000_000 })
            {
                foreach (var distinct in new long[] { 1, 2, 3, 300 })
                {
                    var method = DriftMethods.Choose(type, size, distinct).Method;
                    DriftMethods.AppliesTo(method, type).Should().BeTrue("{0} picked for {1}", method, type);
                    method.Should().NotBe(DriftMethod.Auto);
                }
            }
        }
    }

    [Fact]
    public void Default_thresholds_are_lower_limits_for_p_values_and_upper_limits_for_distances()
    {
        DriftMethods.DefaultThresholds(DriftMethod.KolmogorovSmirnov).Should().Be(new ThresholdPair(Threshold.AtLeast(0.05), Threshold.AtLeast(0.01)));
        DriftMethods.DefaultThresholds(DriftMethod.Psi).Should().Be(new ThresholdPair(Threshold.AtMost(0.1), Threshold.AtMost(0.25)));
        DriftMethods.DefaultThresholds(DriftMethod.JensenShannon).Should().Be(new ThresholdPair(Threshold.AtMost(0.1), Threshold.AtMost(0.2)));
        DriftMethods.DefaultThresholds(DriftMethod.KullbackLeibler).Should().Be(new ThresholdPair(Threshold.AtMost(0.05), Threshold.AtMost(0.125)));
    }

    private static List<DocumentedRow> DocumentedRows(string path)
    {
        var rows = new List<DocumentedRow>();
        var inTable = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("| column | n | k | method", StringComparison.Ordinal))
            {
                inTable = true;
                continue;
            }

            if (!inTable || line.StartsWith("|---", StringComparison.Ordinal))
            {
                continue;
            }

            if (!line.StartsWith('|'))
            {
                break;
            }

            var cells = line.Split('|', StringSplitOptions.TrimEntries)[1..^1];
            var method = cells[3].Split('`')[1];
            rows.Add(new DocumentedRow(cells[0], cells[1], cells[2], MonitorsAsCode.Definitions.Yaml.YamlWords.Methods.Single(m => m.Key == method).Value));
        }

        return rows;
    }

    /// <summary>One row of the documented table: column kinds, a condition on n, one on k, and the method.</summary>
    private sealed record DocumentedRow(string Columns, string SampleSize, string Distinct, DriftMethod Method)
    {
        public bool Matches(ColumnType type, long n, long k) => MatchesColumns(type) && MatchesSize(n) && MatchesDistinct(n, k);

        private bool MatchesColumns(ColumnType type) => Columns switch
        {
            "numeric" => type is ColumnType.Double or ColumnType.Int64 or ColumnType.Timestamp or ColumnType.Date,
            "bool or string" or "bool or text" => type is ColumnType.Bool or ColumnType.String,
            "string" or "text" => type == ColumnType.String,
            _ => throw new InvalidOperationException($"Unknown column kind '{Columns}' in the auto table."),
        };

        private bool MatchesSize(long n) => SampleSize.StartsWith("≤ ", StringComparison.Ordinal)
            ? n <= Number(SampleSize[2..])
            : SampleSize.StartsWith("> ", StringComparison.Ordinal) ? n > Number(SampleSize[2..])
            : throw new InvalidOperationException($"Unknown size condition '{SampleSize}' in the auto table.");

        private bool MatchesDistinct(long n, long k) => Distinct switch
        {
            "any" => true,
            "n ≥ 5·k" => n >= 5 * k,
            "n < 5·k" => n < 5 * k,
            _ when Distinct.StartsWith("≤ ", StringComparison.Ordinal) => k <= Number(Distinct[2..]),
            _ => throw new InvalidOperationException($"Unknown distinct-values condition '{Distinct}' in the auto table."),
        };

        private static long Number(string text) => long.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
