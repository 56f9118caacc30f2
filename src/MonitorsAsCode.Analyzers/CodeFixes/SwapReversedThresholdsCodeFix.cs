using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.CodeFixes;

/// <summary>
/// Fixes MAC0009 in C# by swapping the arguments of <c>.Warn(...)</c> and <c>.Fail(...)</c> in the same
/// chain: <c>.Warn(0.25).Fail(0.1)</c> becomes <c>.Warn(0.1).Fail(0.25)</c>, bands included, and likewise
/// <c>.WarnBelow(...)</c> and <c>.FailBelow(...)</c> of a p-value.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(SwapReversedThresholdsCodeFix))]
[Shared]
public sealed class SwapReversedThresholdsCodeFix : CodeFixProvider
{
    private const string Title = "Swap the warn and fail thresholds";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.ThresholdsReversed);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            // Equal limits have nothing to swap; the message then does not advise it.
            if (!diagnostic.Location.IsInSource || !diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).EndsWith("swap them", System.StringComparison.Ordinal))
            {
                continue;
            }

            if (FindPair(root, diagnostic.Location.SourceSpan) is not { } pair)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => Swap(context.Document, pair.Warn, pair.Fail, cancellationToken), equivalenceKey: Title),
                diagnostic);
        }
    }

    /// <summary>The <c>Warn(...)</c> call at <paramref name="span"/> and the <c>Fail(...)</c> call of the same chain.</summary>
    private static (InvocationExpressionSyntax Warn, InvocationExpressionSyntax Fail)? FindPair(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var warn = node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(call => NameOf(call) is "Warn" or "WarnBelow");
        if (warn is null)
        {
            return null;
        }

        // Warn pairs with Fail, WarnBelow (a p-value's lower limit) with FailBelow.
        var failName = NameOf(warn) == "Warn" ? "Fail" : "FailBelow";

        // The chain is the outermost expression that has the Warn call inside it.
        SyntaxNode chain = warn;
        while (chain.Parent is MemberAccessExpressionSyntax or InvocationExpressionSyntax)
        {
            chain = chain.Parent;
        }

        var fail = chain.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().LastOrDefault(call => NameOf(call) == failName);
        return fail is null ? null : (warn, fail);
    }

    private static string? NameOf(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : null;

    private static async Task<Document> Swap(Document document, InvocationExpressionSyntax warn, InvocationExpressionSyntax fail, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var warnArguments = warn.ArgumentList;
        var failArguments = fail.ArgumentList;
        var swapped = root.ReplaceNodes(
            new SyntaxNode[] { warnArguments, failArguments },
            (original, _) => original == warnArguments
                ? failArguments.WithTriviaFrom(warnArguments)
                : warnArguments.WithTriviaFrom(failArguments));
        return document.WithSyntaxRoot(swapped);
    }
}
