using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Data.Thrift;

/// <summary>
/// Reads a Thrift compact protocol message from a span: field headers with delta-encoded ids,
/// zigzag varints, length-prefixed binaries, collections and nested structs, and skips any field
/// the caller does not know. Every read is bounds-checked: a truncated or corrupt message is a
/// <see cref="ThriftProtocolException"/>, never an out-of-range access, and no length read from
/// the message can make the caller allocate more than the message holds.
/// </summary>
/// <remarks>
/// Follows the compact protocol specification (Apache Thrift, <c>doc/specs/thrift-compact-protocol.md</c>).
/// A struct reader keeps the id of the last field it read and passes it to
/// <see cref="ReadFieldHeader"/>, which is how the protocol's id deltas are resolved.
/// </remarks>
internal ref struct ThriftCompactReader
{
    /// <summary>Nesting deeper than this is treated as corrupt; real Parquet metadata nests about five levels.</summary>
    public const int MaxDepth = 64;

    private readonly ReadOnlySpan<byte> buffer;
    private int position;
    private int depth;

    public ThriftCompactReader(ReadOnlySpan<byte> buffer)
    {
        this.buffer = buffer;
    }

    /// <summary>Bytes consumed so far.</summary>
    public readonly int Position => position;

    /// <summary>Bytes left in the message.</summary>
    public readonly int Remaining => buffer.Length - position;

    /// <summary>
    /// Reads the next field header of the current struct. Returns false at the struct's stop byte.
    /// <paramref name="lastFieldId"/> is the previous field's id in this struct (0 at its start) and is updated.
    /// </summary>
    public bool ReadFieldHeader(ref short lastFieldId, out short fieldId, out ThriftType type)
    {
        var header = ReadRawByte();
        type = (ThriftType)(header & 0x0F);
        if (type == ThriftType.Stop)
        {
            fieldId = 0;
            return false;
        }

        CheckFieldType(type);
        var delta = header >> 4;
        fieldId = delta != 0 ? (short)(lastFieldId + delta) : ReadI16();
        lastFieldId = fieldId;
        return true;
    }

    /// <summary>The value of a boolean field, which the compact protocol keeps in the field's type.</summary>
    public static bool BooleanOf(ThriftType fieldType) => fieldType == ThriftType.BooleanTrue;

    /// <summary>A boolean collection element: one byte, 1 for true.</summary>
    public bool ReadBooleanElement() => ReadRawByte() == 1;

    public sbyte ReadByte() => unchecked((sbyte)ReadRawByte());

    public short ReadI16()
    {
        var value = ZigZag(ReadVarint(maxBytes: 3));
        if (value is < short.MinValue or > short.MaxValue)
        {
            throw Corrupt("a 16-bit integer is out of range");
        }

        return (short)value;
    }

    public int ReadI32()
    {
        var value = ZigZag(ReadVarint(maxBytes: 5));
        if (value is < int.MinValue or > int.MaxValue)
        {
            throw Corrupt("a 32-bit integer is out of range");
        }

        return (int)value;
    }

    public long ReadI64() => ZigZag(ReadVarint(maxBytes: 10));

    public double ReadDouble()
    {
        var bytes = Take(8);
        return BinaryPrimitives.ReadDoubleLittleEndian(bytes);
    }

    /// <summary>A length-prefixed byte string, as a slice of the message (no copy).</summary>
    public ReadOnlySpan<byte> ReadBinary()
    {
        var length = ReadVarint(maxBytes: 5);
        if (length > (ulong)Remaining)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"a binary field claims {length} bytes but only {Remaining} remain"));
        }

        return Take((int)length);
    }

    /// <summary>A length-prefixed UTF-8 string.</summary>
    public string ReadString() => Encoding.UTF8.GetString(ReadBinary());

    /// <summary>
    /// A list or set header. The size is checked against the bytes left (every element takes at
    /// least one byte), so a corrupt size cannot cause a large allocation.
    /// </summary>
    public (ThriftType ElementType, int Count) ReadListHeader()
    {
        var header = ReadRawByte();
        var elementType = (ThriftType)(header & 0x0F);
        long count = header >> 4;
        if (count == 15)
        {
            count = (long)ReadVarint(maxBytes: 5);
        }

        CheckElementType(elementType);
        var minimumSize = elementType == ThriftType.Double ? 8 : elementType == ThriftType.Uuid ? 16 : 1;
        if (count * minimumSize > Remaining)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"a list claims {count} elements but only {Remaining} bytes remain"));
        }

        return (elementType, (int)count);
    }

    /// <summary>Enters a nested struct (a field or element of type <see cref="ThriftType.Struct"/>).</summary>
    public void BeginStruct()
    {
        if (++depth > MaxDepth)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"structs nest deeper than {MaxDepth} levels"));
        }
    }

    /// <summary>Leaves a nested struct entered with <see cref="BeginStruct"/>.</summary>
    public void EndStruct() => depth--;

    /// <summary>Skips a value of <paramref name="type"/>, including everything nested in it.</summary>
    // Long on purpose: one switch over the compact protocol's types, a few lines a case, checkable against its specification.
    public void Skip(ThriftType type)
    {
        switch (type)
        {
            case ThriftType.BooleanTrue:
            case ThriftType.BooleanFalse:
                // A boolean field carries its value in the header; this is a collection element.
                ReadRawByte();
                break;
            case ThriftType.Byte:
                ReadRawByte();
                break;
            case ThriftType.I16:
            case ThriftType.I32:
            case ThriftType.I64:
                ReadVarint(maxBytes: 10);
                break;
            case ThriftType.Double:
                Take(8);
                break;
            case ThriftType.Binary:
                ReadBinary();
                break;
            case ThriftType.Uuid:
                Take(16);
                break;
            case ThriftType.List:
            case ThriftType.Set:
                {
                    var (elementType, count) = ReadListHeader();
                    Nest();
                    for (var i = 0; i < count; i++)
                    {
                        Skip(elementType);
                    }

                    depth--;
                    break;
                }

            case ThriftType.Map:
                {
                    var count = ReadVarint(maxBytes: 5);
                    if (count == 0)
                    {
                        break;
                    }

                    var types = ReadRawByte();
                    var keyType = (ThriftType)(types >> 4);
                    var valueType = (ThriftType)(types & 0x0F);
                    CheckElementType(keyType);
                    CheckElementType(valueType);
                    if (count > (ulong)Remaining)
                    {
                        throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"a map claims {count} entries but only {Remaining} bytes remain"));
                    }

                    Nest();
                    for (ulong i = 0; i < count; i++)
                    {
                        Skip(keyType);
                        Skip(valueType);
                    }

                    depth--;
                    break;
                }

            case ThriftType.Struct:
                {
                    BeginStruct();
                    short lastFieldId = 0;
                    while (ReadFieldHeader(ref lastFieldId, out _, out var fieldType))
                    {
                        if (fieldType is not (ThriftType.BooleanTrue or ThriftType.BooleanFalse))
                        {
                            Skip(fieldType);
                        }
                    }

                    EndStruct();
                    break;
                }

            default:
                throw Corrupt("unknown type " + ((int)type).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Skips the value of a struct field of <paramref name="fieldType"/> (boolean fields have none).</summary>
    public void SkipField(ThriftType fieldType)
    {
        if (fieldType is not (ThriftType.BooleanTrue or ThriftType.BooleanFalse))
        {
            Skip(fieldType);
        }
    }

    private void Nest()
    {
        if (++depth > MaxDepth)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"values nest deeper than {MaxDepth} levels"));
        }
    }

    private byte ReadRawByte()
    {
        if (position >= buffer.Length)
        {
            throw Corrupt("the message ends early");
        }

        return buffer[position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > Remaining)
        {
            throw Corrupt("the message ends early");
        }

        var slice = buffer.Slice(position, count);
        position += count;
        return slice;
    }

    private ulong ReadVarint(int maxBytes)
    {
        ulong value = 0;
        for (var i = 0; i < maxBytes; i++)
        {
            var b = ReadRawByte();
            value |= (ulong)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw Corrupt("a varint is too long");
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static void CheckFieldType(ThriftType type)
    {
        if (type > ThriftType.Uuid)
        {
            throw Corrupt("unknown field type " + ((int)type).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void CheckElementType(ThriftType type)
    {
        if (type is ThriftType.Stop or > ThriftType.Uuid)
        {
            throw Corrupt("unknown element type " + ((int)type).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static ThriftProtocolException Corrupt(string reason) => new("corrupt Thrift metadata: " + reason);
}
