using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MonitorsAsCode.Analyzers.CodeFixes;
using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.CodeFixes;

public sealed class SwapReversedThresholdsCodeFixTests
{
    [Fact]
    public void Reversed_limits_are_swapped()
    {
        var fixedSource = Fix(WithBody("""
            m.Drift("amount-drift", data, "amount").Warn(0.25).Fail(0.1).Owner("risk-ml");
            """));

        fixedSource.Should().Be(WithBody("""
            m.Drift("amount-drift", data, "amount").Warn(0.1).Fail(0.25).Owner("risk-ml");
            """));
    }

    [Fact]
    public void Reversed_bands_are_swapped_whole_across_lines()
    {
        var fixedSource = Fix(WithBody("""
            m.Volume("row-count", data)
                .Warn(below: 0.5, above: 2)
                .Fail(below: 0.8, above: 1.25);
            """));

        fixedSource.Should().Be(WithBody("""
            m.Volume("row-count", data)
                .Warn(below: 0.8, above: 1.25)
                .Fail(below: 0.5, above: 2);
            """));
    }

    [Fact]
    public void Reversed_p_value_lower_limits_are_swapped()
    {
        var fixedSource = Fix(WithBody("""
            m.Drift("amount-ks", data, "amount", DriftMethod.KolmogorovSmirnov).WarnBelow(0.01).FailBelow(0.05);
            """));

        fixedSource.Should().Be(WithBody("""
            m.Drift("amount-ks", data, "amount", DriftMethod.KolmogorovSmirnov).WarnBelow(0.05).FailBelow(0.01);
            """));
    }

    [Fact]
    public void The_fixed_source_has_no_reversed_thresholds()
    {
        var fixedSource = Fix(WithBody("""
            m.Freshness("fresh", data, "event_time").Warn(TimeSpan.FromDays(2)).Fail(TimeSpan.FromHours(36));
            """));

        DefinitionAnalysis.Diagnose(fixedSource).Should().BeEmpty();
    }

    [Fact]
    public void Equal_limits_have_no_fix()
    {
        var source = WithBody("""
            m.Drift("amount-drift", data, "amount").Warn(0.2).Fail(0.2);
            """);

        Fix(source).Should().Be(source);
    }

    /// <summary>Applies the first fix offered for the first MAC0009 of <paramref name="source"/>, or returns it unchanged when none is offered.</summary>
    private static string Fix(string source)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Monitors", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .WithMetadataReferences(DefinitionAnalysis.References);
        var document = project.AddDocument(DefinitionAnalysis.SourceFile, SourceText.From(source));
        var compilation = document.Project.GetCompilationAsync().GetAwaiter().GetResult()!; // a C# project always has a compilation
        var diagnostic = compilation.WithAnalyzers([new ThresholdsReversedAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Should().ContainSingle(d => d.Id == "MAC0009").Which;

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        new SwapReversedThresholdsCodeFix().RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
        if (actions.Count == 0)
        {
            return source;
        }

        var operations = actions[0].GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return changed.GetDocument(document.Id)!.GetTextAsync().GetAwaiter().GetResult().ToString(); // the fix changes this document, it never removes it
    }
}
