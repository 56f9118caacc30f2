using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Rendering.Files;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests;

/// <summary>The worked example (<c>monitors/fraud-scoring</c>), loaded and run once, and what rendering it gives.</summary>
internal static class WorkedExample
{
    private static readonly Lazy<LoadedDefinitions> LoadedOnce = new(() => YamlDefinitionLoader.LoadDirectory(RepositoryCheckout.FraudScoring));
    private static readonly Lazy<RunResult> RunOnce = new(() => new MonitorRunner().Run(Definitions));

    /// <summary>The monitors that fail on the example's current week, as its README lists them.</summary>
    public static readonly string[] FailingMonitors =
    [
        "device-type-completeness", "payment-method-validity", "transaction-id-uniqueness", "event-freshness", "txn-sum-30d-drift", "payment-method-drift",
    ];

    public static DefinitionSet Definitions
    {
        get
        {
            LoadedOnce.Value.Diagnostics.Should().BeEmpty("the worked example must be valid");
            return LoadedOnce.Value.Definitions;
        }
    }

    public static RunResult Run => RunOnce.Value;

    /// <summary>Every file rendered for the example with its run, the built-in templates and the GitHub flavour.</summary>
    public static IReadOnlyList<GeneratedFile> Render(WikiFlavour flavour = WikiFlavour.GitHub) =>
        SiteRenderer.Render(Definitions, RepositoryCheckout.FraudScoring, Run, TemplateSet.Defaults, flavour);

    /// <summary>The content of one rendered file.</summary>
    public static string File(IReadOnlyList<GeneratedFile> files, string path) =>
        files.Single(f => f.Path == path).Content;
}
