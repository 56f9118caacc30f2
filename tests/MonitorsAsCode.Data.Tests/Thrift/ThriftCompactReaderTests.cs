using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Tests.Thrift;

/// <summary>Hand-encoded compact protocol messages (field header = id delta &lt;&lt; 4 | type; zigzag varints).</summary>
public sealed class ThriftCompactReaderTests
{
    // struct { 1: i32 = -1; 3: binary = "ab"; 20: i64 = 300 (long-form header); 21: bool = true }
    private static readonly byte[] Message = [0x15, 0x01, 0x28, 0x02, 0x61, 0x62, 0x06, 0x28, 0xD8, 0x04, 0x11, 0x00];

    [Fact]
    public void Fields_with_short_and_long_headers_are_read_in_order()
    {
        var reader = new ThriftCompactReader(Message);
        short last = 0;
        var seen = new List<string>();

        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            seen.Add(type switch
            {
                ThriftType.I32 => $"{id}:i32={reader.ReadI32()}",
                ThriftType.Binary => $"{id}:binary={System.Text.Encoding.ASCII.GetString(reader.ReadBinary())}",
                ThriftType.I64 => $"{id}:i64={reader.ReadI64()}",
                _ => $"{id}:bool={ThriftCompactReader.BooleanOf(type)}",
            });
        }

        seen.Should().Equal("1:i32=-1", "3:binary=ab", "20:i64=300", "21:bool=True");
        reader.Remaining.Should().Be(0);
    }

    [Fact]
    public void Unknown_fields_of_every_type_are_skipped()
    {
        byte[] message =
        [
            0x17, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F,     // 1: double 1.0
            0x1C, 0x15, 0x02, 0x00,                  // 2: struct { 1: i32 1 }
            0x19, 0x2C, 0x15, 0x02, 0x00, 0x00,      // 3: list<struct> of 2
            0x1B, 0x01, 0x55, 0x02, 0x04,            // 4: map<i32,i32> {1: 2}
            0x1D, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, // 5: uuid
            0x19, 0x21, 0x01, 0x02,                  // 6: list<bool> [true, false]
            0x13, 0x7F,                              // 7: byte
            0x14, 0x03,                              // 8: i16 -2
            0x15, 0x54,                              // 9: i32 42 (the field the caller wants)
            0x00,
        ];

        var reader = new ThriftCompactReader(message);
        short last = 0;
        int? wanted = null;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            if (id == 9)
            {
                wanted = reader.ReadI32();
            }
            else
            {
                reader.SkipField(type);
            }
        }

        wanted.Should().Be(42);
        reader.Remaining.Should().Be(0);
    }

    [Fact]
    public void Long_list_header_carries_its_size_in_a_varint()
    {
        byte[] message = [0xF5, 0x14, .. Enumerable.Repeat((byte)0x02, 20)];

        var reader = new ThriftCompactReader(message);
        var (type, count) = reader.ReadListHeader();
        var values = new List<int>();
        for (var i = 0; i < count; i++)
        {
            values.Add(reader.ReadI32());
        }

        type.Should().Be(ThriftType.I32);
        values.Should().HaveCount(20).And.OnlyContain(v => v == 1);
    }

    [Fact]
    public void Every_truncation_of_a_message_is_a_protocol_error()
    {
        for (var length = 0; length < Message.Length; length++)
        {
            var prefix = Message[..length];

            var error = Catch(() =>
            {
                var reader = new ThriftCompactReader(prefix);
                reader.Skip(ThriftType.Struct);
            });

            error.Should().BeOfType<ThriftProtocolException>($"a message cut to {length} bytes is incomplete");
        }
    }

    [Fact]
    public void List_longer_than_the_message_is_refused_before_allocating()
    {
        byte[] message = [0xF5, 0xE8, 0x07, 0x02];

        var error = Catch(() => new ThriftCompactReader(message).ReadListHeader());

        error.Should().BeOfType<ThriftProtocolException>().Which.Message.Should().Contain("claims 1000 elements");
    }

    [Fact]
    public void Binary_longer_than_the_message_is_refused()
    {
        byte[] message = [0x7F, 0x61];

        var error = Catch(() => new ThriftCompactReader(message).ReadBinary());

        error.Should().BeOfType<ThriftProtocolException>().Which.Message.Should().Contain("claims 127 bytes");
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var message = Enumerable.Repeat((byte)0x1C, 100).Concat(Enumerable.Repeat((byte)0x00, 101)).ToArray();

        var error = Catch(() => new ThriftCompactReader(message).Skip(ThriftType.Struct));

        error.Should().BeOfType<ThriftProtocolException>().Which.Message.Should().Contain("deeper than 64");
    }

    [Fact]
    public void Overlong_varint_is_refused()
    {
        byte[] message = [0x80, 0x80, 0x80, 0x80, 0x80, 0x01];

        var error = Catch(() => new ThriftCompactReader(message).ReadI32());

        error.Should().BeOfType<ThriftProtocolException>().Which.Message.Should().Contain("too long");
    }

    [Fact]
    public void Unknown_field_type_is_refused()
    {
        byte[] message = [0x1E, 0x00];

        var error = Catch(() =>
        {
            var reader = new ThriftCompactReader(message);
            short last = 0;
            reader.ReadFieldHeader(ref last, out _, out _);
        });

        error.Should().BeOfType<ThriftProtocolException>();
    }

    private static Exception? Catch(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }
}
