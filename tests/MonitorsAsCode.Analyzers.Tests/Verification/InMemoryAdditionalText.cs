using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MonitorsAsCode.Analyzers.Tests.Verification;

/// <summary>A YAML file given to the compiler as an AdditionalFile, held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
