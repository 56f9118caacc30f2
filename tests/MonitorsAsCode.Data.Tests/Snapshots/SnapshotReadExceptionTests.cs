using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Tests.Snapshots;

public sealed class SnapshotReadExceptionTests
{
    [Fact]
    public void Message_names_path_row_column_and_value()
    {
        var error = new SnapshotReadException("data.csv", "cannot be read as Int64", 3, "age", "x");

        error.Message.Should().Be("data.csv, row 3, column 'age': cannot be read as Int64 (value 'x')");
        error.Line.Should().BeNull();
    }

    [Fact]
    public void Line_is_shown_beside_the_row_when_known()
    {
        var error = new SnapshotReadException("data.csv", "cannot be read as Int64", 3, "age", "x") { Line = 4 };

        error.Message.Should().Be("data.csv, row 3 (line 4), column 'age': cannot be read as Int64 (value 'x')");
        error.ToString().Should().Contain("row 3 (line 4)");
        error.Reason.Should().Be("cannot be read as Int64");
    }

    [Fact]
    public void Line_alone_is_shown_when_there_is_no_data_row()
    {
        var error = new SnapshotReadException("data.csv", "bad header", column: "a") { Line = 1 };

        error.Message.Should().Be("data.csv, line 1, column 'a': bad header");
    }
}
