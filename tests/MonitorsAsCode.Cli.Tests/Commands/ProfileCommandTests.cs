using System.Text.Json;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// <c>monitors profile FILE</c> on the worked example's current snapshot. Expected values were
/// computed independently with pandas 1.5 (Debian's /usr/bin/python3):
/// <code>
/// df = pandas.read_csv("monitors/fraud-scoring/data/current.csv", keep_default_na=False, na_values=[""])
/// len(df)                                   # 12349
/// df["device_type"].isna().sum()            # 1230
/// df["country"].nunique()                   # 8
/// df["transaction_id"].nunique()            # 12000
/// df["amount"].mean(), df["amount"].std()   # 124.57655437687261, 283.66797124675094 (std: ddof=1)
/// df["txn_sum_30d"].mean(), .std(), .nunique()  # 545.5580670499636, 494.9240884826789, 11232
/// df["amount"].min(), .max()                # 1.21, 7185.94
/// df["hour_of_day"].min(), .max()           # 0, 23
/// </code>
/// </summary>
public sealed class ProfileCommandTests
{
    private static readonly string CurrentCsv = Path.Combine(RepositoryCheckout.FraudScoring, "data", "current.csv");

    private static readonly string NonFiniteCsv = Path.Combine(RepositoryCheckout.Root, "tests", "MonitorsAsCode.Cli.Tests", "Commands", "reference", "non_finite.csv");

    private static readonly Lazy<CommandOutcome> Json = new(() => CommandLine.Run("profile", CurrentCsv, "--format", "json"));

    [Fact]
    public void Parquet_twin_of_the_snapshot_profiles_exactly_like_the_csv()
    {
        var parquet = CommandLine.Run("profile", Path.Combine(RepositoryCheckout.FraudScoring, "data", "current.parquet"), "--format", "json");

        parquet.ExitCode.Should().Be(ExitCodes.Passed);
        parquet.Error.Should().BeEmpty();
        parquet.Out.Should().Contain("\"rows\": 12349");

        // The Parquet scan sums row groups in parallel and merges them in order, the CSV scan sums rows in
        // order: means and deviations may differ in the last bits, everything else is the same text.
        var numbers = new System.Text.RegularExpressions.Regex(@"-?\d+\.\d+(?:[eE][-+]?\d+)?");
        numbers.Replace(parquet.Out, "#").Should().Be(numbers.Replace(Json.Value.Out, "#"));
        var fromParquet = numbers.Matches(parquet.Out).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var fromCsv = numbers.Matches(Json.Value.Out).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        fromParquet.Should().HaveSameCount(fromCsv);
        for (var i = 0; i < fromCsv.Count; i++)
        {
            fromParquet[i].Should().BeApproximately(fromCsv[i], Math.Abs(fromCsv[i]) * 1e-12, "number {0} of the profile", i);
        }
    }

    [Fact]
    public void Json_profile_has_rows_and_one_entry_per_column_with_the_documented_fields()
    {
        var outcome = Json.Value;

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.Error.Should().BeEmpty();
        var root = outcome.Json();
        root.EnumerateObject().Select(p => p.Name).Should().Equal("rows", "columns");
        foreach (var column in root.GetProperty("columns").EnumerateArray())
        {
            column.EnumerateObject().Select(p => p.Name).Should().Equal("name", "type", "count", "nulls", "min", "max", "mean", "stddev", "distinct", "non_finite");
        }
    }

    [Fact]
    public void Columns_come_in_file_order_with_their_inferred_types()
    {
        var columns = Json.Value.Json().GetProperty("columns").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString(), c.GetProperty("type").GetString()));

        columns.Should().Equal(
            ("transaction_id", "string"),
            ("event_time", "timestamp"),
            ("amount", "double"),
            ("merchant_category", "string"),
            ("country", "string"),
            ("device_type", "string"),
            ("payment_method", "string"),
            ("account_age_days", "int64"),
            ("txn_sum_30d", "double"),
            ("hour_of_day", "int64"),
            ("score", "double"),
            ("is_fraud", "bool"),
            ("model_version", "string"));
    }

    [Fact]
    public void Counts_match_pandas()
    {
        var profile = Json.Value.Json();

        profile.GetProperty("rows").GetInt64().Should().Be(12349);
        Column(profile, "device_type").GetProperty("nulls").GetInt64().Should().Be(1230);
        Column(profile, "device_type").GetProperty("count").GetInt64().Should().Be(12349 - 1230);
        Column(profile, "country").GetProperty("distinct").GetInt64().Should().Be(8);
        Column(profile, "transaction_id").GetProperty("distinct").GetInt64().Should().Be(12000);
        Column(profile, "txn_sum_30d").GetProperty("distinct").GetInt64().Should().Be(11232);
    }

    [Theory]
    [InlineData("amount", 124.57655437687261, 283.66797124675094)]
    [InlineData("txn_sum_30d", 545.5580670499636, 494.9240884826789)]
    public void Mean_and_sample_standard_deviation_match_pandas(string name, double mean, double stddev)
    {
        var column = Column(Json.Value.Json(), name);

        column.GetProperty("mean").GetDouble().Should().BeApproximately(mean, Math.Abs(mean) * 1e-9);
        column.GetProperty("stddev").GetDouble().Should().BeApproximately(stddev, Math.Abs(stddev) * 1e-9);
    }

    [Fact]
    public void Minimum_and_maximum_are_numbers_for_numeric_columns_and_text_for_others()
    {
        var profile = Json.Value.Json();

        Column(profile, "amount").GetProperty("min").GetDouble().Should().Be(1.21);
        Column(profile, "amount").GetProperty("max").GetDouble().Should().Be(7185.94);
        Column(profile, "hour_of_day").GetProperty("min").GetInt64().Should().Be(0);
        Column(profile, "hour_of_day").GetProperty("max").GetInt64().Should().Be(23);
        Column(profile, "event_time").GetProperty("max").GetString().Should().Be("2026-11-13T23:58:25Z", "the README's newest event");
        Column(profile, "country").GetProperty("mean").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void NaN_and_infinities_are_counted_as_non_finite_and_left_out_of_the_statistics()
    {
        // Reference values printed by reference/non_finite_profile.py (pandas 1.5, numpy 1.24 on Debian's /usr/bin/python3).
        var outcome = CommandLine.Run("profile", NonFiniteCsv, "--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        var reading = Column(outcome.Json(), "reading");
        reading.GetProperty("type").GetString().Should().Be("double");
        reading.GetProperty("count").GetInt64().Should().Be(9);
        reading.GetProperty("nulls").GetInt64().Should().Be(1);
        reading.GetProperty("non_finite").GetInt64().Should().Be(5);
        reading.GetProperty("min").GetDouble().Should().Be(-1.25);
        reading.GetProperty("max").GetDouble().Should().Be(10.0);
        reading.GetProperty("mean").GetDouble().Should().BeApproximately(4.0, 1e-12);
        reading.GetProperty("stddev").GetDouble().Should().BeApproximately(4.703721930556695, 4.703721930556695 * 1e-12);
        Column(outcome.Json(), "id").GetProperty("non_finite").GetInt64().Should().Be(0);
    }

    [Fact]
    public void Text_profile_shows_the_non_finite_count()
    {
        var outcome = CommandLine.Run("profile", NonFiniteCsv);

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.OutLines.Should().Contain(line => line.Contains("non-finite", StringComparison.Ordinal));
        var reading = outcome.OutLines.Single(line => line.StartsWith("| reading ", StringComparison.Ordinal));
        reading.Split('|', StringSplitOptions.TrimEntries)[^2].Should().Be("5");
    }

    [Fact]
    public void Text_profile_names_the_file_and_its_size_and_every_column()
    {
        var outcome = CommandLine.Run("profile", CurrentCsv);

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.Out.Should().NotContain("\u001b");
        outcome.OutLines[0].Should().Be(CurrentCsv + ": 12,349 rows, 13 columns");
        foreach (var name in new[] { "transaction_id", "event_time", "amount", "device_type", "model_version" })
        {
            outcome.OutLines.Should().Contain(line => line.StartsWith("| " + name + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Missing_file_exits_3_naming_it()
    {
        using var folder = DefinitionsFolder.Empty();
        var missing = folder.PathOf("nothing.csv");

        var outcome = CommandLine.Run("profile", missing, "--format", "json");

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(missing);
    }

    [Fact]
    public void Truncated_file_exits_3_naming_the_row()
    {
        using var folder = DefinitionsFolder.Empty();
        var file = folder.Write("cut.csv", "id,amount\n1,2.5\n2");

        var outcome = CommandLine.Run("profile", file);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(file).And.Contain("row 2");
    }

    [Fact]
    public void Nested_parquet_columns_are_listed_with_their_shapes_in_text_and_json()
    {
        var nested = Path.Combine(RepositoryCheckout.Root, "tests", "fixtures", "duckdb-written", "nested_100.parquet");

        var text = CommandLine.Run("profile", nested);
        var json = CommandLine.Run("profile", nested, "--format", "json");

        text.ExitCode.Should().Be(ExitCodes.Passed);
        text.Out.Should().EndWith("nested columns, listed but not profiled: s struct<a: int64, b: string>; l list<double>; m map<string, int64>; ls list<struct<p: int64, q: bool>>\n");
        json.ExitCode.Should().Be(ExitCodes.Passed);
        var root = json.Json();
        root.EnumerateObject().Select(p => p.Name).Should().Equal("rows", "columns", "nested_columns");
        root.GetProperty("nested_columns").EnumerateArray().Select(n => n.GetProperty("name").GetString() + " " + n.GetProperty("type").GetString())
            .Should().Equal("s struct<a: int64, b: string>", "l list<double>", "m map<string, int64>", "ls list<struct<p: int64, q: bool>>");
    }

    [Fact]
    public void A_huge_value_is_shortened_in_the_table_and_kept_whole_in_json()
    {
        using var folder = DefinitionsFolder.Empty();
        var value = new string('z', 1_000_000);
        var file = folder.Write("wide.csv", "note\n" + value + "\na\n");

        var table = CommandLine.Run("profile", file);
        var json = CommandLine.Run("profile", file, "--format", "json");

        table.ExitCode.Should().Be(ExitCodes.Passed);
        table.Out.Should().Contain(new string('z', 40) + "… (999960 more characters)").And.NotContain(new string('z', 41));
        table.Out.Length.Should().BeLessThan(5_000);
        Column(json.Json(), "note").GetProperty("max").GetString().Should().Be(value);
    }

    [Fact]
    public void Invalid_utf8_exits_3_naming_the_line()
    {
        using var folder = DefinitionsFolder.Empty();
        var file = folder.PathOf("bad.jsonl");
        File.WriteAllBytes(file, [.. "{\"a\":\"ok\"}\n{\"a\":\""u8, 0xFF, .. "\"}\n"u8]);

        var outcome = CommandLine.Run("profile", file);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(file + ", row 2 (line 2): the line is not valid UTF-8");
    }

    [Fact]
    public void A_csv_header_of_a_quarter_million_columns_exits_3()
    {
        using var folder = DefinitionsFolder.Empty();
        var file = folder.Write("commas.csv", new string(',', 250_000) + "\n");

        var outcome = CommandLine.Run("profile", file);

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        outcome.Error.Should().Contain(file + ", line 1: the header has more than 16384 fields");
    }

    [Fact]
    public void Unknown_format_exits_2()
    {
        var outcome = CommandLine.Run("profile", CurrentCsv, "--format", "junit");

        outcome.ShouldBeUserError(ExitCodes.InvalidDefinitions);
        outcome.Error.Should().Contain("'junit'");
    }

    private static JsonElement Column(JsonElement profile, string name) =>
        profile.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}
