namespace MonitorsAsCode.Data.Parquet;

/// <summary>The kinds of page in a column chunk.</summary>
internal enum PageType
{
    DataPage = 0,
    IndexPage = 1,
    DictionaryPage = 2,
    DataPageV2 = 3,
}
