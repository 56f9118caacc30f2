using MathNet.Numerics;

namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The distribution of the one-sample Kolmogorov–Smirnov statistic Dₙ = supₓ |Fₙ(x) − F(x)| for a
/// sample of n values from a continuous F: the survival function P(Dₙ ≥ x) that
/// <c>scipy.stats.kstwo.sf(x, n)</c> computes, with the method Simard &amp; L'Ecuyer (2011) choose
/// for each (n, x), as scipy 1.10's <c>_kolmogn</c> does.
/// </summary>
/// <remarks>
/// Where scipy uses Pomeranz's recursion (n ≤ 140, 0.754693 &lt; n·x² ≤ 4) this uses the Durbin
/// matrix instead: both are exact, and agree to about 1e-11 relative there.
/// </remarks>
internal static class KolmogorovDistribution
{
    private const int ScalingExponent = 128;
    private static readonly double ScaleUp = Math.ScaleB(1.0, ScalingExponent);
    private static readonly double ScaleDown = Math.ScaleB(1.0, -ScalingExponent);

    // Bᵢ / (i (i − 1)) for i = 16, 14, …, 2: the Stirling series of ln n!, highest order first.
    private static readonly double[] StirlingCoefficients =
    [
        -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
        -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
    ];

    /// <summary>P(Dₙ ≥ x), clipped to [0, 1].</summary>
    public static double TwoSidedSurvival(int n, double x)
    {
        if (x >= 1.0)
        {
            return 0.0;
        }

        var t = n * x;
        if (t <= 0.5)
        {
            return 1.0;
        }

        // Ruben & Gambino: exact closed forms at both ends of the support.
        if (t <= 1.0)
        {
            return Clip(1.0 - LowerEndDistribution(n, t));
        }

        if (t >= n - 1)
        {
            return Clip(2 * Math.Pow(1.0 - x, n));
        }

        // For x ≥ 0.5 the one-sided events D⁺ ≥ x and D⁻ ≥ x exclude each other.
        if (x >= 0.5)
        {
            return Clip(2 * OneSidedSurvival(n, x));
        }

        var nxSquared = t * x;
        if (n <= 140)
        {
            return nxSquared <= 4 ? Clip(1.0 - DurbinMatrixDistribution(n, x)) : Clip(2 * OneSidedSurvival(n, x));
        }

        if (nxSquared >= 370.0)
        {
            return 0.0;
        }

        if (nxSquared >= 2.2)
        {
            return Clip(2 * OneSidedSurvival(n, x));
        }

        var distribution = n <= 100_000 && n * Math.Pow(x, 1.5) <= 1.4
            ? DurbinMatrixDistribution(n, x)
            : PelzGoodDistribution(n, x);
        return Clip(1.0 - distribution);
    }

    /// <summary>
    /// P(Dₙ⁺ ≥ x), Smirnov's one-sided statistic, by Birnbaum &amp; Tingey's exact sum
    /// x·Σⱼ₌₀^⌊n(1−x)⌋ C(n, j)·(x + j/n)^(j−1)·(1 − x − j/n)^(n−j), added in logs so that no term
    /// overflows (<c>scipy.special.smirnov(n, x)</c>).
    /// </summary>
    public static double OneSidedSurvival(int n, double x)
    {
        if (x <= 0)
        {
            return 1.0;
        }

        if (x >= 1)
        {
            return 0.0;
        }

        var last = (int)Math.Floor(n * (1.0 - x));
        var logNFactorial = SpecialFunctions.GammaLn(n + 1.0);
        var logLargest = double.NegativeInfinity;
        var scaledSum = 0.0;
        for (var j = 0; j <= last; j++)
        {
            var lower = x + ((double)j / n);
            var upper = 1.0 - lower;
            if (upper <= 0)
            {
                continue;
            }

            var logTerm = logNFactorial - SpecialFunctions.GammaLn(j + 1.0) - SpecialFunctions.GammaLn(n - j + 1.0)
                + ((j - 1) * Math.Log(lower)) + ((n - j) * Math.Log(upper));
            if (logTerm > logLargest)
            {
                scaledSum = (scaledSum * Math.Exp(logLargest - logTerm)) + 1.0;
                logLargest = logTerm;
            }
            else
            {
                scaledSum += Math.Exp(logTerm - logLargest);
            }
        }

        return scaledSum == 0 ? 0.0 : x * scaledSum * Math.Exp(logLargest);
    }

    // P(Dₙ ≤ x) = n!/nⁿ·(2t − 1)ⁿ for 1/2 ≤ t = n·x ≤ 1.
    private static double LowerEndDistribution(int n, double t)
    {
        if (n <= 140)
        {
            var product = 1.0;
            for (var i = 1; i <= n; i++)
            {
                product *= i * (1.0 / n) * ((2 * t) - 1);
            }

            return product;
        }

        return Math.Exp(LogFactorialOverPower(n) + (n * Math.Log((2 * t) - 1)));
    }

    // ln(n!/nⁿ) by Stirling's series, with n·ln n taken out up front to avoid cancellation.
    private static double LogFactorialOverPower(int n)
    {
        var reciprocal = 1.0 / n;
        var series = 0.0;
        var argument = reciprocal / n;
        foreach (var coefficient in StirlingCoefficients)
        {
            series = (series * argument) + coefficient;
        }

        return (Math.Log(n) / 2) - n + (Math.Log(2 * Math.PI) / 2) + (reciprocal * series);
    }

    /// <summary>
    /// P(Dₙ ≤ x) by Durbin's matrix algorithm as Marsaglia, Tsang &amp; Wang (2003) evaluate it: with
    /// n·x = k − h (k an integer, 0 ≤ h &lt; 1) it is n!/nⁿ times entry (k, k) of Hⁿ for an
    /// (2k − 1)-square matrix H, powered by squaring with the scale kept in a separate exponent.
    /// </summary>
    // Long on purpose: the published algorithm step by step, in the paper's order and names, so it can be checked against it.
    internal static double DurbinMatrixDistribution(int n, double x)
    {
        if (x >= 1.0)
        {
            return 1.0;
        }

        var nx = n * x;
        if (nx <= 0.5)
        {
            return 0.0;
        }

        var k = (int)Math.Ceiling(nx);
        var h = k - nx;
        var m = (2 * k) - 1;

        // v[j] = (1 − h^(j+1)) / (j+1)!, w[j] = 1 / j!; the last entry of v is corrected for h > 1/2.
        var v = new double[m];
        var w = new double[m];
        var factorial = 1.0;
        for (var j = 1; j <= m; j++)
        {
            w[j - 1] = factorial;
            factorial /= j;
            v[j - 1] = (1.0 - Math.Pow(h, j)) * factorial;
        }

        var correction = Math.Pow(Math.Max((2 * h) - 1.0, 0), m) - (2 * Math.Pow(h, m));
        v[m - 1] = (1.0 + correction) * factorial;

        var matrix = new double[m, m];
        for (var column = 1; column < m; column++)
        {
            for (var row = column - 1; row < m; row++)
            {
                matrix[row, column] = w[row - column + 1];
            }
        }

        for (var row = 0; row < m; row++)
        {
            matrix[row, 0] = v[row];
        }

        for (var column = 0; column < m; column++)
        {
            matrix[m - 1, column] = v[m - 1 - column];
        }

        var power = Identity(m);
        var powerExponent = 0;
        var matrixExponent = 0;
        for (var remaining = n; remaining > 0; remaining /= 2)
        {
            if (remaining % 2 == 1)
            {
                power = Multiply(power, matrix);
                powerExponent += matrixExponent;
            }

            matrix = Multiply(matrix, matrix);
            matrixExponent *= 2;
            if (Math.Abs(matrix[k - 1, k - 1]) > ScaleUp)
            {
                Scale(matrix, ScaleDown);
                matrixExponent += ScalingExponent;
            }
        }

        var p = power[k - 1, k - 1];
        for (var i = 1; i <= n; i++)
        {
            p = i * p / n;
            if (Math.Abs(p) < ScaleDown)
            {
                p *= ScaleUp;
                powerExponent -= ScalingExponent;
            }
        }

        return Clip(Math.ScaleB(p, powerExponent));
    }

    /// <summary>
    /// P(Dₙ ≤ x) by Pelz &amp; Good's (1976) approximation: Li-Chien's and Korolyuk's expansion
    /// K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^1.5 in z = x·√n, its terms rewritten with Jacobi's theta
    /// functions so that they converge fast for small z.
    /// </summary>
    internal static double PelzGoodDistribution(int n, double x)
    {
        if (x <= 0.0)
        {
            return 0.0;
        }

        if (x >= 1.0)
        {
            return 1.0;
        }

        var z = Math.Sqrt(n) * x;
        var z2 = z * z;
        var z3 = z2 * z;
        var z4 = z2 * z2;
        var z6 = z4 * z2;
        var pi2 = Math.PI * Math.PI;
        var pi4 = pi2 * pi2;
        var pi6 = pi4 * pi2;

        var logQ = -pi2 / 8 / z2;
        if (logQ < -708)
        {
            return 0.0;
        }

        var q = Math.Exp(logQ);

        var k1a = -z2;
        var k1b = pi2 / 4;
        var k2a = (6 * z6) + (2 * z4);
        var k2b = ((2 * z4) - (5 * z2)) * pi2 / 4;
        var k2c = pi4 * (1 - (2 * z2)) / 16;
        var k3d = pi6 * (5 - (30 * z2)) / 64;
        var k3c = pi4 * ((-60 * z2) + (212 * z4)) / 16;
        var k3b = pi2 * ((135 * z4) - (96 * z6)) / 4;
        var k3a = (-30 * z6) - (90 * Math.Pow(z, 8));

        // Horner's scheme over the odd integers m = 2k − 1 of Σ c(m)·q^(m²).
        double k0 = 0, kOne = 0, kTwo = 0, kThree = 0;
        var maxK = (int)Math.Ceiling(16 * z / Math.PI);
        for (var k = maxK; k > 0; k--)
        {
            double m = (2 * k) - 1;
            var m2 = m * m;
            var m4 = m2 * m2;
            var m6 = m4 * m2;
            var qPower = Math.Pow(q, 8 * k);
            k0 = (k0 * qPower) + 1.0;
            kOne = (kOne * qPower) + (k1a + (k1b * m2));
            kTwo = (kTwo * qPower) + (k2a + (k2b * m2) + (k2c * m4));
            kThree = (kThree * qPower) + (k3a + (k3b * m2) + (k3c * m4) + (k3d * m6));
        }

        var sqrt2Pi = Math.Sqrt(2 * Math.PI);
        k0 = k0 * q * sqrt2Pi / z;
        kOne = kOne * q * sqrt2Pi / (6 * z4);
        kTwo = kTwo * q * sqrt2Pi / (72 * Math.Pow(z, 7));
        kThree = kThree * q * sqrt2Pi / (6480 * Math.Pow(z, 10));

        // The terms over all integers k: π²k²·q^(k²) in K₂, (3π²k²z² − π⁴k⁴)·q^(k²) in K₃.
        var qAll = Math.Exp(-pi2 / 2 / z2);
        var sqrt3z = Math.Sqrt(3) * z;
        var k2Extra = 0.0;
        var k3Extra = 0.0;
        for (var k = maxK; k > 0; k--)
        {
            double kSquared = (double)k * k;
            var qPower = Math.Pow(qAll, kSquared);
            var kPi = Math.PI * k;
            k2Extra += kSquared * qPower;
            k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * kSquared * qPower;
        }

        kTwo += k2Extra * pi2 * sqrt2Pi / (-36 * z3);
        kThree += k3Extra * pi2 * sqrt2Pi / (216 * z6);

        return k0 + (kOne / Math.Sqrt(n)) + (kTwo / n) + (kThree / Math.Pow(n, 1.5));
    }

    private static double Clip(double p) => Math.Clamp(p, 0.0, 1.0);

    private static double[,] Identity(int size)
    {
        var identity = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            identity[i, i] = 1.0;
        }

        return identity;
    }

    private static double[,] Multiply(double[,] left, double[,] right)
    {
        var size = left.GetLength(0);
        var product = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            for (var l = 0; l < size; l++)
            {
                var factor = left[i, l];
                if (factor == 0)
                {
                    continue;
                }

                for (var j = 0; j < size; j++)
                {
                    product[i, j] += factor * right[l, j];
                }
            }
        }

        return product;
    }

    private static void Scale(double[,] matrix, double factor)
    {
        var size = matrix.GetLength(0);
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                matrix[i, j] *= factor;
            }
        }
    }
}
