namespace MonitorsAsCode.Definitions.Slos;

/// <summary>Why a PromQL query would be refused by Prometheus, at a 0-based offset into the query's text.</summary>
internal sealed record PromqlProblem(string Message, int Offset);
