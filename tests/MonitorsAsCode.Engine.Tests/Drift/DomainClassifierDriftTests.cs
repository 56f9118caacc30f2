using System.Globalization;
using System.Text;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Results;

namespace MonitorsAsCode.Engine.Tests.Drift;

/// <summary>The domain classifier catches a change in how columns move together, which no column shows alone.</summary>
[UseCulture("de-DE")]
public sealed class DomainClassifierDriftTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_flipped_correlation_is_caught_by_the_classifier_and_by_no_single_column()
    {
        Write(correlation: 0.8, flipped: true);

        var results = Run();

        var perColumn = results["per-column"];
        perColumn.Value.Should().Be(0, "each column keeps its own distribution");
        var classifier = results["classifier"];
        classifier.Method.Should().Be(DriftMethod.DomainClassifier);
        classifier.Metric.Should().Be(MetricCatalog.DomainClassifierAuc);
        classifier.Value.Should().BeGreaterThan(0.75);
        classifier.Status.Should().Be(CheckStatus.Fail);
        classifier.Evidence.Summary.Should().StartWith("a classifier tells current from reference rows with cross-validated ROC AUC ")
            .And.EndWith("rows; it leans most on x, y, noise");
        EvidenceText.Table(classifier.Evidence, "separating features").Rows[0][0].Text.Should().Be("x × y");
    }

    [Fact]
    public void Snapshots_from_one_distribution_score_about_one_half()
    {
        Write(correlation: 0.8, flipped: false);

        var classifier = Run()["classifier"];

        classifier.Value.Should().BeInRange(0.4, 0.55);
        classifier.Status.Should().Be(CheckStatus.Pass);
    }

    private void Write(double correlation, bool flipped)
    {
        var random = new Random(20261121);
        string Snapshot(double rho)
        {
            var text = new StringBuilder("x,y,noise,kind\n");
            for (var i = 0; i < 2000; i++)
            {
                var a = Normal(random);
                var b = (rho * a) + (Math.Sqrt(1 - (rho * rho)) * Normal(random));
                text.Append(CultureInfo.InvariantCulture, $"{a:R},{b:R},{Normal(random):R},{(random.Next(3) == 0 ? "p" : "q")}\n");
            }

            return text.ToString();
        }

        directory.Write("reference.csv", Snapshot(correlation));
        directory.Write("current.csv", Snapshot(flipped ? -correlation : correlation));
    }

    private static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private Dictionary<string, CheckResult> Run()
    {
        var yaml = """
            datasets:
              - id: ds
                snapshots: { reference: reference.csv, current: current.csv }
                columns:
                  x: { type: double }
                  y: { type: double }
                  noise: { type: double }
                  kind: { type: string }
            monitors:
              - id: per-column
                dataset: ds
                check: drift
                columns: all
                correction: bonferroni
                fail: 0.5
              - id: classifier
                dataset: ds
                check: drift
                columns: all
                method: domain-classifier
                warn: 0.55
                fail: 0.65

            """;
        return new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results.ToDictionary(r => r.MonitorId);
    }
}
