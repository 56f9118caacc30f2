using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Tests.Thrift;

/// <summary>Bytes written by hand from the compact protocol specification, and a round trip through the reader.</summary>
public sealed class ThriftCompactEncoderTests
{
    [Fact]
    public void Fields_are_delta_headers_and_zigzag_varints()
    {
        var thrift = new ThriftCompactEncoder();
        thrift.BeginStruct();
        thrift.FieldI32(1, -1);     // header 0x15, zigzag(-1) = 1
        thrift.FieldI64(3, 300);    // header 0x26, zigzag(300) = 600 = 0xD8 0x04
        thrift.FieldBool(4, true);  // header 0x11
        thrift.FieldString(20, "a"); // delta 16 > 15: type byte 0x08, zigzag id 40 = 0x28, length 1, 'a'
        thrift.EndStruct();

        thrift.WrittenSpan.ToArray().Should().Equal(0x15, 0x01, 0x26, 0xD8, 0x04, 0x11, 0x08, 0x28, 0x01, 0x61, 0x00);
    }

    [Fact]
    public void I16_field_has_its_own_type_nibble()
    {
        var thrift = new ThriftCompactEncoder();
        thrift.BeginStruct();
        thrift.FieldI16(7, 3); // header 7 << 4 | 4, zigzag(3) = 6
        thrift.EndStruct();

        thrift.WrittenSpan.ToArray().Should().Equal(0x74, 0x06, 0x00);
    }

    [Fact]
    public void Nested_structs_and_long_lists_read_back()
    {
        var thrift = new ThriftCompactEncoder();
        thrift.BeginStruct();
        thrift.FieldList(2, ThriftType.I32, 20);
        for (var i = 0; i < 20; i++)
        {
            thrift.I32(i - 10);
        }

        thrift.FieldStruct(3);
        thrift.FieldI64(1, long.MinValue);
        thrift.EndStruct();
        thrift.FieldI32(4, int.MaxValue);
        thrift.EndStruct();

        var reader = new ThriftCompactReader(thrift.WrittenSpan);
        short last = 0;
        reader.BeginStruct();
        reader.ReadFieldHeader(ref last, out var id, out var type).Should().BeTrue();
        (id, type).Should().Be(((short)2, ThriftType.List));
        var (elementType, count) = reader.ReadListHeader();
        (elementType, count).Should().Be((ThriftType.I32, 20));
        var elements = new int[count];
        for (var i = 0; i < count; i++)
        {
            elements[i] = reader.ReadI32();
        }

        elements.Should().Equal(Enumerable.Range(-10, 20));
        reader.ReadFieldHeader(ref last, out id, out type).Should().BeTrue();
        (id, type).Should().Be(((short)3, ThriftType.Struct));
        short inner = 0;
        reader.BeginStruct();
        reader.ReadFieldHeader(ref inner, out id, out _).Should().BeTrue();
        reader.ReadI64().Should().Be(long.MinValue);
        reader.ReadFieldHeader(ref inner, out _, out _).Should().BeFalse();
        reader.EndStruct();
        reader.ReadFieldHeader(ref last, out id, out _).Should().BeTrue();
        id.Should().Be(4);
        reader.ReadI32().Should().Be(int.MaxValue);
        reader.ReadFieldHeader(ref last, out _, out _).Should().BeFalse();
        reader.Remaining.Should().Be(0);
    }
}
