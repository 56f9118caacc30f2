using System.Text.Json;
using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

public sealed class PValueAdjustmentTests
{
    /// <summary>
    /// The <c>corrections</c> of the engine's drift method cases (numpy, see
    /// tests/MonitorsAsCode.Engine.Tests/Checks/reference/make_engine_drift_method_cases.py), embedded from there.
    /// </summary>
    private static readonly Lazy<CorrectionCase> Corrections = new(LoadCorrections);

    [Fact]
    public void Benjamini_hochberg_agrees_with_numpy()
    {
        var corrections = Corrections.Value;

        var adjusted = PValueAdjustment.BenjaminiHochberg(corrections.Pvalues);

        for (var i = 0; i < adjusted.Length; i++)
        {
            NumericAssert.Measured(adjusted[i], corrections.BenjaminiHochberg[i], $"benjamini-hochberg[{i}]");
        }
    }

    [Fact]
    public void Bonferroni_agrees_with_numpy()
    {
        var corrections = Corrections.Value;

        var adjusted = PValueAdjustment.Bonferroni(corrections.Pvalues);

        for (var i = 0; i < adjusted.Length; i++)
        {
            NumericAssert.Measured(adjusted[i], corrections.Bonferroni[i], $"bonferroni[{i}]");
        }
    }

    [Fact]
    public void Benjamini_hochberg_of_a_textbook_example_keeps_order_and_caps_at_one()
    {
        // m = 4: 0.01·4/1 = 0.04, 0.02·4/2 = 0.04, 0.03·4/3 = 0.04, 0.5·4/4 = 0.5.
        var adjusted = PValueAdjustment.BenjaminiHochberg([0.5, 0.01, 0.03, 0.02]);

        NumericAssert.Measured(adjusted[0], 0.5, "p 0.5");
        NumericAssert.Measured(adjusted[1], 0.04, "p 0.01");
        NumericAssert.Measured(adjusted[2], 0.04, "p 0.03");
        NumericAssert.Measured(adjusted[3], 0.04, "p 0.02");
        PValueAdjustment.Bonferroni([0.3, 0.6]).Should().Equal(0.6, 1.0);
    }

    private static CorrectionCase LoadCorrections()
    {
        using var stream = typeof(PValueAdjustmentTests).Assembly.GetManifestResourceStream("engine_drift_method_cases.json")
            ?? throw new InvalidOperationException("The embedded resource 'engine_drift_method_cases.json' is missing.");
        using var document = JsonDocument.Parse(stream);
        var corrections = document.RootElement.GetProperty("corrections");
        return new CorrectionCase(Values(corrections, "pvalues"), Values(corrections, "benjamini_hochberg"), Values(corrections, "bonferroni"));
    }

    private static double[] Values(JsonElement parent, string name) => [.. parent.GetProperty(name).EnumerateArray().Select(v => v.GetDouble())];

    private sealed record CorrectionCase(double[] Pvalues, double[] BenjaminiHochberg, double[] Bonferroni);
}
