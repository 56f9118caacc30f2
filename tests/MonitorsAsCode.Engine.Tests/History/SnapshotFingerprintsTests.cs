using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Engine.Tests.History;

public sealed class SnapshotFingerprintsTests : IDisposable
{
    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_fingerprint_of_a_file_is_xxh128_of_its_bytes()
    {
        // XXH128 of the empty input, from the reference implementation's published test vectors (xxhsum -H2 /dev/null).
        var empty = folder.Write("empty.csv", "");

        SnapshotFingerprints.Of(empty).Should().Be("xxh128:99aa06d3014798d86001c324468d497f");
    }

    [Fact]
    public void A_folder_of_parts_changes_with_a_part_renamed_or_changed()
    {
        Directory.CreateDirectory(folder.PathOf("parts"));
        File.WriteAllBytes(folder.PathOf("parts/a.parquet"), [1, 2, 3]);
        File.WriteAllBytes(folder.PathOf("parts/b.parquet"), [4, 5]);
        var first = SnapshotFingerprints.Of(folder.PathOf("parts"));

        File.Move(folder.PathOf("parts/b.parquet"), folder.PathOf("parts/c.parquet"));
        var renamed = SnapshotFingerprints.Of(folder.PathOf("parts"));
        File.WriteAllBytes(folder.PathOf("parts/c.parquet"), [4, 6]);
        var changed = SnapshotFingerprints.Of(folder.PathOf("parts"));

        new[] { first, renamed, changed }.Should().OnlyHaveUniqueItems().And.AllSatisfy(f => f.Should().MatchRegex("^xxh128:[0-9a-f]{32}$"));
        SnapshotFingerprints.Of(folder.PathOf("parts/*.parquet")).Should().Be(changed, "a glob of the same parts is the same snapshot");
    }
}
