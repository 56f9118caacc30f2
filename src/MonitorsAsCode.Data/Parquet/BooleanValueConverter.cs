namespace MonitorsAsCode.Data.Parquet;

/// <summary>BOOLEAN values as they are.</summary>
internal sealed class BooleanValueConverter : ValueConverter<bool>
{
    public override void FromBooleans(ReadOnlySpan<bool> source, Span<bool> destination) => source.CopyTo(destination);
}
