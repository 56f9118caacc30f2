using System.Globalization;
using System.Numerics;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Converts Parquet DECIMAL values (an unscaled integer and a scale: value = unscaled × 10^-scale)
/// to the nearest double.
/// </summary>
internal static class DecimalConversion
{
    private const long ExactIntegerLimit = 1L << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static double ToDouble(long unscaled, int scale)
    {
        // Both operands are exact doubles here, and IEEE division rounds correctly.
        if (unscaled is > -ExactIntegerLimit and < ExactIntegerLimit && scale < PowersOfTen.Length)
        {
            return unscaled / PowersOfTen[scale];
        }

        return Parse(unscaled.ToString(CultureInfo.InvariantCulture), scale);
    }

    /// <summary>A big-endian two's complement unscaled value, as DECIMAL stores it in byte arrays.</summary>
    public static double FromBigEndian(ReadOnlySpan<byte> bytes, int scale)
    {
        if (bytes.Length == 0)
        {
            return 0;
        }

        if (bytes.Length <= 8)
        {
            long value = (sbyte)bytes[0];
            for (var i = 1; i < bytes.Length; i++)
            {
                value = (value << 8) | bytes[i];
            }

            return ToDouble(value, scale);
        }

        var big = new BigInteger(bytes, isUnsigned: false, isBigEndian: true);
        return Parse(big.ToString(CultureInfo.InvariantCulture), scale);
    }

    private static double Parse(string digits, int scale)
    {
        // Writing the decimal out and parsing it gives the correctly rounded double.
        return double.Parse(digits + "e-" + scale.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
