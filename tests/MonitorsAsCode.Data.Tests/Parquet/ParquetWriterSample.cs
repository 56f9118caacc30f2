using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// A small file that exercises every branch of <see cref="ParquetWriter"/>: every column kind,
/// OPTIONAL and REQUIRED columns, nulls, dictionary and PLAIN strings, NaN, ±0 and infinities,
/// non-ASCII and empty strings, pre-1970 instants, several pages and two row groups. Its bytes are
/// committed as <c>Expected/writer_sample.parquet</c> (UNCOMPRESSED) and <c>writer_sample_snappy.parquet</c>,
/// which DuckDB read into the same <c>writer_sample_expect.csv</c>.
/// </summary>
internal static class ParquetWriterSample
{
    public const int Rows = 40;

    public static readonly ParquetWriterOptions Options = new()
    {
        Compression = ParquetCompression.Uncompressed,
        RowGroupRows = 25,
        PageRows = 7,
        RequiredColumns = new HashSet<string>(StringComparer.Ordinal) { "n", "u", "dt" },
    };

    /// <summary>The same layout with SNAPPY pages: <c>Expected/writer_sample_snappy.parquet</c>, which DuckDB read into the same CSV.</summary>
    public static readonly ParquetWriterOptions SnappyOptions = Options with { Compression = ParquetCompression.Snappy };

    public static ParquetWriterOptions OptionsFor(string file) => file.Contains("snappy", StringComparison.Ordinal) ? SnappyOptions : Options;

    public static Column[] Columns()
    {
        var doubles = new double[Rows];
        var longs = new long[Rows];
        var bools = new bool[Rows];
        var strings = new string?[Rows];
        var unique = new string?[Rows];
        var micros = new long[Rows];
        var days = new int[Rows];
        var everyValid = new bool[Rows];
        var doubleValid = new bool[Rows];
        var boolValid = new bool[Rows];
        var stringValid = new bool[Rows];
        var timeValid = new bool[Rows];
        string[] words = ["alpha", "β-beta", string.Empty, "😀 emoji", "zeta"];
        for (var i = 0; i < Rows; i++)
        {
            everyValid[i] = true;
            doubleValid[i] = i % 7 != 2;
            doubles[i] = i switch
            {
                3 => double.NaN,
                5 => -0.0,
                11 => double.PositiveInfinity,
                13 => double.NegativeInfinity,
                _ => (i * 0.5) - 3.1,
            };
            longs[i] = i switch
            {
                0 => long.MinValue + 1,
                1 => long.MaxValue,
                _ => ((long)i * i * 1_000_003) - 500_000_000_000,
            };
            boolValid[i] = i % 5 != 4;
            bools[i] = i % 3 == 0;
            stringValid[i] = i % 6 != 1 && i < 30;
            strings[i] = stringValid[i] ? words[i % words.Length] : null;
            unique[i] = "id-" + (Rows - i).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            timeValid[i] = i % 4 != 3;
            micros[i] = timeValid[i] ? -1 + (i * 3_601_500_001L) - (i % 2 == 0 ? 86_400_000_000L * 20_000 : 0) : 0;
            days[i] = -800 + (i * 37);
        }

        // Nulls keep default values, as the readers leave them.
        for (var i = 0; i < Rows; i++)
        {
            doubles[i] = doubleValid[i] ? doubles[i] : 0;
            bools[i] = boolValid[i] && bools[i];
        }

        return
        [
            new DoubleColumn("d", doubles, doubleValid),
            new Int64Column("n", longs, everyValid),
            new BoolColumn("b", bools, boolValid),
            new StringColumn("s", strings, stringValid),
            new StringColumn("u", unique, everyValid),
            new TimestampColumn("t", micros, timeValid),
            new DateColumn("dt", days, everyValid),
        ];
    }
}
