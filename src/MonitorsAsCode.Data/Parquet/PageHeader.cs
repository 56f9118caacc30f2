using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// The header in front of every page of a column chunk. <see cref="Crc"/>, when present, is the
/// CRC-32 of the page's bytes as stored (after compression).
/// </summary>
internal sealed record PageHeader(
    PageType Type,
    int UncompressedPageSize,
    int CompressedPageSize,
    int? Crc,
    DataPageHeader? DataPage,
    DictionaryPageHeader? DictionaryPage,
    DataPageHeaderV2? DataPageV2)
{
    public static PageHeader Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        int? type = null, uncompressed = null, compressed = null, crc = null;
        DataPageHeader? data = null;
        DictionaryPageHeader? dictionary = null;
        DataPageHeaderV2? dataV2 = null;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var fieldType))
        {
            switch (id)
            {
                case 1 when fieldType == ThriftType.I32:
                    type = reader.ReadI32();
                    break;
                case 2 when fieldType == ThriftType.I32:
                    uncompressed = reader.ReadI32();
                    break;
                case 3 when fieldType == ThriftType.I32:
                    compressed = reader.ReadI32();
                    break;
                case 4 when fieldType == ThriftType.I32:
                    crc = reader.ReadI32();
                    break;
                case 5 when fieldType == ThriftType.Struct:
                    data = DataPageHeader.Read(ref reader);
                    break;
                case 7 when fieldType == ThriftType.Struct:
                    dictionary = DictionaryPageHeader.Read(ref reader);
                    break;
                case 8 when fieldType == ThriftType.Struct:
                    dataV2 = DataPageHeaderV2.Read(ref reader);
                    break;
                default:
                    reader.SkipField(fieldType);
                    break;
            }
        }

        reader.EndStruct();
        if (type is null || uncompressed is null || compressed is null)
        {
            throw new ParquetFormatException("a page header lacks its type or sizes");
        }

        if (uncompressed < 0 || compressed < 0)
        {
            throw new ParquetFormatException("a page header has a negative size");
        }

        return new PageHeader((PageType)type.Value, uncompressed.Value, compressed.Value, crc, data, dictionary, dataV2);
    }
}
