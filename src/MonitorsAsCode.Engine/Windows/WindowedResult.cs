using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Windows;

/// <summary>One window of a backfill and what its run found.</summary>
public sealed record WindowedResult(JudgedWindow Window, RunResult Result);
