using System.Globalization;
using MonitorsAsCode.ExampleData.Sampling;

namespace MonitorsAsCode.ExampleData.FraudScoring;

/// <summary>
/// Draws healthy scored authorisations for one window. The reference and the current snapshot both
/// come from here, with their own seeds, so any difference between them beyond sampling noise is
/// one that <see cref="CurrentWeekIncidents"/> put there on purpose.
/// </summary>
internal static class TransactionSampler
{
    private const double MinutesPerDay = 24 * 60;

    private static readonly WeightedChoice<string> Countries = new(
        ("US", 0.30), ("GB", 0.15), ("DE", 0.10), ("FR", 0.10), ("BR", 0.10), ("IN", 0.10), ("ES", 0.08), ("NL", 0.07));

    private static readonly WeightedChoice<string> MerchantCategories = new(
        ("grocery", 0.22), ("restaurants", 0.16), ("fuel", 0.11), ("fashion", 0.10), ("digital_goods", 0.10),
        ("electronics", 0.09), ("travel", 0.07), ("health", 0.06), ("entertainment", 0.05), ("gambling", 0.04));

    private static readonly WeightedChoice<string> PaymentMethods = new(
        ("card_present", 0.35), ("card_not_present", 0.45), ("wallet", 0.15), ("bank_transfer", 0.05));

    private static readonly WeightedChoice<string> DevicesAtTerminal = new(("pos", 1.0));
    private static readonly WeightedChoice<string> DevicesOnline = new(("mobile", 0.55), ("desktop", 0.35), ("tablet", 0.10));
    private static readonly WeightedChoice<string> DevicesForWallet = new(("mobile", 0.80), ("pos", 0.15), ("tablet", 0.05));
    private static readonly WeightedChoice<string> DevicesForBankTransfer = new(("desktop", 0.60), ("mobile", 0.35), ("tablet", 0.05));

    // Authorisations by the cardholder's local hour: quiet at night, peaks at lunch and in the evening.
    private static readonly WeightedChoice<int> LegitimateHours = Hours(
        [1.5, 1.0, 0.7, 0.5, 0.5, 0.8, 1.5, 2.5, 3.5, 4.0, 4.5, 5.0, 5.5, 5.0, 4.5, 4.5, 4.8, 5.2, 5.6, 5.5, 5.0, 4.0, 3.0, 2.2]);

    // Fraud is flatter over the day and heavier in the small hours, when cardholders are asleep.
    private static readonly WeightedChoice<int> FraudulentHours = Hours(
        [4.0, 4.0, 3.5, 3.0, 3.0, 2.5, 2.0, 2.5, 3.0, 3.5, 3.5, 4.0, 4.0, 4.0, 3.5, 3.5, 3.5, 4.0, 4.0, 4.5, 4.5, 4.5, 4.5, 4.0]);

    public static List<FraudTransaction> Draw(Xoshiro256StarStar random, SnapshotWindow window, int count, WeightedChoice<string> modelVersions)
    {
        var drawn = new List<(FraudTransaction Transaction, int Order)>(count);
        for (var i = 0; i < count; i++)
        {
            drawn.Add((DrawOne(random, window, modelVersions), i));
        }

        // Snapshots are written in event order, and ids are handed out in that order, as an
        // authorisation system would.
        drawn.Sort((a, b) =>
        {
            var byTime = a.Transaction.EventTime.CompareTo(b.Transaction.EventTime);
            return byTime != 0 ? byTime : a.Order.CompareTo(b.Order);
        });

        var transactions = new List<FraudTransaction>(count);
        for (var i = 0; i < drawn.Count; i++)
        {
            var id = "tx-" + (window.FirstTransactionNumber + i).ToString("D6", CultureInfo.InvariantCulture);
            transactions.Add(drawn[i].Transaction with { TransactionId = id });
        }

        return transactions;
    }

    private static FraudTransaction DrawOne(Xoshiro256StarStar random, SnapshotWindow window, WeightedChoice<string> modelVersions)
    {
        var country = Countries.Draw(random);
        var category = MerchantCategories.Draw(random);
        var paymentMethod = PaymentMethods.Draw(random);
        var deviceType = DevicesFor(paymentMethod).Draw(random);

        var categoryRisk = CategoryFraudRate(category);
        var paymentRisk = PaymentFraudMultiplier(paymentMethod);
        var isFraud = random.NextBool(categoryRisk * paymentRisk);

        var hour = (isFraud ? FraudulentHours : LegitimateHours).Draw(random);
        var day = random.NextInt(window.Days);
        var minute = random.NextInt(60);
        var second = random.NextInt(60);
        var eventTime = ToUtcInWindow(window, day, hour, minute, second, country);

        var (median, sigma) = AmountShape(category);
        var amount = random.NextLogNormal(median, sigma);
        if (isFraud)
        {
            amount *= random.NextLogNormal(2.2, 0.5);
        }

        amount = Math.Clamp(amount, 0.5, 25_000);

        var accountAge = isFraud ? random.NextLogNormal(45, 1.4) : random.NextLogNormal(1100, 0.95);
        var accountAgeDays = (long)Math.Min(Math.Floor(accountAge), 15_000);

        // Spend before this transaction; young accounts have had less time to spend.
        var priorSpend = random.NextLogNormal(1300, 0.75);
        if (accountAgeDays < 30)
        {
            priorSpend *= (accountAgeDays + 1) / 31.0;
        }

        if (isFraud)
        {
            priorSpend *= 1.3;
        }

        var roundedAmount = Cents(amount);

        var logit = -3.6
            + (isFraud ? 1.6 : 0)
            + (0.35 * Math.Log(amount / 50))
            + (0.6 * Math.Log(categoryRisk / 0.02))
            + (0.5 * Math.Log(paymentRisk))
            + (accountAgeDays < 60 ? 0.6 : 0)
            + (hour < 6 ? 0.35 : 0)
            + (1.1 * random.NextNormal());
        var score = 1 / (1 + Math.Exp(-logit));

        return new FraudTransaction
        {
            TransactionId = string.Empty,
            EventTime = eventTime,
            Amount = roundedAmount,
            MerchantCategory = category,
            Country = country,
            DeviceType = deviceType,
            PaymentMethod = paymentMethod,
            AccountAgeDays = accountAgeDays,
            TxnSum30d = roundedAmount + Cents(priorSpend),
            HourOfDay = hour,
            Score = decimal.Round((decimal)score, 4, MidpointRounding.AwayFromZero),
            IsFraud = isFraud,
            ModelVersion = modelVersions.Draw(random),
        };
    }

    public static decimal Cents(double value) => decimal.Round((decimal)value, 2, MidpointRounding.AwayFromZero);

    private static DateTime ToUtcInWindow(SnapshotWindow window, int day, int hour, int minute, int second, string country)
    {
        var utcMinute = (day * MinutesPerDay) + (hour * 60) + minute - UtcOffsetMinutes(country);

        // Keep the cardholder's local hour and wrap a day inside the window instead of spilling over its edge.
        if (utcMinute < 0)
        {
            utcMinute += MinutesPerDay;
        }
        else if (utcMinute >= window.Days * MinutesPerDay)
        {
            utcMinute -= MinutesPerDay;
        }

        return window.Start.AddMinutes(utcMinute).AddSeconds(second);
    }

    // Standard-time offsets; the example ignores daylight saving.
    private static int UtcOffsetMinutes(string country) => country switch
    {
        "US" => -300,
        "BR" => -180,
        "GB" => 0,
        "IN" => 330,
        _ => 60,
    };

    private static WeightedChoice<string> DevicesFor(string paymentMethod) => paymentMethod switch
    {
        "card_present" => DevicesAtTerminal,
        "wallet" => DevicesForWallet,
        "bank_transfer" => DevicesForBankTransfer,
        _ => DevicesOnline,
    };

    private static double CategoryFraudRate(string category) => category switch
    {
        "grocery" => 0.006,
        "restaurants" => 0.006,
        "fuel" => 0.010,
        "fashion" => 0.020,
        "digital_goods" => 0.050,
        "electronics" => 0.045,
        "travel" => 0.035,
        "health" => 0.008,
        "entertainment" => 0.015,
        _ => 0.060,
    };

    // Averages to 1 over the payment-method mix, so the overall fraud rate stays near 2%.
    private static double PaymentFraudMultiplier(string paymentMethod) => paymentMethod switch
    {
        "card_present" => 0.3,
        "wallet" => 0.8,
        "bank_transfer" => 1.1,
        _ => 1.6,
    };

    private static (double Median, double Sigma) AmountShape(string category) => category switch
    {
        "grocery" => (38, 0.7),
        "restaurants" => (32, 0.6),
        "fuel" => (55, 0.45),
        "fashion" => (75, 0.8),
        "digital_goods" => (18, 0.9),
        "electronics" => (220, 0.95),
        "travel" => (380, 0.9),
        "health" => (45, 0.7),
        "entertainment" => (40, 0.7),
        _ => (90, 1.0),
    };

    private static WeightedChoice<int> Hours(double[] weights)
    {
        var entries = new (int, double)[weights.Length];
        for (var hour = 0; hour < weights.Length; hour++)
        {
            entries[hour] = (hour, weights[hour]);
        }

        return new WeightedChoice<int>(entries);
    }
}
