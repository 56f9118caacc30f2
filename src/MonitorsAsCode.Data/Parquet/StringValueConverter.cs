using System.Text;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Byte arrays into strings: UTF-8 text decoded (invalid sequences become U+FFFD), UUIDs in their
/// canonical 8-4-4-4-12 form, other binary as base64. Short repeated texts share one instance.
/// </summary>
internal sealed class StringValueConverter(ValueSemantics semantics) : ValueConverter<string?>
{
    private const int PooledByteLength = 64;

    private readonly StringPool pool = new();
    private readonly char[] characters = new char[Encoding.UTF8.GetMaxCharCount(PooledByteLength)];

    public override void FromBytes(ByteArrayValues source, Span<string?> destination)
    {
        for (var i = 0; i < source.Count; i++)
        {
            destination[i] = Convert(source[i]);
        }
    }

    private string Convert(ReadOnlySpan<byte> bytes)
    {
        switch (semantics)
        {
            case ValueSemantics.Text when bytes.Length <= PooledByteLength:
                {
                    var length = Encoding.UTF8.GetChars(bytes, characters);
                    return pool.Get(characters.AsSpan(0, length));
                }

            case ValueSemantics.Text:
                return Encoding.UTF8.GetString(bytes);
            case ValueSemantics.Uuid when bytes.Length == 16:
                return new Guid(bytes, bigEndian: true).ToString("D");
            default:
                return System.Convert.ToBase64String(bytes);
        }
    }
}
