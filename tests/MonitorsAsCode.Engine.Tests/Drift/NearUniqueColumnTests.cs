using System.Globalization;
using System.Text;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Drift;

/// <summary>
/// Chi-square on an id-like column — every value seen once, no key shared between the snapshots — gives p ≈ 0.5
/// (χ² ≈ n on n − 1 degrees of freedom) and passed quietly; now the monitor warns and the evidence says why.
/// Columns with repeated categories are judged as before, without the note.
/// </summary>
[UseCulture("de-DE")]
public sealed class NearUniqueColumnTests : IDisposable
{
    private const int Rows = 5_000;

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public NearUniqueColumnTests()
    {
        // Ids never shared: reference u-0…u-4999, current u-5000…u-9999; country repeats eight categories on both sides.
        directory.Write("reference.csv", Csv(0));
        directory.Write("current.csv", Csv(Rows));
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Chi_square_on_singleton_ids_with_no_overlap_warns_instead_of_passing()
    {
        var result = Run("column: user_id\n    method: chi-square\n    warn: { below: 0.05 }\n    fail: { below: 0.01 }").Single();

        result.PValue.Should().BeInRange(0.4, 0.6, "chi-square on n singletons is about n on n − 1 degrees of freedom");
        result.Status.Should().Be(CheckStatus.Warn);
        result.Evidence.Summary.Should().StartWith(
            "warning: 'user_id' is near-unique (5,000 distinct of 5,000 reference values, 5,000 of 5,000 current): chi-square compares how often each category occurs, which says nothing about an id-like column; check its keys with uniqueness or validity instead; chi-square ");
    }

    [Fact]
    public void Chi_square_on_a_column_of_repeated_categories_has_no_note()
    {
        var result = Run("column: country\n    method: chi-square\n    warn: { below: 0.05 }\n    fail: { below: 0.01 }").Single();

        result.Status.Should().Be(CheckStatus.Pass);
        result.Evidence.Summary.Should().NotContain("near-unique");
    }

    [Fact]
    public void Dataset_drift_names_near_unique_columns_in_its_summary()
    {
        var result = Run("columns: [user_id, country]\n    fail: 0.9").Single();

        result.Evidence.Summary.Should().EndWith("; warning: near-unique (id-like) column 'user_id' compared by category counts, which says nothing about them");
    }

    private static string Csv(int first)
    {
        var text = new StringBuilder("user_id,country\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"u-{first + i},c{i % 8}\n");
        }

        return text.ToString();
    }

    private IReadOnlyList<CheckResult> Run(string monitor)
    {
        var yaml = $$"""
            datasets:
              - id: ds
                snapshots: { reference: reference.csv, current: current.csv }
                columns:
                  user_id: { type: string }
                  country: { type: string }
            monitors:
              - id: drift
                dataset: ds
                check: drift
                {{monitor}}

            """;
        return new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results;
    }
}
