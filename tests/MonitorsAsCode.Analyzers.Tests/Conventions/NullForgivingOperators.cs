using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MonitorsAsCode.Analyzers.Tests.Conventions;

/// <summary>
/// Finds the null-forgiving operators (<c>value!</c>, not the logical not) in C# source that carry no reason: no
/// <c>//</c> comment on the operator's line or on the line before it. The source is parsed once for each target
/// the projects build for, so an operator inside <c>#if NET</c> or <c>#if NETSTANDARD2_0</c> is found either way.
/// </summary>
internal static class NullForgivingOperators
{
    private static readonly string[][] TargetSymbols = [["NET", "NET10_0", "NET10_0_OR_GREATER"], ["NETSTANDARD", "NETSTANDARD2_0"]];

    /// <summary>Every null-forgiving operator of the source, as its 1-based line.</summary>
    public static IReadOnlyList<int> All(string source) => Find(source, explainedToo: true);

    /// <summary>The 1-based lines of the null-forgiving operators that have no comment on their line or the line before.</summary>
    public static IReadOnlyList<int> Unexplained(string source) => Find(source, explainedToo: false);

    private static List<int> Find(string source, bool explainedToo)
    {
        var lines = new SortedSet<int>();
        foreach (var symbols in TargetSymbols)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: symbols));
            var root = tree.GetRoot();
            var commentLines = root.DescendantTrivia(descendIntoTrivia: true)
                .Where(trivia => trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.ToString().TrimStart('/').Trim().Length > 0)
                .Select(trivia => trivia.GetLocation().GetLineSpan().StartLinePosition.Line)
                .ToHashSet();
            foreach (var suppression in root.DescendantNodes().OfType<PostfixUnaryExpressionSyntax>().Where(node => node.IsKind(SyntaxKind.SuppressNullableWarningExpression)))
            {
                var line = suppression.OperatorToken.GetLocation().GetLineSpan().StartLinePosition.Line;
                if (explainedToo || (!commentLines.Contains(line) && !commentLines.Contains(line - 1)))
                {
                    lines.Add(line + 1);
                }
            }
        }

        return [.. lines];
    }
}
