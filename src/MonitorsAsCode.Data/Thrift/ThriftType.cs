namespace MonitorsAsCode.Data.Thrift;

/// <summary>The type nibble of a Thrift compact protocol field or collection element.</summary>
internal enum ThriftType : byte
{
    /// <summary>End of a struct's fields.</summary>
    Stop = 0,

    /// <summary>A boolean field whose value is true (in collections: any boolean).</summary>
    BooleanTrue = 1,

    /// <summary>A boolean field whose value is false.</summary>
    BooleanFalse = 2,

    /// <summary>A signed byte.</summary>
    Byte = 3,

    /// <summary>A zigzag varint 16-bit integer.</summary>
    I16 = 4,

    /// <summary>A zigzag varint 32-bit integer.</summary>
    I32 = 5,

    /// <summary>A zigzag varint 64-bit integer.</summary>
    I64 = 6,

    /// <summary>An IEEE 754 double, 8 bytes little-endian.</summary>
    Double = 7,

    /// <summary>A varint length followed by that many bytes (strings and binary).</summary>
    Binary = 8,

    /// <summary>A list: size and element type, then the elements.</summary>
    List = 9,

    /// <summary>A set, encoded like a list.</summary>
    Set = 10,

    /// <summary>A map: varint size, key and value types, then the pairs.</summary>
    Map = 11,

    /// <summary>A nested struct, terminated by a stop field.</summary>
    Struct = 12,

    /// <summary>A 16-byte UUID (newer Thrift versions).</summary>
    Uuid = 13,
}
