# Expected values of tests/fixtures/parquet-testing/int96_from_spark.parquet, column a, in
# microseconds since 1970-01-01T00:00:00Z. Made with: /usr/bin/python3 int96_from_spark_expect.py > int96_from_spark_expect.csv
# Source: upstream apache/parquet-testing data/int96_from_spark.md, which gives the Spark 3.4.3 code
# that wrote the file from these strings. The one string without an offset was read in the Spark
# session's zone, UTC-8 (DuckDB 1.5.6 reads that row as 2024-01-01 20:34:56.123456 UTC). Plain
# integer arithmetic (proleptic Gregorian), because Python's datetime stops at year 9999.
SOURCE = [
    ("2024-01-01T12:34:56.123456", -8 * 60),
    ("2024-01-01T01:00:00", 0),
    ("9999-12-31T01:00:00", -2 * 60),
    ("2024-12-31T01:00:00", 2 * 60),
    None,
    ("290000-12-31T01:00:00", 2 * 60),
]

def days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468

print("# microseconds since the Unix epoch (empty = null); made by int96_from_spark_expect.py from upstream int96_from_spark.md")
print("a")
for item in SOURCE:
    if item is None:
        print("")
        continue
    text, offset_minutes = item
    date, time = text.split("T")
    y, m, d = (int(p) for p in date.split("-"))
    hms, _, fraction = time.partition(".")
    hh, mm, ss = (int(p) for p in hms.split(":"))
    micros = int((fraction + "000000")[:6])
    seconds = days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss - offset_minutes * 60
    print(seconds * 1_000_000 + micros)
