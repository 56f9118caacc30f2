using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Reporting;

namespace MonitorsAsCode.Xunit.Tests.Reporting;

public sealed class MonitorReportTests
{
    [Fact]
    [UseCulture("de-DE")]
    public void Report_is_the_headline_who_responds_and_each_evidence_table_aligned_with_invariant_numbers()
    {
        var report = MonitorReport.Describe(SampleResults.Drift(CheckStatus.Fail, 2.436));

        report.Should().Be(
            """
            fail: psi 2.436 (warn 0.1, fail 0.25); largest moves: (-inf, 583.871] 10.0% → 68.9%
            monitor txn-sum-30d-drift on dataset fraud-scoring: drift (psi) of txn_sum_30d; severity act; owner risk-ml-oncall; runbook runbooks/feature-drift.md

            bins that moved most:
              bin             | reference share | current share
              --------------- | --------------- | -------------
              (-inf, 583.871] | 0.1             | 0.688801
              (3521.6, +inf)  | 0.1             | 0.00299619
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Result_without_a_value_or_tables_reports_a_dash_and_its_sentence()
    {
        var report = MonitorReport.Describe(SampleResults.Completeness("amount-completeness", CheckStatus.Error, null));

        report.Should().Be(
            "error: null share - (warn 0.01, fail 0.1); column 'amount' is missing from current.csv\n"
            + "monitor amount-completeness on dataset orders: completeness of amount; severity investigate");
    }
}
