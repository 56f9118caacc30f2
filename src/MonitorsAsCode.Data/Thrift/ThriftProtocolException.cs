namespace MonitorsAsCode.Data.Thrift;

/// <summary>
/// Bytes that are not a well-formed Thrift compact protocol message: truncated, an impossible
/// length or type, or nesting deeper than any real schema. The caller adds where the bytes came from.
/// </summary>
internal sealed class ThriftProtocolException(string message) : Exception(message);
