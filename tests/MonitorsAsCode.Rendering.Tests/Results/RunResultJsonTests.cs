using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Rendering.Tests.Results;

public sealed class RunResultJsonTests
{
    [Fact]
    public void A_results_file_is_read_with_thresholds_evidence_and_distribution()
    {
        var run = RunResultJson.Parse("""
            {"results":[{"monitor":"m","dataset":"d","check":"drift","column":"c","columns":["c"],"method":"psi","status":"fail",
              "metric":"psi","unit":"score","value":0.5,"warn":0.1,"fail":{"below":null,"above":0.25},"severity":"act","owner":"o","runbook":"r",
              "evidence":"moved","details":[{"title":"t","columns":["bin","share"],"rows":[["a",0.5],["b","NaN"]]}],
              "distribution":{"kind":"categories","reference_values":10,"current_values":12,"merged_categories":0,"bins":[{"label":"a","reference":0.5,"current":0.25}]}}],
             "gates":[{"id":"g","status":"fail","monitors":["m"],"blocking":["m"]}],"summary":{}}
            """, "results.json");

        var result = run.Results.Single();
        result.Status.Should().Be(CheckStatus.Fail);
        result.Warn!.Value.Above.Should().Be(0.1);
        result.Fail!.Value.Above.Should().Be(0.25);
        result.Metric.Name.Should().Be("psi");
        result.Evidence.Details.Single().Rows[1][1].ToString().Should().Be("NaN");
        result.Distribution!.Bins.Single().Should().Be(new DistributionBin("a", 0.5, 0.25));
        run.Gates.Single().Blocking.Should().Equal("m");
    }

    [Fact]
    public void A_file_that_is_not_results_is_reported_with_its_name()
    {
        var parse = () => RunResultJson.Parse("""{"results":[{"monitor":"m"}]}""", "results.json");

        parse.Should().Throw<ResultsFileException>().WithMessage("results file 'results.json' is not what 'monitors run --format json' writes: *");
    }

    [Fact]
    public void Broken_json_is_reported_with_its_name()
    {
        var parse = () => RunResultJson.Parse("{", "run.json");

        parse.Should().Throw<ResultsFileException>().WithMessage("results file 'run.json' is not valid JSON*");
    }
}
