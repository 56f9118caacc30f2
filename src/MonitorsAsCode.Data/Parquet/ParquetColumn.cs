using System.Globalization;
using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// A flat (top-level, non-repeated) column of the file: where its chunks are in each row group
/// (<see cref="LeafIndex"/>), how it is stored and what its values mean.
/// </summary>
internal sealed record ParquetColumn(
    string Name,
    int LeafIndex,
    PhysicalType Physical,
    int TypeLength,
    int MaxDefinitionLevel,
    ValueSemantics Semantics,
    TimeUnit Unit,
    int Scale,
    string TypeDescription)
{
    /// <summary>The kind a column of these values is read as when nothing else is asked for.</summary>
    public ColumnKind NaturalKind => Semantics switch
    {
        ValueSemantics.Boolean => ColumnKind.Bool,
        ValueSemantics.SignedInteger or ValueSemantics.UnsignedInteger or ValueSemantics.TimeOfDay => ColumnKind.Int64,
        ValueSemantics.Date => ColumnKind.Date,
        ValueSemantics.Timestamp or ValueSemantics.Int96Timestamp => ColumnKind.Timestamp,
        ValueSemantics.Decimal or ValueSemantics.Real or ValueSemantics.Float16 => ColumnKind.Double,
        _ => ColumnKind.String,
    };

    /// <summary>The column of the schema element <paramref name="element"/>, a leaf at the top level.</summary>
    public static ParquetColumn FromSchema(SchemaElement element, int leafIndex)
    {
        var physical = element.Type ?? throw new ParquetFormatException("a group is not a column");
        if (!Enum.IsDefined(physical))
        {
            throw new ParquetFormatException("column '" + element.Name + "' has unknown physical type " + ((int)physical).ToString(CultureInfo.InvariantCulture));
        }

        if (physical == PhysicalType.FixedLenByteArray && element.TypeLength <= 0)
        {
            throw new ParquetFormatException("FIXED_LEN_BYTE_ARRAY column '" + element.Name + "' has no positive length");
        }

        var (semantics, unit, scale) = Interpret(element, physical);
        if (scale < 0)
        {
            throw new ParquetFormatException("DECIMAL column '" + element.Name + "' has a negative scale");
        }

        var maxDefinition = element.Repetition == FieldRepetition.Optional ? 1 : 0;
        return new ParquetColumn(element.Name, leafIndex, physical, element.TypeLength, maxDefinition, semantics, unit, scale, Describe(element, physical));
    }

    private static (ValueSemantics Semantics, TimeUnit Unit, int Scale) Interpret(SchemaElement element, PhysicalType physical)
    {
        var fallback = SemanticsOf(physical);
        if (element.LogicalType is { Kind: { } kind } logical)
        {
            var byLogical = kind switch
            {
                LogicalTypeKind.String or LogicalTypeKind.Enum or LogicalTypeKind.Json => ValueSemantics.Text,
                LogicalTypeKind.Decimal => ValueSemantics.Decimal,
                LogicalTypeKind.Date => ValueSemantics.Date,
                LogicalTypeKind.Time => ValueSemantics.TimeOfDay,
                LogicalTypeKind.Timestamp => ValueSemantics.Timestamp,
                LogicalTypeKind.Integer => logical.IsSigned ? ValueSemantics.SignedInteger : ValueSemantics.UnsignedInteger,
                LogicalTypeKind.Uuid => ValueSemantics.Uuid,
                LogicalTypeKind.Float16 => ValueSemantics.Float16,
                _ => fallback,
            };
            if (Fits(byLogical, physical, element.TypeLength, logical.Unit))
            {
                return (byLogical, logical.Unit, kind == LogicalTypeKind.Decimal ? logical.Scale : 0);
            }
        }

        if (element.ConvertedType is { } converted)
        {
            var (byConverted, unit) = converted switch
            {
                ConvertedType.Utf8 or ConvertedType.Enum or ConvertedType.Json => (ValueSemantics.Text, TimeUnit.Millis),
                ConvertedType.Decimal => (ValueSemantics.Decimal, TimeUnit.Millis),
                ConvertedType.Date => (ValueSemantics.Date, TimeUnit.Millis),
                ConvertedType.TimeMillis => (ValueSemantics.TimeOfDay, TimeUnit.Millis),
                ConvertedType.TimeMicros => (ValueSemantics.TimeOfDay, TimeUnit.Micros),
                ConvertedType.TimestampMillis => (ValueSemantics.Timestamp, TimeUnit.Millis),
                ConvertedType.TimestampMicros => (ValueSemantics.Timestamp, TimeUnit.Micros),
                ConvertedType.UInt8 or ConvertedType.UInt16 or ConvertedType.UInt32 or ConvertedType.UInt64 => (ValueSemantics.UnsignedInteger, TimeUnit.Millis),
                ConvertedType.Int8 or ConvertedType.Int16 or ConvertedType.Int32 or ConvertedType.Int64 => (ValueSemantics.SignedInteger, TimeUnit.Millis),
                _ => (fallback, TimeUnit.Millis),
            };
            if (Fits(byConverted, physical, element.TypeLength, unit))
            {
                return (byConverted, unit, converted == ConvertedType.Decimal ? element.Scale : 0);
            }
        }

        return (fallback, TimeUnit.Millis, 0);
    }

    private static ValueSemantics SemanticsOf(PhysicalType physical) => physical switch
    {
        PhysicalType.Boolean => ValueSemantics.Boolean,
        PhysicalType.Int32 or PhysicalType.Int64 => ValueSemantics.SignedInteger,
        PhysicalType.Int96 => ValueSemantics.Int96Timestamp,
        PhysicalType.Float or PhysicalType.Double => ValueSemantics.Real,
        _ => ValueSemantics.Binary,
    };

    /// <summary>Whether an annotation is allowed on the physical type; one that is not is ignored.</summary>
    private static bool Fits(ValueSemantics semantics, PhysicalType physical, int typeLength, TimeUnit unit) => semantics switch
    {
        ValueSemantics.Text or ValueSemantics.Binary => physical is PhysicalType.ByteArray or PhysicalType.FixedLenByteArray,
        ValueSemantics.Decimal => physical is PhysicalType.Int32 or PhysicalType.Int64 or PhysicalType.ByteArray or PhysicalType.FixedLenByteArray,
        ValueSemantics.Date => physical == PhysicalType.Int32,
        ValueSemantics.TimeOfDay => (physical == PhysicalType.Int32 && unit == TimeUnit.Millis) || (physical == PhysicalType.Int64 && unit != TimeUnit.Millis),
        ValueSemantics.Timestamp => physical == PhysicalType.Int64,
        ValueSemantics.SignedInteger or ValueSemantics.UnsignedInteger => physical is PhysicalType.Int32 or PhysicalType.Int64,
        ValueSemantics.Uuid => physical == PhysicalType.FixedLenByteArray && typeLength == 16,
        ValueSemantics.Float16 => physical == PhysicalType.FixedLenByteArray && typeLength == 2,
        _ => semantics == SemanticsOf(physical),
    };

    private static string Describe(SchemaElement element, PhysicalType physical)
    {
        var text = physical switch
        {
            PhysicalType.Boolean => "BOOLEAN",
            PhysicalType.Int32 => "INT32",
            PhysicalType.Int64 => "INT64",
            PhysicalType.Int96 => "INT96",
            PhysicalType.Float => "FLOAT",
            PhysicalType.Double => "DOUBLE",
            PhysicalType.ByteArray => "BYTE_ARRAY",
            _ => "FIXED_LEN_BYTE_ARRAY(" + element.TypeLength.ToString(CultureInfo.InvariantCulture) + ")",
        };
        if (element.LogicalType is { Kind: { } kind } logical)
        {
            var annotation = kind switch
            {
                LogicalTypeKind.Decimal => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({logical.Precision},{logical.Scale})"),
                LogicalTypeKind.Timestamp or LogicalTypeKind.Time => string.Create(CultureInfo.InvariantCulture, $"{kind.ToString().ToUpperInvariant()}({logical.Unit.ToString().ToUpperInvariant()},{(logical.IsAdjustedToUtc ? "UTC" : "local")})"),
                LogicalTypeKind.Integer => string.Create(CultureInfo.InvariantCulture, $"INT({logical.BitWidth},{(logical.IsSigned ? "signed" : "unsigned")})"),
                _ => kind.ToString().ToUpperInvariant(),
            };
            return text + " " + annotation;
        }

        return element.ConvertedType is { } converted ? text + " " + NameOf(converted) : text;
    }

    private static string NameOf(ConvertedType converted) => converted switch
    {
        ConvertedType.Utf8 => "UTF8",
        ConvertedType.MapKeyValue => "MAP_KEY_VALUE",
        ConvertedType.TimeMillis => "TIME_MILLIS",
        ConvertedType.TimeMicros => "TIME_MICROS",
        ConvertedType.TimestampMillis => "TIMESTAMP_MILLIS",
        ConvertedType.TimestampMicros => "TIMESTAMP_MICROS",
        ConvertedType.UInt8 => "UINT_8",
        ConvertedType.UInt16 => "UINT_16",
        ConvertedType.UInt32 => "UINT_32",
        ConvertedType.UInt64 => "UINT_64",
        ConvertedType.Int8 => "INT_8",
        ConvertedType.Int16 => "INT_16",
        ConvertedType.Int32 => "INT_32",
        ConvertedType.Int64 => "INT_64",
        _ when Enum.IsDefined(converted) => converted.ToString().ToUpperInvariant(),
        _ => "converted type " + ((int)converted).ToString(CultureInfo.InvariantCulture),
    };
}
