using System.Buffers;
using System.Text;

namespace MonitorsAsCode.Data.Thrift;

/// <summary>
/// Writes a Thrift compact protocol message into a growing buffer: field headers with delta-encoded
/// ids, zigzag varints, length-prefixed binaries, lists and nested structs. The counterpart of
/// <see cref="ThriftCompactReader"/>; the caller writes fields in increasing id order.
/// </summary>
/// <remarks>Follows the compact protocol specification (Apache Thrift, <c>doc/specs/thrift-compact-protocol.md</c>).</remarks>
internal sealed class ThriftCompactEncoder
{
    private readonly ArrayBufferWriter<byte> output = new(256);
    private readonly Stack<short> lastFieldIds = new();
    private short lastFieldId;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => output.WrittenSpan;

    /// <summary>Starts a struct: a top-level message, or the value of a struct field or list element just written.</summary>
    public void BeginStruct()
    {
        lastFieldIds.Push(lastFieldId);
        lastFieldId = 0;
    }

    /// <summary>Writes the struct's stop byte.</summary>
    public void EndStruct()
    {
        WriteByte(0);
        lastFieldId = lastFieldIds.Pop();
    }

    public void FieldBool(short id, bool value) => FieldHeader(id, value ? ThriftType.BooleanTrue : ThriftType.BooleanFalse);

    public void FieldI16(short id, short value)
    {
        FieldHeader(id, ThriftType.I16);
        WriteVarint(ZigZag(value));
    }

    public void FieldI32(short id, int value)
    {
        FieldHeader(id, ThriftType.I32);
        WriteVarint(ZigZag(value));
    }

    public void FieldI64(short id, long value)
    {
        FieldHeader(id, ThriftType.I64);
        WriteVarint(ZigZag(value));
    }

    public void FieldBinary(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, ThriftType.Binary);
        Binary(value);
    }

    public void FieldString(short id, string value) => FieldBinary(id, Encoding.UTF8.GetBytes(value));

    /// <summary>A struct field's header; write its fields between <see cref="BeginStruct"/> and <see cref="EndStruct"/>.</summary>
    public void FieldStruct(short id)
    {
        FieldHeader(id, ThriftType.Struct);
        BeginStruct();
    }

    /// <summary>A list field's header; then write <paramref name="count"/> elements.</summary>
    public void FieldList(short id, ThriftType elementType, int count)
    {
        FieldHeader(id, ThriftType.List);
        if (count < 15)
        {
            WriteByte((byte)((count << 4) | (byte)elementType));
        }
        else
        {
            WriteByte((byte)(0xF0 | (byte)elementType));
            WriteVarint((uint)count);
        }
    }

    /// <summary>An i32 list element.</summary>
    public void I32(int value) => WriteVarint(ZigZag(value));

    /// <summary>A binary or string list element.</summary>
    public void Binary(ReadOnlySpan<byte> value)
    {
        WriteVarint((uint)value.Length);
        output.Write(value);
    }

    private void FieldHeader(short id, ThriftType type)
    {
        var delta = id - lastFieldId;
        if (delta is > 0 and <= 15)
        {
            WriteByte((byte)((delta << 4) | (byte)type));
        }
        else
        {
            WriteByte((byte)type);
            WriteVarint(ZigZag(id));
        }

        lastFieldId = id;
    }

    private void WriteByte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private void WriteVarint(ulong value)
    {
        var span = output.GetSpan(10);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[length++] = (byte)value;
        output.Advance(length);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
