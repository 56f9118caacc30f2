namespace MonitorsAsCode.Testing;

/// <summary>A clock that always reads <paramref name="now"/>, for runs that fall back to the clock.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
