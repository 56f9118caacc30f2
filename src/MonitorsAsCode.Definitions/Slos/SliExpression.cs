using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// A node of a parsed SLI expression. Expressions are data: the engine interprets the tree over a
/// snapshot's columns, so an expression can only read the columns it names and compute with them.
/// It never runs code, calls methods or touches files. <see cref="Start"/> and <see cref="Length"/>
/// locate the node in the expression text (0-based), for messages.
/// </summary>
public abstract record SliExpression(int Start, int Length)
{
    /// <summary>The distinct column names the expression reads, in order of first appearance.</summary>
    public IReadOnlyList<string> Columns()
    {
        var names = new List<string>();
        Collect(this, names);
        return names;
    }

    private static void Collect(SliExpression node, List<string> names)
    {
        switch (node)
        {
            case SliColumn column:
                if (!names.Contains(column.Name))
                {
                    names.Add(column.Name);
                }

                break;
            case SliComparison comparison:
                Collect(comparison.Left, names);
                Collect(comparison.Right, names);
                break;
            case SliLogical logical:
                Collect(logical.Left, names);
                Collect(logical.Right, names);
                break;
            case SliArithmetic arithmetic:
                Collect(arithmetic.Left, names);
                Collect(arithmetic.Right, names);
                break;
            case SliNot not:
                Collect(not.Operand, names);
                break;
            case SliNegation negation:
                Collect(negation.Operand, names);
                break;
            case SliNullTest test:
                Collect(test.Operand, names);
                break;
            case SliMembership membership:
                Collect(membership.Value, names);
                break;
        }
    }
}
