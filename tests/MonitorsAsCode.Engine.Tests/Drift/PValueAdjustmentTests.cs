using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Drift;
using MonitorsAsCode.Engine.Tests.Checks;

namespace MonitorsAsCode.Engine.Tests.Drift;

public sealed class PValueAdjustmentTests
{
    [Fact]
    public void Benjamini_hochberg_agrees_with_numpy()
    {
        var corrections = MethodCaseFile.Instance.Corrections;

        var adjusted = PValueAdjustment.Adjust(corrections.Pvalues, PValueCorrection.BenjaminiHochberg);

        for (var i = 0; i < adjusted.Length; i++)
        {
            NumericAssert.Measured(adjusted[i], corrections.BenjaminiHochberg[i], $"benjamini-hochberg[{i}]");
        }
    }

    [Fact]
    public void Bonferroni_agrees_with_numpy()
    {
        var corrections = MethodCaseFile.Instance.Corrections;

        var adjusted = PValueAdjustment.Adjust(corrections.Pvalues, PValueCorrection.Bonferroni);

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

    [Fact]
    public void No_correction_returns_the_p_values_unchanged()
    {
        PValueAdjustment.Adjust([0.2, 0.01], PValueCorrection.None).Should().Equal(0.2, 0.01);
    }
}
