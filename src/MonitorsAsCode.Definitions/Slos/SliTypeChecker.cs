using System;
using System.Collections.Generic;
using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// Checks a parsed SLI expression against a dataset's declared columns: every column exists, every
/// operator gets values it applies to, and the whole expression is true or false for each event.
/// </summary>
internal static class SliTypeChecker
{
    /// <summary>
    /// Every problem of <paramref name="expression"/> (parsed from <paramref name="text"/>), in text
    /// order. <paramref name="columnType"/> gives a declared column's type, or null when the dataset
    /// does not declare it.
    /// </summary>
    public static IReadOnlyList<SliExpressionError> Check(string text, SliExpression expression, Func<string, ColumnType?> columnType)
    {
        var errors = new List<SliExpressionError>();
        var type = Infer(text, expression, columnType, errors);
        if (errors.Count == 0 && type is { } result && result != SliValueType.Boolean)
        {
            errors.Add(new SliExpressionError($"the expression must be true or false for each event, but '{Snippet(text, expression)}' is {Article(result)}; compare it, for example {Snippet(text, expression)} > 0", expression.Start));
        }

        errors.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return errors;
    }

    /// <summary>The type of a column type in expressions.</summary>
    public static SliValueType Of(ColumnType type) => type switch
    {
        ColumnType.Double or ColumnType.Int64 => SliValueType.Number,
        ColumnType.Bool => SliValueType.Boolean,
        ColumnType.String => SliValueType.Text,
        _ => SliValueType.Time,
    };

    /// <summary>The node's type, or null when it could not be inferred (already reported).</summary>
    // Long on purpose: one switch over the kinds of node, so the typing rules of the language stand side by side.
    private static SliValueType? Infer(string text, SliExpression node, Func<string, ColumnType?> columnType, List<SliExpressionError> errors)
    {
        switch (node)
        {
            case SliNumber:
                return SliValueType.Number;
            case SliText:
                return SliValueType.Text;
            case SliBoolean:
                return SliValueType.Boolean;
            case SliColumn column:
                {
                    if (columnType(column.Name) is { } declared)
                    {
                        return Of(declared);
                    }

                    errors.Add(new SliExpressionError($"unknown column '{column.Name}'", column.Start) { UnknownColumn = column.Name });
                    return null;
                }

            case SliNullTest test:
                Infer(text, test.Operand, columnType, errors);
                return SliValueType.Boolean;
            case SliNot not:
                RequireBoolean(text, "not", not.Operand, Infer(text, not.Operand, columnType, errors), errors);
                return SliValueType.Boolean;
            case SliLogical logical:
                {
                    var word = logical.Operator == SliLogicalOperator.And ? "and" : "or";
                    RequireBoolean(text, word, logical.Left, Infer(text, logical.Left, columnType, errors), errors);
                    RequireBoolean(text, word, logical.Right, Infer(text, logical.Right, columnType, errors), errors);
                    return SliValueType.Boolean;
                }

            case SliNegation negation:
                RequireNumber(text, "-", negation.Operand, Infer(text, negation.Operand, columnType, errors), errors);
                return SliValueType.Number;
            case SliArithmetic arithmetic:
                {
                    var symbol = arithmetic.Operator switch
                    {
                        SliArithmeticOperator.Add => "+",
                        SliArithmeticOperator.Subtract => "-",
                        SliArithmeticOperator.Multiply => "*",
                        _ => "/",
                    };
                    RequireNumber(text, symbol, arithmetic.Left, Infer(text, arithmetic.Left, columnType, errors), errors);
                    RequireNumber(text, symbol, arithmetic.Right, Infer(text, arithmetic.Right, columnType, errors), errors);
                    return SliValueType.Number;
                }

            case SliComparison comparison:
                CheckComparison(text, comparison, columnType, errors);
                return SliValueType.Boolean;
            case SliMembership membership:
                {
                    var valueType = Infer(text, membership.Value, columnType, errors);
                    if (valueType is SliValueType.Time)
                    {
                        errors.Add(TimeError(text, membership.Value));
                        return SliValueType.Boolean;
                    }

                    if (valueType is not { } expected)
                    {
                        return SliValueType.Boolean;
                    }

                    foreach (var candidate in membership.Candidates)
                    {
                        var candidateType = Infer(text, candidate, columnType, errors);
                        if (candidateType is { } found && found != expected)
                        {
                            errors.Add(new SliExpressionError($"'{Snippet(text, membership.Value)}' is {Article(expected)}, so it cannot be in a list holding {Article(found)} ({Snippet(text, candidate)})", candidate.Start));
                        }
                    }

                    return SliValueType.Boolean;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown SLI expression node.");
        }
    }

    private static void CheckComparison(string text, SliComparison comparison, Func<string, ColumnType?> columnType, List<SliExpressionError> errors)
    {
        var left = Infer(text, comparison.Left, columnType, errors);
        var right = Infer(text, comparison.Right, columnType, errors);
        if (left is SliValueType.Time)
        {
            errors.Add(TimeError(text, comparison.Left));
            return;
        }

        if (right is SliValueType.Time)
        {
            errors.Add(TimeError(text, comparison.Right));
            return;
        }

        if (left is not { } l || right is not { } r)
        {
            return;
        }

        if (l != r)
        {
            errors.Add(new SliExpressionError($"cannot compare {Quoted(text, comparison.Left)} ({Article(l)}) with {Quoted(text, comparison.Right)} ({Article(r)})", comparison.Right.Start));
            return;
        }

        var ordering = comparison.Operator is SliComparisonOperator.Less or SliComparisonOperator.LessOrEqual or SliComparisonOperator.Greater or SliComparisonOperator.GreaterOrEqual;
        if (ordering && l != SliValueType.Number)
        {
            errors.Add(new SliExpressionError($"'{Snippet(text, comparison.Left)}' is {Article(l)}: only numbers are ordered with < <= > >=; use == or != (or in)", comparison.Left.Start));
        }
    }

    private static void RequireBoolean(string text, string word, SliExpression operand, SliValueType? type, List<SliExpressionError> errors)
    {
        if (type is { } found && found != SliValueType.Boolean)
        {
            errors.Add(new SliExpressionError($"'{word}' takes conditions, and '{Snippet(text, operand)}' is {Article(found)}; compare it, for example {Snippet(text, operand)} > 0", operand.Start));
        }
    }

    private static void RequireNumber(string text, string symbol, SliExpression operand, SliValueType? type, List<SliExpressionError> errors)
    {
        if (type is { } found && found != SliValueType.Number)
        {
            errors.Add(new SliExpressionError($"'{symbol}' takes numbers, and '{Snippet(text, operand)}' is {Article(found)}", operand.Start));
        }
    }

    private static SliExpressionError TimeError(string text, SliExpression operand) =>
        new($"'{Snippet(text, operand)}' is a timestamp or date: SLI expressions compare numbers, text and true/false values, and test any column with 'is null'", operand.Start);

    private static string Article(SliValueType type) => type switch
    {
        SliValueType.Number => "a number",
        SliValueType.Text => "text",
        SliValueType.Boolean => "true/false",
        _ => "a time",
    };

    /// <summary>The node's text in quotes, unless it is a text literal that brings its own.</summary>
    private static string Quoted(string text, SliExpression node) => node is SliText ? Snippet(text, node) : "'" + Snippet(text, node) + "'";

    private static string Snippet(string text, SliExpression node)
    {
        var start = Math.Max(0, Math.Min(node.Start, text.Length));
        var length = Math.Max(0, Math.Min(node.Length, text.Length - start));
        return text.Substring(start, length);
    }
}
