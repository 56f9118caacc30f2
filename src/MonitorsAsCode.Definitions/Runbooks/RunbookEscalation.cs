using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Runbooks;

/// <summary>Who owns an alert, who is paged, how fast they must acknowledge by severity, and what happens next.</summary>
public sealed record RunbookEscalation
{
    /// <summary>The team that owns the alert and its fix.</summary>
    public string? Owner { get; init; }

    /// <summary>The rotation that is paged.</summary>
    public string? OnCall { get; init; }

    /// <summary>Time to acknowledge per severity, in the order info, investigate, act (severities not written are left out).</summary>
    public IReadOnlyList<AcknowledgementTarget> Acknowledge { get; init; } = [];

    /// <summary>What to do when nobody acknowledges or the problem is bigger than the owner (Markdown).</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];
}
