using System.Xml.Linq;
using MonitorsAsCode.Cli.Scaffolding;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Cli.Tests.Scaffolding;

/// <summary>The files <c>monitors init</c> writes: names, determinism, and package versions that match this repository's.</summary>
public sealed class ProjectScaffoldTests
{
    [Theory]
    [InlineData("churn-monitors", "ChurnMonitors")]
    [InlineData("fraud_scoring.monitors", "FraudScoringMonitors")]
    [InlineData("Risk", "Risk")]
    [InlineData("2026-models", "Monitors2026Models")]
    [InlineData("---", "Monitors")]
    public void Project_name_is_a_csharp_identifier_made_from_the_folder_name(string folder, string expected) =>
        ProjectScaffold.ProjectName(folder).Should().Be(expected);

    [Fact]
    [UseCulture("de-DE")]
    public void Same_inputs_give_the_same_files_with_lf_endings_and_invariant_numbers()
    {
        var first = ProjectScaffold.Files("ChurnMonitors", "0.1.0-local-0123456789ab", localFeed: true);
        var second = ProjectScaffold.Files("ChurnMonitors", "0.1.0-local-0123456789ab", localFeed: true);

        second.Should().Equal(first);
        first.Should().AllSatisfy(file => file.Content.Should().NotContain("\r").And.EndWith("\n"));
        var current = first.Single(f => f.Path == "monitors/data/current.csv").Content;
        current.Should().StartWith("customer_id,event_time,plan,monthly_spend,tenure_months,churn_score\nc-2000,2026-11-02T00:00:00Z,basic,20.00,1,0.03\n");
        current.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(ExampleSnapshot.Rows + 1);
    }

    [Fact]
    public void The_project_references_both_packages_at_the_packed_version()
    {
        var files = ProjectScaffold.Files("ChurnMonitors", "0.1.0-local-0123456789ab", localFeed: true);

        var project = XDocument.Parse(files.Single(f => f.Path == "ChurnMonitors.csproj").Content);
        var references = project.Descendants("PackageReference").ToDictionary(r => (string)r.Attribute("Include")!, r => (string)r.Attribute("Version")!);
        references.Should().Contain("MonitorsAsCode", "0.1.0-local-0123456789ab").And.Contain("MonitorsAsCode.Xunit", "0.1.0-local-0123456789ab");
        var config = XDocument.Parse(files.Single(f => f.Path == "nuget.config").Content);
        config.Descendants("add").Select(a => (string)a.Attribute("value")!).Should().Equal(ProjectScaffold.PackagesFolder, "https://api.nuget.org/v3/index.json");
    }

    [Fact]
    public void The_deploy_gate_is_yaml_naming_the_yaml_monitors_and_the_csharp_ones_the_suite_loads_with_them()
    {
        var files = ProjectScaffold.Files("ChurnMonitors", "0.1.0", localFeed: false);
        var yaml = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => new KeyValuePair<string, string>(f.Path, f.Content));

        var loaded = YamlDefinitionLoader.Load(yaml);

        var gate = loaded.Definitions.Gates.Should().ContainSingle().Subject;
        gate.Id.Should().Be("deploy");
        gate.Monitors.Should().Equal("monthly-spend-completeness", "monthly-spend-drift", "plan-validity", "customer-id-uniqueness");
        loaded.Definitions.Monitors.Select(m => m.Id).Should().Equal("monthly-spend-completeness", "monthly-spend-drift");
        var csharp = files.Single(f => f.Path == "ChurnScoringMonitors.cs").Content;
        csharp.Should().Contain("m.Validity(\"plan-validity\"").And.Contain("m.Uniqueness(\"customer-id-uniqueness\"").And.NotContain("m.Gate(");
        var tests = files.Single(f => f.Path == "MonitorsTests.cs").Content;
        tests.Should().Contain("[MonitorsDirectory(\"../../../monitors\")]").And.Contain(": MonitorSuite").And.NotContain("[Fact]");
    }

    [Fact]
    public void Without_a_local_feed_nuget_config_lists_only_nuget_org()
    {
        var files = ProjectScaffold.Files("ChurnMonitors", "0.1.0", localFeed: false);

        var config = XDocument.Parse(files.Single(f => f.Path == "nuget.config").Content);
        config.Descendants("add").Select(a => (string)a.Attribute("value")!).Should().Equal("https://api.nuget.org/v3/index.json");
    }

    [Fact]
    public void Test_package_versions_are_the_ones_this_repository_uses()
    {
        var central = XDocument.Load(Path.Combine(RepositoryCheckout.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);

        ProjectScaffold.TestPackages.Should().AllSatisfy(package => central.Should().Contain(package.Key, package.Value));
    }
}
