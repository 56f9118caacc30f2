namespace MonitorsAsCode.Rendering.Slos;

/// <summary>A declared burn-rate alert condition: its windows, the share of the budget it lets burn, the factor that follows, and its runbook.</summary>
internal sealed record SloAlertView(string Severity, string LongWindow, string ShortWindow, string BudgetConsumed, string Factor, string? Runbook);
