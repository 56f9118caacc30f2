namespace MonitorsAsCode.ExampleData.Sampling;

/// <summary>
/// A categorical distribution over fixed values. Weights need not sum to one; a draw compares one
/// uniform number with the cumulative weights, so it is exact and the same on every platform.
/// </summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public WeightedChoice(params (T Value, double Weight)[] entries)
    {
        _values = new T[entries.Length];
        _cumulative = new double[entries.Length];
        var total = 0.0;
        for (var i = 0; i < entries.Length; i++)
        {
            total += entries[i].Weight;
            _values[i] = entries[i].Value;
            _cumulative[i] = total;
        }

        for (var i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public T Draw(Xoshiro256StarStar random)
    {
        var u = random.NextDouble();
        for (var i = 0; i < _cumulative.Length - 1; i++)
        {
            if (u < _cumulative[i])
            {
                return _values[i];
            }
        }

        return _values[^1];
    }
}
