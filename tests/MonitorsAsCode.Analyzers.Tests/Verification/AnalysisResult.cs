namespace MonitorsAsCode.Analyzers.Tests.Verification;

/// <summary>The MonitorsAsCode diagnostics of one analysis, and the compiler's own errors (expected only for half-typed code).</summary>
internal sealed record AnalysisResult(IReadOnlyList<string> Diagnostics, IReadOnlyList<string> CompilerErrors);
