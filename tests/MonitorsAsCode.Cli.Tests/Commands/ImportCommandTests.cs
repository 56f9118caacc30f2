namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary><c>monitors import openslo FILE [--out FILE]</c>.</summary>
public sealed class ImportCommandTests
{
    private const string OpenSlo = """
        apiVersion: openslo/v1
        kind: SLO
        metadata:
          name: checkout-availability
          displayName: Checkout availability
        spec:
          service: checkout
          indicator:
            metadata: { name: checkout-errors }
            spec:
              ratioMetric:
                counter: true
                bad: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))' } } }
                total: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total[{{.window}}]))' } } }
          timeWindow: [{ duration: 28d, isRolling: true }]
          budgetingMethod: Occurrences
          objectives: [{ target: 0.995 }]
        """;

    [Fact]
    public void An_openslo_file_becomes_slo_definitions_on_standard_output_with_what_was_not_imported_on_standard_error()
    {
        using var folder = DefinitionsFolder.Empty();
        var file = folder.Write("openslo.yaml", OpenSlo);

        var outcome = CommandLine.Run("import", "openslo", file);

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.ErrorLines.Should().Equal($"{file}(5,16): warning: displayName is not imported");
        outcome.Out.Should().Be("""
            # Imported from OpenSLO (openslo.yaml) by 'monitors import openslo'.
            slos:
              - id: checkout-availability
                service: checkout
                indicator:
                  prometheus:
                    error_query: "sum(rate(http_requests_total{code=~\"5..\"}[{{.window}}]))"
                    total_query: "sum(rate(http_requests_total[{{.window}}]))"
                objective: 0.995
                window: 28d

            """);
    }

    [Fact]
    public void An_openslo_file_that_is_not_utf8_is_refused_at_the_bad_byte_and_nothing_is_written()
    {
        using var folder = DefinitionsFolder.Empty();
        var file = folder.PathOf("openslo.yaml");
        File.WriteAllBytes(file, [.. System.Text.Encoding.UTF8.GetBytes("apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: checkout"), 0xC0, 0xAF, .. System.Text.Encoding.UTF8.GetBytes("\n")]);
        var target = folder.PathOf("slos.yaml");

        var outcome = CommandLine.Run("import", "openslo", file, "--out", target);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines.Should().Equal(
            file.Replace('\\', '/') + "(4,17): error MAC0001: byte 0xC0 is not valid UTF-8; definitions must be UTF-8 (save the file as UTF-8)",
            "1 error(s); nothing was written");
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void Yaml_the_parser_throws_on_is_an_error_at_its_position_not_a_stack_trace()
    {
        using var folder = DefinitionsFolder.Empty();
        var file = folder.Write("openslo.yaml", "apiVersion: openslo/v1\nkind: { b: c---\nd }\n");

        var outcome = CommandLine.Run("import", "openslo", file);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines[0].Should().Be(file + "(3,1): error: invalid YAML: the parser cannot read on from here; look for an unclosed { or [, or a document marker (---, ...) or directive (%) where a value belongs");
        outcome.Error.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Fact]
    public void The_imported_file_is_valid_definitions()
    {
        using var folder = DefinitionsFolder.Empty();
        var file = folder.Write("openslo.yaml", OpenSlo);
        folder.Write("defs/placeholder.txt", string.Empty);
        var target = folder.PathOf("defs/slos.yaml");

        var outcome = CommandLine.Run("import", "openslo", file, "--out", target);
        var validated = CommandLine.Run("validate", folder.PathOf("defs"));

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.Out.Should().BeEmpty();
        outcome.ErrorLines.Should().EndWith($"imported 1 SLO(s) into {target}");
        validated.ExitCode.Should().Be(ExitCodes.Passed, validated.Error);
    }

    [Fact]
    public void An_slo_that_cannot_be_imported_writes_nothing_and_exits_2()
    {
        using var folder = DefinitionsFolder.Empty();
        var file = folder.Write("openslo.yaml", OpenSlo.Replace("budgetingMethod: Occurrences", "budgetingMethod: RatioTimeslices", StringComparison.Ordinal));

        var outcome = CommandLine.Run("import", "openslo", file, "--out", folder.PathOf("slos.yaml"));

        outcome.ExitCode.Should().Be(ExitCodes.InvalidDefinitions);
        outcome.ErrorLines.Should().Contain($"{file}(16,20): error: SLO 'checkout-availability': budgetingMethod 'RatioTimeslices' is not supported (Occurrences or Timeslices); the SLO was not imported");
        outcome.ErrorLines[^1].Should().Be("1 error(s); nothing was written");
        File.Exists(folder.PathOf("slos.yaml")).Should().BeFalse();
    }

    [Fact]
    public void A_missing_file_is_a_user_error()
    {
        using var folder = DefinitionsFolder.Empty();

        var outcome = CommandLine.Run("import", "openslo", folder.PathOf("nope.yaml"));

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().StartWith($"error: cannot read '{folder.PathOf("nope.yaml")}'");
    }
}
