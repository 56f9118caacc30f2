using System.Text;

namespace MonitorsAsCode.Cli.Scaffolding;

/// <summary>
/// The files of a new monitors project, as <c>monitors init</c> writes them: one test project that holds a
/// dataset with small snapshots, two monitors in YAML with the deploy gate over all four, two in C#, a runbook,
/// an xunit suite that makes each monitor a test case, a GitHub Actions workflow and a nuget.config. Same
/// inputs, same bytes.
/// </summary>
internal static class ProjectScaffold
{
    /// <summary>The folder of the local package source, relative to the scaffold.</summary>
    public const string PackagesFolder = "packages";

    /// <summary>The YAML monitors file, relative to the scaffold.</summary>
    public const string MonitorsFile = "monitors/monitors.yaml";

    // The test packages, at the versions this repository builds and tests with (Directory.Packages.props).
    private const string TestSdkVersion = "18.0.1";
    private const string XunitVersion = "2.9.3";
    private const string XunitRunnerVersion = "3.1.5";

    /// <summary>The test packages the project references, by id, with the versions it pins.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> TestPackages { get; } =
    [
        new("Microsoft.NET.Test.Sdk", TestSdkVersion),
        new("xunit", XunitVersion),
        new("xunit.runner.visualstudio", XunitRunnerVersion),
    ];

    /// <summary>
    /// A C# identifier made from a folder name: its letters and digits, each word capitalised
    /// (<c>churn-monitors</c> → <c>ChurnMonitors</c>), or <c>Monitors</c> when nothing usable is left.
    /// </summary>
    public static string ProjectName(string folderName)
    {
        var name = new StringBuilder();
        var upper = true;
        foreach (var c in folderName)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (name.Length == 0)
        {
            return "Monitors";
        }

        return char.IsAsciiDigit(name[0]) ? "Monitors" + name : name.ToString();
    }

    /// <summary>
    /// The files, in the order they are listed. <paramref name="localFeed"/> says whether the packages were
    /// packed into <see cref="PackagesFolder"/>, which nuget.config then lists.
    /// </summary>
    public static IReadOnlyList<ScaffoldFile> Files(string name, string packageVersion, bool localFeed) =>
    [
        new(name + ".csproj", Project(packageVersion)),
        new("nuget.config", NuGetConfig(localFeed)),
        new("README.md", Readme(name, localFeed)),
        new(".gitignore", "bin/\nobj/\nTestResults/\n"),
        new("monitors/datasets.yaml", DatasetsYaml),
        new(MonitorsFile, MonitorsYaml),
        new("monitors/runbooks/churn-data.md", Runbook),
        new("monitors/data/reference.csv", ExampleSnapshot.Reference()),
        new("monitors/data/current.csv", ExampleSnapshot.Current()),
        new("ChurnScoringMonitors.cs", CSharpMonitors(name)),
        new("MonitorsTests.cs", Tests(name)),
        new(".github/workflows/monitors.yml", Workflow(name, localFeed)),
    ];

    private static string Project(string packageVersion)
    {
        var references = new StringBuilder();
        foreach (var (id, version) in TestPackages)
        {
            references.Append(System.Globalization.CultureInfo.InvariantCulture, $"    <PackageReference Include=\"{id}\" Version=\"{version}\" />\n");
        }

        return $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!--
                The team's monitors, as a test project. The MonitorsAsCode package gives the C# API (MonitorSet)
                and the Roslyn analyzer, which checks the C# monitors and every *.yaml file of this folder while you
                type and on every build: a broken monitor fails `dotnet build` at its file, line and column.
                MonitorsAsCode.Xunit runs the monitors as test cases under `dotnet test`.
              -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsPackable>false</IsPackable>
                <!-- Versions are written here, so a repository that manages them centrally does not take this project over. -->
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MonitorsAsCode" Version="{{packageVersion}}" />
                <PackageReference Include="MonitorsAsCode.Xunit" Version="{{packageVersion}}" />
            {{references}}  </ItemGroup>
            </Project>

            """;
    }

    private static string NuGetConfig(bool localFeed) => localFeed
        ? $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <!--
                MonitorsAsCode is not published on nuget.org yet: `monitors init` packed it from a clone of its
                repository into ./{{PackagesFolder}}, which restore reads here; everything else comes from nuget.org.
                The packages' version ends in -local-<hash of the sources they were packed from>. NuGet keeps one
                copy of each id and version in its global packages folder (~/.nuget/packages) and serves that copy
                from then on, so a package re-packed from changed sources under the same version would restore the
                old code; a version made from the sources cannot be stale. Once MonitorsAsCode is published, remove
                the local source and the {{PackagesFolder}} folder, and set the published version in the csproj.
              -->
              <packageSources>
                <clear />
                <add key="monitors-local" value="{{PackagesFolder}}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>

            """
        : """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <!--
                MonitorsAsCode is not published on nuget.org yet, and `monitors init` did not run from a clone of its
                repository, so it packed no local copy. Add the feed that holds the MonitorsAsCode packages here
                (or run `monitors init` again from a clone, which packs them into ./packages).
              -->
              <packageSources>
                <clear />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>

            """;

    private const string DatasetsYaml = """
        # The dataset the monitors check: where its snapshots are and what each column means to the model.
        # Point the snapshots at your own data (Parquet, CSV or JSON Lines); paths are relative to this file.
        datasets:
          - id: churn-scoring
            owner: churn-ml
            description: Churn scores for every active customer, as logged by the scoring job with the features it was given.
            snapshots: { reference: data/reference.csv, current: data/current.csv }
            columns:
              customer_id:   { type: string, role: id }
              event_time:    { type: timestamp, role: event_time }
              plan:          { type: string, role: feature }
              monthly_spend: { type: double, role: feature }
              tenure_months: { type: int64, role: feature }
              churn_score:   { type: double, role: prediction }

        """;

    private const string MonitorsYaml = """
        # Monitors written in YAML. ChurnScoringMonitors.cs adds two more in C#; the deploy gate below names all four.
        monitors:
          - id: monthly-spend-completeness
            dataset: churn-scoring
            check: completeness
            column: monthly_spend
            warn: 0.01          # share of null values
            fail: 0.05
            severity: act
            owner: churn-data-eng
            runbook: runbooks/churn-data.md
            description: Every customer row carries its monthly spend, the model's strongest input.

          - id: monthly-spend-drift
            dataset: churn-scoring
            check: drift
            column: monthly_spend
            method: psi
            warn: 0.1           # population stability index against the reference snapshot
            fail: 0.25
            severity: investigate
            owner: churn-ml
            runbook: runbooks/churn-data.md
            description: Monthly spend is distributed as it was when the model was validated.

        # A gate may name YAML and C# monitors alike: ids are unique across both.
        # `dotnet test --filter gate=deploy` runs exactly these monitors.
        gates:
          - id: deploy
            monitors: [monthly-spend-completeness, monthly-spend-drift, plan-validity, customer-id-uniqueness]
            description: Before a new churn model version is deployed, the data it is judged on is complete, valid and stable.

        """;

    private const string Runbook = """
        # Churn scoring data — runbook

        Monitors: `monthly-spend-completeness`, `monthly-spend-drift`, `plan-validity`, `customer-id-uniqueness`.

        ## What it means

        The current snapshot of the churn-scoring dataset breaks something that held when the model was
        validated: values are missing, outside what is allowed, repeated, or distributed differently.

        ## Probable causes

        - An upstream job stopped filling a column, or filled it with a default.
        - A new plan was launched before the model knew about it.
        - A join duplicated customers.

        ## Diagnostics

        1. Run the monitors (`dotnet test`) and read each failing test's evidence.
        2. Compare the current snapshot with the reference one for the column named in the evidence.

        ## Mitigation

        Pause the model's actions on customers whose rows are affected until the data is fixed, or fall back
        to the previous model version.

        ## Escalation

        Owner: churn-data-eng for data quality, churn-ml for drift.

        """;

    private static string CSharpMonitors(string name) => $$"""
        using MonitorsAsCode.Definitions.Building;
        using MonitorsAsCode.Definitions.Monitors;

        namespace {{name}};

        /// <summary>
        /// Monitors written in C#, next to the YAML ones in monitors/: they check the churn-scoring dataset declared
        /// in monitors/datasets.yaml, and the deploy gate in monitors/monitors.yaml names them. The analyzer checks
        /// them as you type: try .Warn(0.05).Fail(0.01), or a column the dataset does not declare.
        /// </summary>
        public sealed class ChurnScoringMonitors : MonitorSet
        {
            /// <inheritdoc />
            public override void Define(MonitorBuilder m)
            {
                m.Validity("plan-validity", "churn-scoring", "plan")
                    .Allowed("basic", "plus", "pro")
                    .Warn(0.001).Fail(0.01)
                    .Severity(Severity.Act).Owner("churn-data-eng").Runbook("runbooks/churn-data.md")
                    .Description("Every plan is one the model was trained on; an unknown plan is scored blind.");

                m.Uniqueness("customer-id-uniqueness", "churn-scoring", "customer_id")
                    .Warn(0.001).Fail(0.01)
                    .Severity(Severity.Investigate).Owner("churn-data-eng")
                    .Description("One row per customer; a repeated customer is scored, and contacted, twice.");
            }
        }

        """;

    private static string Tests(string name) => $$"""
        using MonitorsAsCode.Xunit;

        namespace {{name}};

        /// <summary>
        /// Every monitor as its own test case, named by its id: the YAML ones under monitors/ and the C# MonitorSet
        /// classes of this project (ChurnScoringMonitors), loaded as one set. The path is relative to the compiled
        /// test assembly (bin/Debug/net10.0), three folders below this project. Run one gate's monitors with
        /// `dotnet test --filter gate=deploy`, one monitor with `--filter DisplayName=plan-validity`.
        /// </summary>
        [MonitorsDirectory("../../../monitors")]
        public sealed class ChurnScoring : MonitorSuite { }

        """;

    private static string Workflow(string name, bool localFeed) => $$"""
        # Builds the monitors (the analyzer fails the build on a broken monitor, YAML or C#) and runs them as tests.
        # GitHub reads workflows from the repository root's .github/workflows only: if this project is in a
        # sub-folder, move this file there and set working-directory to that folder.
        {{(localFeed ? $"# Until MonitorsAsCode is published, commit the {PackagesFolder}/ folder that `monitors init` packed: nuget.config reads it.\n" : string.Empty)}}name: monitors
        on: [push, pull_request]
        jobs:
          monitors:
            runs-on: ubuntu-latest
            defaults:
              run:
                working-directory: .
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: '10.0.x'
              - name: Build and check the monitors
                run: dotnet build {{name}}.csproj
              - name: Run the monitors
                run: dotnet test {{name}}.csproj --no-build --logger "trx;LogFileName=monitors.trx"
              - uses: actions/upload-artifact@v4
                if: always()
                with:
                  name: monitors
                  path: '**/TestResults/monitors.trx'

        """;

    private static string Readme(string name, bool localFeed) => $$"""
        # {{name}}

        Monitors of the churn-scoring model, as code, made by `monitors init`.

        - `monitors/datasets.yaml`: the dataset and its snapshots (`monitors/data/*.csv`, 40 rows each: replace
          them with your own).
        - `monitors/monitors.yaml`: two monitors in YAML and the `deploy` gate; `ChurnScoringMonitors.cs`: two in C#.
        - `monitors/runbooks/`: what the on-call does when a monitor fails.
        - `MonitorsTests.cs`: every monitor, YAML or C#, as a test case named by its id.
        - `.github/workflows/monitors.yml`: the same in CI.

        ```sh
        dotnet build   # the MonitorsAsCode analyzer checks the YAML and C# monitors: a mistake is a build error
        dotnet test    # runs every monitor against the snapshots
        dotnet test --filter gate=deploy   # only the monitors the deploy gate names
        ```

        {{(localFeed
            ? $"MonitorsAsCode is not published yet: `monitors init` packed it into `{PackagesFolder}/`, and `nuget.config`\nlists that folder as a package source. Commit it with the project until the packages are published.\n"
            : "MonitorsAsCode is not published yet, and no local copy was packed: add a feed that holds it to `nuget.config`.\n")}}
        """;
}
