namespace MonitorsAsCode.Cli.Output;

/// <summary>The renderings of a run's results.</summary>
public enum ResultFormat
{
    /// <summary>A table grouped by dataset, for people.</summary>
    Text,

    /// <summary>Machine-readable JSON.</summary>
    Json,

    /// <summary>JUnit XML, which CI systems display as test results.</summary>
    Junit,

    /// <summary>A Markdown summary, for pull-request comments and job summaries.</summary>
    Markdown,

    /// <summary>Metrics in the Prometheus text exposition format, for a Pushgateway or a textfile collector.</summary>
    Prometheus,
}
