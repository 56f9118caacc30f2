using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Results;

namespace MonitorsAsCode.Engine.Tests.Checks;

[UseCulture("de-DE")]
public sealed class UniquenessCheckTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Unique_keys_give_a_duplicate_share_of_zero()
    {
        directory.Write("current.csv", "id,user,day\na,u1,2026-11-14\nb,u1,2026-11-15\nc,u2,2026-11-14\n");

        var result = Run("column: id\n    fail: 0");

        result.Value.Should().Be(0);
        result.Status.Should().Be(CheckStatus.Pass);
        result.Evidence.Summary.Should().Be("all 3 keys (id) are unique");
    }

    [Fact]
    public void Repeated_keys_are_counted_after_their_first_row_and_listed_most_repeated_first()
    {
        directory.Write("current.csv", "id,user,day\na,u1,2026-11-14\nb,u1,2026-11-14\nb,u1,2026-11-14\nc,u1,2026-11-14\nc,u1,2026-11-14\nc,u1,2026-11-14\n,u1,2026-11-14\n,u1,2026-11-14\n");

        var result = Run("column: id\n    warn: 0.1\n    fail: 0.5");

        result.Value.Should().Be(0.5, "3 of the 6 rows with a key repeat an earlier key; rows with a null key are left out");
        result.Status.Should().Be(CheckStatus.Warn, "a share equal to the fail threshold does not breach it");
        result.Evidence.Summary.Should().Be("3 of 6 rows (50.0%) repeat an earlier key (id); 2 keys repeat, e.g. 'c' ×3, 'b' ×2");
        EvidenceText.Table(result.Evidence, "most repeated keys").Columns.Should().Equal("key", "rows");
        EvidenceText.Rows(result.Evidence, "most repeated keys").Should().Equal("c | 3", "b | 2");
    }

    [Fact]
    public void A_multi_column_key_repeats_only_when_every_part_repeats()
    {
        directory.Write("current.csv", "id,user,day\n1,u1,2026-11-14\n2,u1,2026-11-15\n3,u2,2026-11-14\n4,u1,2026-11-14\n5,u2,2026-11-14\n6,u1,2026-11-14\n7,,2026-11-14\n8,u1,\n");

        var result = Run("columns: [user, day]\n    fail: 0.2");

        result.Value.Should().Be(0.5, "of the 6 rows with a complete key, (u1, 2026-11-14) repeats twice and (u2, 2026-11-14) once");
        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().Be("3 of 6 rows (50.0%) repeat an earlier key (user, day); 2 keys repeat, e.g. 'u1|2026-11-14' ×3, 'u2|2026-11-14' ×2");
        EvidenceText.Rows(result.Evidence, "most repeated keys").Should().Equal("u1|2026-11-14 | 3", "u2|2026-11-14 | 2");
    }

    [Fact]
    public void At_most_five_repeated_keys_are_listed_and_three_named()
    {
        directory.Write("current.csv", "id,user,day\n" + string.Concat(Enumerable.Range(0, 7).Select(i => $"k{i},u,2026-11-14\nk{i},u,2026-11-14\n")));

        var result = Run("column: id\n    fail: 0.6");

        result.Value.Should().Be(0.5);
        result.Evidence.Summary.Should().Be("7 of 14 rows (50.0%) repeat an earlier key (id); 7 keys repeat, e.g. 'k0' ×2, 'k1' ×2, 'k2' ×2");
        EvidenceText.Rows(result.Evidence, "most repeated keys").Should().Equal("k0 | 2", "k1 | 2", "k2 | 2", "k3 | 2", "k4 | 2");
    }

    [Fact]
    public void A_key_that_is_null_in_every_row_cannot_be_checked()
    {
        directory.Write("current.csv", "id,user,day\n,u1,2026-11-14\n,u2,2026-11-14\n");

        var result = Run("column: id\n    fail: 0");

        result.Status.Should().Be(CheckStatus.Error);
        result.Evidence.Summary.Should().Be("every row has a null in the key (id)");
    }

    private CheckResult Run(string monitor)
    {
        var yaml = $$"""
            datasets:
              - id: ds
                snapshots: { current: current.csv }
                columns:
                  id: { type: string, role: id }
                  user: { type: string }
                  day: { type: date }
            monitors:
              - id: unique
                dataset: ds
                check: uniqueness
                {{monitor}}

            """;

        return new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml)).Results.Should().ContainSingle().Subject;
    }
}
