using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.Wiki;

/// <summary>What a dataset page says about its reference.</summary>
public sealed class WikiRendererTests
{
    [Fact]
    public void A_reference_window_is_described_where_a_reference_file_would_be_named()
    {
        var dataset = WorkedExample.Definitions.Datasets.Single(d => d.Id == "fraud-scoring");
        var windowed = dataset with { Snapshots = dataset.Snapshots with { Reference = null, ReferenceWindow = ReferenceWindow.Trailing(TimeSpan.FromDays(28), TimeSpan.FromDays(7)) } };
        var definitions = WorkedExample.Definitions with { Datasets = [.. WorkedExample.Definitions.Datasets.Select(d => d.Id == dataset.Id ? windowed : d)] };

        var files = SiteRenderer.Render(definitions, RepositoryCheckout.FraudScoring, null, TemplateSet.Defaults, WikiFlavour.GitHub);

        WorkedExample.File(files, "wiki/dataset-fraud-scoring.md").Should().Contain("| reference snapshot | the 28d ending 7d before the window, read from the current source |");
        WorkedExample.File(WorkedExample.Render(), "wiki/dataset-fraud-scoring.md").Should().Contain("| reference snapshot | data/reference.parquet |");
    }
}
