using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Runbooks;

/// <summary>How long an alert of one severity may wait for a person to acknowledge it, in seconds.</summary>
public readonly record struct AcknowledgementTarget(Severity Severity, double Seconds);
