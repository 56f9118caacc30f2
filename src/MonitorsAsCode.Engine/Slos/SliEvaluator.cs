using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Engine.Slos;

/// <summary>
/// Interprets a parsed, type-checked SLI expression over a snapshot's columns, a whole column per
/// node (no per-row allocation). Nulls follow SQL's three-valued logic: a comparison with a null is
/// unknown, <c>false and unknown</c> is false, <c>true or unknown</c> is true, and a row counts as
/// matching only when the expression is known to be true. Dividing by zero gives null. The
/// interpreter only reads the columns the expression names; it has no way to call code or open files.
/// </summary>
internal static class SliEvaluator
{
    /// <summary>For each row of <paramref name="table"/>, whether <paramref name="expression"/> is true.</summary>
    /// <exception cref="KeyNotFoundException">A column the expression names was not read.</exception>
    /// <exception cref="InvalidOperationException">The expression was not type-checked against the table's columns.</exception>
    public static bool[] Matches(SliExpression expression, SnapshotTable table)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(table);
        var rows = checked((int)table.RowCount);
        var result = Evaluate(expression, table, rows);
        if (result.Type != SliValueType.Boolean)
        {
            throw new InvalidOperationException("An SLI expression must be true or false for each event.");
        }

        var matches = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            matches[i] = result.Known[i] && result.Booleans[i];
        }

        return matches;
    }

    private static SliVector Evaluate(SliExpression node, SnapshotTable table, int rows) => node switch
    {
        SliNumber number => Constant(rows, number.Value),
        SliText text => Constant(rows, text.Value),
        SliBoolean boolean => Constant(rows, boolean.Value),
        SliColumn column => Read(table[column.Name], rows),
        SliNullTest test => NullTest(Evaluate(test.Operand, table, rows), test.Negated),
        SliNot not => Not(Evaluate(not.Operand, table, rows)),
        SliLogical logical => Logical(logical.Operator, Evaluate(logical.Left, table, rows), Evaluate(logical.Right, table, rows)),
        SliNegation negation => Negate(Evaluate(negation.Operand, table, rows)),
        SliArithmetic arithmetic => Arithmetic(arithmetic.Operator, Evaluate(arithmetic.Left, table, rows), Evaluate(arithmetic.Right, table, rows)),
        SliComparison comparison => Compare(comparison.Operator, Evaluate(comparison.Left, table, rows), Evaluate(comparison.Right, table, rows)),
        SliMembership membership => Membership(membership, Evaluate(membership.Value, table, rows), table, rows),
        _ => throw new InvalidOperationException("Unknown SLI expression node " + node.GetType().Name + "."),
    };

    private static SliVector Constant(int rows, double value)
    {
        var values = new double[rows];
        Array.Fill(values, value);
        return SliVector.OfNumbers(values, AllKnown(rows));
    }

    private static SliVector Constant(int rows, string value)
    {
        var values = new string?[rows];
        Array.Fill(values, value);
        return SliVector.OfTexts(values, AllKnown(rows));
    }

    private static SliVector Constant(int rows, bool value)
    {
        var values = new bool[rows];
        Array.Fill(values, value);
        return SliVector.OfBooleans(values, AllKnown(rows));
    }

    private static bool[] AllKnown(int rows)
    {
        var known = new bool[rows];
        Array.Fill(known, true);
        return known;
    }

    private static SliVector Read(Column column, int rows)
    {
        switch (column)
        {
            case DoubleColumn doubles:
                return SliVector.OfNumbers(doubles.Values, doubles.Valid);
            case Int64Column integers:
                {
                    var values = new double[rows];
                    for (var i = 0; i < rows; i++)
                    {
                        values[i] = integers.Values[i];
                    }

                    return SliVector.OfNumbers(values, integers.Valid);
                }

            case BoolColumn booleans:
                return SliVector.OfBooleans(booleans.Values, booleans.Valid);
            case StringColumn texts:
                return SliVector.OfTexts(texts.Values, texts.Valid);
            default:
                // Timestamps and dates can only be tested for null.
                return SliVector.OfTimes(column.Valid);
        }
    }

    private static SliVector NullTest(SliVector operand, bool negated)
    {
        var values = new bool[operand.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = operand.Known[i] == negated;
        }

        return SliVector.OfBooleans(values, AllKnown(values.Length));
    }

    private static SliVector Not(SliVector operand)
    {
        RequireType(operand, SliValueType.Boolean);
        var values = new bool[operand.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = !operand.Booleans[i];
        }

        return SliVector.OfBooleans(values, operand.Known);
    }

    private static SliVector Logical(SliLogicalOperator op, SliVector left, SliVector right)
    {
        RequireType(left, SliValueType.Boolean);
        RequireType(right, SliValueType.Boolean);
        var rows = left.Length;
        var values = new bool[rows];
        var known = new bool[rows];
        var isAnd = op == SliLogicalOperator.And;
        for (var i = 0; i < rows; i++)
        {
            var lk = left.Known[i];
            var rk = right.Known[i];
            var lv = left.Booleans[i];
            var rv = right.Booleans[i];

            // The dominant value (false for and, true for or) decides even when the other side is unknown.
            var dominant = !isAnd;
            if ((lk && lv == dominant) || (rk && rv == dominant))
            {
                values[i] = dominant;
                known[i] = true;
            }
            else if (lk && rk)
            {
                values[i] = !dominant;
                known[i] = true;
            }
        }

        return SliVector.OfBooleans(values, known);
    }

    private static SliVector Negate(SliVector operand)
    {
        RequireType(operand, SliValueType.Number);
        var values = new double[operand.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = -operand.Numbers[i];
        }

        return SliVector.OfNumbers(values, operand.Known);
    }

    private static SliVector Arithmetic(SliArithmeticOperator op, SliVector left, SliVector right)
    {
        RequireType(left, SliValueType.Number);
        RequireType(right, SliValueType.Number);
        var rows = left.Length;
        var values = new double[rows];
        var known = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            if (!left.Known[i] || !right.Known[i])
            {
                continue;
            }

            var a = left.Numbers[i];
            var b = right.Numbers[i];
            switch (op)
            {
                case SliArithmeticOperator.Add:
                    values[i] = a + b;
                    break;
                case SliArithmeticOperator.Subtract:
                    values[i] = a - b;
                    break;
                case SliArithmeticOperator.Multiply:
                    values[i] = a * b;
                    break;
                default:
                    if (b == 0)
                    {
                        continue;
                    }

                    values[i] = a / b;
                    break;
            }

            known[i] = true;
        }

        return SliVector.OfNumbers(values, known);
    }

    private static SliVector Compare(SliComparisonOperator op, SliVector left, SliVector right)
    {
        if (left.Type != right.Type || left.Type == SliValueType.Time)
        {
            throw new InvalidOperationException("An SLI comparison of values of different types was not type-checked.");
        }

        var rows = left.Length;
        var values = new bool[rows];
        var known = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            if (!left.Known[i] || !right.Known[i])
            {
                continue;
            }

            known[i] = true;
            int order;
            switch (left.Type)
            {
                case SliValueType.Number:
                    {
                        var a = left.Numbers[i];
                        var b = right.Numbers[i];
                        if (double.IsNaN(a) || double.IsNaN(b))
                        {
                            // NaN equals nothing and is ordered with nothing.
                            values[i] = op == SliComparisonOperator.NotEqual;
                            continue;
                        }

                        order = a.CompareTo(b);
                        break;
                    }

                case SliValueType.Text:
                    order = string.CompareOrdinal(left.Texts[i], right.Texts[i]);
                    break;
                default:
                    order = left.Booleans[i].CompareTo(right.Booleans[i]);
                    break;
            }

            values[i] = op switch
            {
                SliComparisonOperator.Equal => order == 0,
                SliComparisonOperator.NotEqual => order != 0,
                SliComparisonOperator.Less => order < 0,
                SliComparisonOperator.LessOrEqual => order <= 0,
                SliComparisonOperator.Greater => order > 0,
                _ => order >= 0,
            };
        }

        return SliVector.OfBooleans(values, known);
    }

    private static SliVector Membership(SliMembership membership, SliVector value, SnapshotTable table, int rows)
    {
        var candidates = new List<SliVector>(membership.Candidates.Count);
        foreach (var candidate in membership.Candidates)
        {
            candidates.Add(Evaluate(candidate, table, rows));
        }

        var result = value;
        SliVector? any = null;
        foreach (var candidate in candidates)
        {
            var equal = Compare(SliComparisonOperator.Equal, result, candidate);
            any = any is null ? equal : Logical(SliLogicalOperator.Or, any, equal);
        }

        var found = any ?? SliVector.OfBooleans(new bool[rows], value.Known);
        return membership.Negated ? Not(found) : found;
    }

    private static void RequireType(SliVector vector, SliValueType type)
    {
        if (vector.Type != type)
        {
            throw new InvalidOperationException($"An SLI expression node expected {type} but got {vector.Type}; the expression was not type-checked.");
        }
    }
}
