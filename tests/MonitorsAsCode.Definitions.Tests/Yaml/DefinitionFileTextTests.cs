using System.Text;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Yaml;

/// <summary>Definitions files are read as strict UTF-8 of bounded size, never with bad bytes turned into U+FFFD.</summary>
public sealed class DefinitionFileTextTests : IDisposable
{
    private const string Dataset = """
        datasets:
          - id: orders
            snapshots: { current: data/current.csv }
            columns: { amount: { type: double } }

        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mac-filetext-" + Guid.NewGuid().ToString("N"));

    public DefinitionFileTextTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Invalid_utf8_is_a_MAC0001_at_the_line_and_column_of_the_first_bad_byte()
    {
        // Line 3 reads "  - id: café" and then a lone continuation byte: é is one character, so the byte is column 13.
        Write("bad.yaml", [.. Encoding.UTF8.GetBytes("datasets:\n\n  - id: café"), 0x80, .. Encoding.UTF8.GetBytes("\n")]);

        var loaded = YamlDefinitionLoader.LoadDirectory(folder);

        loaded.Diagnostics.Select(d => d.ToString()).Should().Equal(
            Shown("bad.yaml") + "(3,13): error MAC0001: byte 0x80 is not valid UTF-8; definitions must be UTF-8 (save the file as UTF-8)");
    }

    [Fact]
    public void A_bad_file_does_not_hide_the_diagnostics_of_the_others()
    {
        Write("a.yaml", [.. Encoding.UTF8.GetBytes("monitors:\r\n  - id: x\r\n# "), 0xC3, 0x28]);
        Write("b.yaml", Encoding.UTF8.GetBytes("monitors: [\n"));

        var loaded = YamlDefinitionLoader.LoadDirectory(folder);

        loaded.Diagnostics.Select(d => d.ToString()).Should().HaveCount(2).And.SatisfyRespectively(
            first => first.Should().StartWith(Shown("a.yaml") + "(3,3): error MAC0001: byte 0xC3 is not valid UTF-8"),
            second => second.Should().StartWith(Shown("b.yaml") + "(2,1): error MAC0001: invalid YAML"));
    }

    [Fact]
    public void A_file_with_a_utf8_byte_order_mark_still_loads()
    {
        Write("bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Dataset)]);

        var loaded = YamlDefinitionLoader.LoadDirectory(folder);

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.Datasets.Should().ContainSingle().Which.Id.Should().Be("orders");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_utf16_file_is_refused_as_not_utf8(bool bigEndian)
    {
        Write("wide.yaml", [.. new UnicodeEncoding(bigEndian, byteOrderMark: true).GetPreamble(), .. new UnicodeEncoding(bigEndian, false).GetBytes(Dataset)]);

        var loaded = YamlDefinitionLoader.LoadDirectory(folder);

        loaded.Diagnostics.Select(d => d.ToString()).Should().Equal(
            Shown("wide.yaml") + "(1,1): error MAC0001: this file starts with a UTF-16 byte order mark; definitions must be UTF-8 (save the file as UTF-8)");
        loaded.Definitions.Datasets.Should().BeEmpty();
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_by_its_length()
    {
        // A sparse file: its length says 16 MiB + 1 without a byte of it being written, and the check needs no more.
        using (var stream = new FileStream(Path.Combine(folder, "huge.yaml"), FileMode.CreateNew))
        {
            stream.SetLength(DefinitionFileText.MaxBytes + 1);
        }

        var loaded = YamlDefinitionLoader.LoadDirectory(folder);

        loaded.Diagnostics.Select(d => d.ToString()).Should().Equal(
            Shown("huge.yaml") + "(1,1): error MAC0001: this file is 16777217 bytes long, and definitions files of at most 16777216 bytes (16 MiB) are read");
    }

    [Fact]
    public void A_file_at_the_size_limit_is_read()
    {
        var path = Path.Combine(folder, "limit.yaml");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("# 0123456789\n"));

        var text = DefinitionFileText.Read(path, "limit.yaml", maxBytes: 13, out var problem);
        var over = DefinitionFileText.Read(path, "limit.yaml", maxBytes: 12, out var overProblem);

        problem.Should().BeNull();
        text.Should().Be("# 0123456789\n");
        over.Should().BeNull();
        overProblem!.ToString().Should().Be("limit.yaml(1,1): error MAC0001: this file is 13 bytes long, and definitions files of at most 12 bytes (0 MiB) are read");
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xC0, 0x80 }, 1)] // overlong NUL
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF }, 0)] // overlong '/'
    [InlineData(new byte[] { 0x61, 0x62, 0xED, 0xA0, 0x80 }, 2)] // a UTF-16 surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)] // past U+10FFFF
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 }, 1)] // cut off at the end
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 }, 0)] // five-byte form
    [InlineData(new byte[] { 0x61, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80 }, -1)] // a, é, €, 😀
    public void Ill_formed_sequences_are_found_at_their_first_byte(byte[] bytes, int expected)
    {
        DefinitionFileText.FirstInvalidByte(bytes, 0, bytes.Length).Should().Be(expected);
    }

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(folder, name), bytes);

    private string Shown(string name) => Path.Combine(folder, name).Replace('\\', '/');
}
