using System.Xml.Linq;

namespace MonitorsAsCode.Xunit.Tests.EndToEnd;

/// <summary>One test's result in a Visual Studio TRX file: its name, outcome, failure or skip message and output.</summary>
public sealed record TrxResult(string TestName, string Outcome, string Message, string StdOut)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Every <c>UnitTestResult</c> of the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<TrxResult> Read(string path)
    {
        var document = XDocument.Load(path);
        return
        [
            .. document.Descendants(Trx + "UnitTestResult").Select(result => new TrxResult(
                (string?)result.Attribute("testName") ?? string.Empty,
                (string?)result.Attribute("outcome") ?? string.Empty,
                (string?)result.Element(Trx + "Output")?.Element(Trx + "ErrorInfo")?.Element(Trx + "Message") ?? string.Empty,
                (string?)result.Element(Trx + "Output")?.Element(Trx + "StdOut") ?? string.Empty)),
        ];
    }
}
