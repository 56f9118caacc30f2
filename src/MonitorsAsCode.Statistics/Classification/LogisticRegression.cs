namespace MonitorsAsCode.Statistics.Classification;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method: minimises
/// Σᵢ log(1 + exp(−sᵢ·(b + xᵢ·w))) + (λ/2)·‖w‖² over the intercept b and weights w, with sᵢ = ±1 the class.
/// Small and dependency-free: the domain classifier fits a few dozen standardised features on a few thousand rows.
/// </summary>
public sealed class LogisticRegression
{
    private const int MaxIterations = 50;
    private const double Tolerance = 1e-10;

    private LogisticRegression(double intercept, double[] weights)
    {
        Intercept = intercept;
        Weights = weights;
    }

    /// <summary>b.</summary>
    public double Intercept { get; }

    /// <summary>w, one per feature.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>Fits rows <paramref name="features"/> (each of the same length) to <paramref name="positive"/>.</summary>
    public static LogisticRegression Fit(IReadOnlyList<double[]> features, IReadOnlyList<bool> positive, double l2)
    {
        var n = features.Count;
        var p = n == 0 ? 0 : features[0].Length;
        var size = p + 1;
        var beta = new double[size];
        var gradient = new double[size];
        var hessian = new double[size, size];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            Array.Clear(gradient);
            Array.Clear(hessian);
            for (var i = 0; i < n; i++)
            {
                var x = features[i];
                var margin = beta[0];
                for (var j = 0; j < p; j++)
                {
                    margin += beta[j + 1] * x[j];
                }

                var probability = 1 / (1 + Math.Exp(-margin));
                var residual = probability - (positive[i] ? 1 : 0);
                var weight = probability * (1 - probability);
                for (var a = 0; a < size; a++)
                {
                    var xa = a == 0 ? 1 : x[a - 1];
                    gradient[a] += residual * xa;
                    for (var b = 0; b <= a; b++)
                    {
                        hessian[a, b] += weight * xa * (b == 0 ? 1 : x[b - 1]);
                    }
                }
            }

            for (var a = 1; a < size; a++)
            {
                gradient[a] += l2 * beta[a];
                hessian[a, a] += l2;
            }

            var step = SolveSymmetric(hessian, gradient);
            var largest = 0.0;
            for (var a = 0; a < size; a++)
            {
                beta[a] -= step[a];
                largest = Math.Max(largest, Math.Abs(step[a]));
            }

            if (largest < Tolerance)
            {
                break;
            }
        }

        return new LogisticRegression(beta[0], beta[1..]);
    }

    /// <summary>The probability of the positive class for <paramref name="x"/>.</summary>
    public double Probability(ReadOnlySpan<double> x)
    {
        var margin = Intercept;
        for (var j = 0; j < x.Length; j++)
        {
            margin += Weights[j] * x[j];
        }

        return 1 / (1 + Math.Exp(-margin));
    }

    // Cholesky of the lower triangle (the Hessian is positive definite once λ > 0 and some rows vary), then two
    // triangular solves; a tiny ridge keeps a singular intercept block solvable.
    private static double[] SolveSymmetric(double[,] matrix, double[] vector)
    {
        var size = vector.Length;
        var lower = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                lower[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / lower[j, j];
            }
        }

        var y = new double[size];
        for (var i = 0; i < size; i++)
        {
            var sum = vector[i];
            for (var k = 0; k < i; k++)
            {
                sum -= lower[i, k] * y[k];
            }

            y[i] = sum / lower[i, i];
        }

        var x = new double[size];
        for (var i = size - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < size; k++)
            {
                sum -= lower[k, i] * x[k];
            }

            x[i] = sum / lower[i, i];
        }

        return x;
    }
}
