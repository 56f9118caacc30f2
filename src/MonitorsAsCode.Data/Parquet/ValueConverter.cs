namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Turns decoded physical values into the values of a column of <typeparamref name="T"/>, applying
/// the column's logical type (unsigned integers, decimals, timestamp units, UTF-8 text…). A
/// converter overrides the sources its physical type can produce; the others are never called.
/// </summary>
internal abstract class ValueConverter<T>
{
    public virtual void FromBooleans(ReadOnlySpan<bool> source, Span<T> destination) => throw Unsupported("BOOLEAN");

    public virtual void FromInt32(ReadOnlySpan<int> source, Span<T> destination) => throw Unsupported("INT32");

    public virtual void FromInt64(ReadOnlySpan<long> source, Span<T> destination) => throw Unsupported("INT64");

    /// <summary>INT96 values, 12 bytes each.</summary>
    public virtual void FromInt96(ReadOnlySpan<byte> source, Span<T> destination) => throw Unsupported("INT96");

    public virtual void FromFloat(ReadOnlySpan<float> source, Span<T> destination) => throw Unsupported("FLOAT");

    public virtual void FromDouble(ReadOnlySpan<double> source, Span<T> destination) => throw Unsupported("DOUBLE");

    /// <summary>BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY values.</summary>
    public virtual void FromBytes(ByteArrayValues source, Span<T> destination) => throw Unsupported("byte array");

    private ParquetFormatException Unsupported(string physical) =>
        new($"{physical} values cannot be converted by {GetType().Name}; the column metadata and schema disagree on the type");
}
