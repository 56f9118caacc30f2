using System.Buffers.Binary;
using System.Text;

namespace MonitorsAsCode.Data.Tests.Thrift;

/// <summary>
/// Writes Thrift compact protocol messages for tests, following the specification
/// (<c>thrift-compact-protocol.md</c>) independently of the reader under test.
/// </summary>
internal sealed class ThriftCompactWriter
{
    private readonly List<byte> bytes = [];
    private readonly Stack<short> lastFieldIds = new();
    private short lastFieldId;

    public byte[] ToArray() => [.. bytes];

    public ThriftCompactWriter I32(short id, int value)
    {
        Header(id, 5);
        Varint(ZigZag(value));
        return this;
    }

    public ThriftCompactWriter I64(short id, long value)
    {
        Header(id, 6);
        Varint(ZigZag(value));
        return this;
    }

    public ThriftCompactWriter Byte(short id, sbyte value)
    {
        Header(id, 3);
        bytes.Add(unchecked((byte)value));
        return this;
    }

    public ThriftCompactWriter Bool(short id, bool value)
    {
        Header(id, value ? (byte)1 : (byte)2);
        return this;
    }

    public ThriftCompactWriter Binary(short id, byte[] value)
    {
        Header(id, 8);
        Varint((ulong)value.Length);
        bytes.AddRange(value);
        return this;
    }

    public ThriftCompactWriter String(short id, string value) => Binary(id, Encoding.UTF8.GetBytes(value));

    /// <summary>Starts a struct field; end it with <see cref="End"/>.</summary>
    public ThriftCompactWriter Struct(short id)
    {
        Header(id, 12);
        return BeginStruct();
    }

    /// <summary>Starts a struct that is a list element; end it with <see cref="End"/>.</summary>
    public ThriftCompactWriter BeginStruct()
    {
        lastFieldIds.Push(lastFieldId);
        lastFieldId = 0;
        return this;
    }

    /// <summary>Writes the stop byte of the current struct.</summary>
    public ThriftCompactWriter End()
    {
        bytes.Add(0);
        lastFieldId = lastFieldIds.Count > 0 ? lastFieldIds.Pop() : (short)0;
        return this;
    }

    /// <summary>A list field header; the caller writes the elements.</summary>
    public ThriftCompactWriter List(short id, byte elementType, int count)
    {
        Header(id, 9);
        if (count < 15)
        {
            bytes.Add((byte)((count << 4) | elementType));
        }
        else
        {
            bytes.Add((byte)(0xF0 | elementType));
            Varint((ulong)count);
        }

        return this;
    }

    public ThriftCompactWriter ElementI32(int value)
    {
        Varint(ZigZag(value));
        return this;
    }

    public ThriftCompactWriter ElementString(string value)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        Varint((ulong)utf8.Length);
        bytes.AddRange(utf8);
        return this;
    }

    public ThriftCompactWriter Raw(params byte[] raw)
    {
        bytes.AddRange(raw);
        return this;
    }

    public static byte[] LittleEndian(int value)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        return buffer;
    }

    private void Header(short id, byte type)
    {
        var delta = id - lastFieldId;
        if (delta is > 0 and <= 15)
        {
            bytes.Add((byte)((delta << 4) | type));
        }
        else
        {
            bytes.Add(type);
            Varint(ZigZag(id));
        }

        lastFieldId = id;
    }

    private void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
