using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MonitorsAsCode.Cli.Tests.Commands;

namespace MonitorsAsCode.Cli.Tests.EndToEnd;

/// <summary>
/// The real process, with its console set up by the runtime from the environment's locale, writes
/// the same bytes as the in-process run under the invariant culture.
/// </summary>
public sealed class ProcessDeterminismTests
{
    private static readonly Dictionary<string, string> GermanLocale = new(StringComparer.Ordinal)
    {
        ["LANG"] = "de_DE.UTF-8",
        ["LC_ALL"] = "de_DE.UTF-8",
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public async Task Json_from_the_process_under_a_german_locale_matches_the_invariant_in_process_run_byte_for_byte()
    {
        var expected = Utf8.GetBytes(InvariantInProcess("--format", "json").Out);

        var first = await MonitorsProcess.RunAsync(GermanLocale, "run", RepositoryCheckout.FraudScoring, "--format", "json");
        var second = await MonitorsProcess.RunAsync(GermanLocale, "run", RepositoryCheckout.FraudScoring, "--format", "json");

        first.ExitCode.Should().Be(ExitCodes.Failed, "stderr was: {0}", first.Error);
        second.ExitCode.Should().Be(ExitCodes.Failed);
        first.Error.Should().BeEmpty();
        first.Out.Should().Equal(expected);
        second.Out.Should().Equal(first.Out);
    }

    [Fact]
    public async Task Redirected_text_from_the_process_has_no_ansi_escapes_and_matches_the_in_process_run()
    {
        var expected = Utf8.GetBytes(InvariantInProcess().Out);

        var outcome = await MonitorsProcess.RunAsync(GermanLocale, "run", RepositoryCheckout.FraudScoring);

        outcome.ExitCode.Should().Be(ExitCodes.Failed, "stderr was: {0}", outcome.Error);
        outcome.Out.Should().NotContain(0x1B);
        outcome.Out.Should().Equal(expected);
    }

    [Fact]
    public async Task Unreadable_data_exits_3_with_one_message_and_no_stack_trace()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("data/current.csv", "order_id,placed_at,amount\no1,2026-01-01T09:00:00Z,ten\n");

        var outcome = await MonitorsProcess.RunAsync(GermanLocale, "run", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.DataUnreadable);
        outcome.Out.Should().BeEmpty();
        outcome.Error.Should().StartWith("error: " + folder.PathOf("data/current.csv"));
        outcome.Error.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Fact]
    public async Task JUnit_on_stdout_is_utf8_whatever_the_locales_charset()
    {
        var latin1 = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["LANG"] = "de_DE.ISO-8859-1",
            ["LC_ALL"] = "de_DE.ISO-8859-1",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
        };

        var outcome = await MonitorsProcess.RunAsync(latin1, "run", RepositoryCheckout.FraudScoring, "--format", "junit");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        outcome.Out.Should().Equal(Utf8.GetBytes(InvariantInProcess("--format", "junit").Out));
        using var reader = XmlReader.Create(new MemoryStream(outcome.Out));
        var parse = () => XDocument.Load(reader);
        parse.Should().NotThrow();
    }

    private static CommandOutcome InvariantInProcess(params string[] options)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return FraudScoringExample.RunFresh(options);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
