using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Cli.Scaffolding;

/// <summary>
/// The small churn-scoring snapshots a scaffold starts with: 40 reference rows and 40 current rows made by
/// fixed formulas (no randomness), so every scaffold holds the same bytes. The current week is drawn like the
/// reference one, so every example monitor passes until the team points the dataset at its own data.
/// </summary>
internal static class ExampleSnapshot
{
    /// <summary>Rows in each snapshot.</summary>
    public const int Rows = 40;

    private const string Header = "customer_id,event_time,plan,monthly_spend,tenure_months,churn_score";

    private static readonly string[] Plans = ["basic", "plus", "pro"];

    /// <summary>The reference snapshot: the week the model was validated on.</summary>
    public static string Reference() => Write(
        new DateTimeOffset(2026, 10, 5, 0, 0, 0, TimeSpan.Zero),
        i => $"c-{1000 + i}",
        i => Plans[((i * 5) + (i / 3)) % 3],
        i => 19.5 + (2.5 * ((i * 17) % Rows)),
        i => 1 + ((i * 11) % 48),
        i => ((i * 37) % 100) / 100.0);

    /// <summary>The current snapshot: this week's rows.</summary>
    public static string Current() => Write(
        new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero),
        i => $"c-{2000 + i}",
        i => Plans[((i * 2) + (i / 5)) % 3],
        i => 20.0 + (2.5 * ((i * 23) % Rows)),
        i => 1 + ((i * 13) % 48),
        i => (((i * 41) + 3) % 100) / 100.0);

    private static string Write(DateTimeOffset start, Func<int, string> id, Func<int, string> plan, Func<int, double> spend, Func<int, int> tenure, Func<int, double> score)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < Rows; i++)
        {
            var time = start.AddHours(i * 4).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{id(i)},{time},{plan(i)},{spend(i):0.00},{tenure(i)},{score(i):0.00}\n");
        }

        return text.ToString();
    }
}
