using System.Text.Json;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>What one in-process run of the command line produced.</summary>
internal sealed record CommandOutcome(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output split into lines, without the empty remainder after the final newline.</summary>
    public IReadOnlyList<string> OutLines => SplitLines(Out);

    /// <summary>Standard error split into lines.</summary>
    public IReadOnlyList<string> ErrorLines => SplitLines(Error);

    /// <summary>Standard output parsed as JSON.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Asserts a user error: the exit code, nothing on standard output, and a message on standard
    /// error that carries no stack trace or exception type.
    /// </summary>
    public void ShouldBeUserError(int exitCode)
    {
        ExitCode.Should().Be(exitCode, "stderr was: {0}", Error);
        Out.Should().BeEmpty();
        Error.Should().NotBeNullOrWhiteSpace();
        Error.Should().NotContain("   at ", "a user error is one message, not a stack trace");
        Error.Should().NotContain("Exception");
    }

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
