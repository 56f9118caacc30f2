namespace MonitorsAsCode.Data.Parquet;

/// <summary>DATE values: INT32 days since 1970-01-01, which is also the Date column's representation.</summary>
internal sealed class DateValueConverter : ValueConverter<int>
{
    public override void FromInt32(ReadOnlySpan<int> source, Span<int> destination) => source.CopyTo(destination);
}
